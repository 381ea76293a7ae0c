package be.ibefe.avis.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a dossier's procedure stands, read from the engine's history: the dossier's processes (those started with
 * its id as business key, not called by another), each with the processes it calls that still run, where the
 * dossier waits now. For each process, its BPMN diagram and the ids of the steps done and of the steps in progress
 * (the dossier page draws them with bpmn-js); and, without JavaScript, the same steps as a list of text. Only for
 * whom may see the dossier (its bassin): the others get the dossier's « introuvable ».
 */
@Component("processusDuDossier")
public class ProcessusDuDossier {

    /** Activity types that are not steps a reader follows: the gateways and the engine's inner joins. */
    private static final Set<String> SANS_ETAPE = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "multiInstanceBody");

    private final DossierService dossiers;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;

    ProcessusDuDossier(DossierService dossiers, HistoryService historyService, RepositoryService repositoryService) {
        this.dossiers = dossiers;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    /** One process of the dossier: its diagram, the steps it went through, those where it waits now. */
    public record Diagramme(String instance, String cle, String nom, boolean termine, String xml, List<String> faites,
            List<String> enCours) {
    }

    /** A step as the list of text shows it: its name, its process, when it began and ended (null while it runs). */
    public record Etape(String nom, String processus, Instant debut, Instant fin) {
        public boolean enCours() {
            return fin == null;
        }
    }

    /**
     * In one read-only transaction, like {@link #etapes}: the dossier's check and the engine's queries share it, and
     * the engine reads the user's tenants once instead of once per query.
     */
    @Transactional(readOnly = true)
    public List<Diagramme> diagrammes(long dossierId) {
        return instances(dossierId).stream().map(instance -> {
            ProcessDefinition definition = repositoryService.getProcessDefinition(instance.getProcessDefinitionId());
            List<HistoricActivityInstance> activites = activites(instance.getId());
            return new Diagramme(instance.getId(), definition.getKey(),
                    definition.getName() == null ? definition.getKey() : definition.getName(),
                    instance.getEndTime() != null, xml(definition),
                    activites.stream().filter(a -> a.getEndTime() != null).map(HistoricActivityInstance::getActivityId)
                            .distinct().toList(),
                    activites.stream().filter(a -> a.getEndTime() == null).map(HistoricActivityInstance::getActivityId)
                            .distinct().toList());
        }).toList();
    }

    /**
     * In one read-only transaction: the dossier's check and the engine's queries of its processes and their steps
     * share it (one connection taken from the pool, the user's tenants read once), instead of one each.
     */
    @Transactional(readOnly = true)
    public List<Etape> etapes(long dossierId) {
        List<Etape> etapes = new ArrayList<>();
        for (HistoricProcessInstance instance : instances(dossierId)) {
            String processus = instance.getProcessDefinitionName() == null ? instance.getProcessDefinitionKey()
                    : instance.getProcessDefinitionName();
            activites(instance.getId()).stream()
                    .filter(a -> a.getActivityName() != null && !a.getActivityName().isBlank()
                            && !SANS_ETAPE.contains(a.getActivityType()))
                    .forEach(a -> etapes.add(new Etape(a.getActivityName(), processus, instant(a.getStartTime()),
                            instant(a.getEndTime()))));
        }
        etapes.sort(Comparator.comparing(Etape::debut));
        return etapes;
    }

    /** The dossier's own processes in the order they started, each followed by the processes it calls that run. */
    private List<HistoricProcessInstance> instances(long dossierId) {
        dossiers.charger(dossierId);
        List<HistoricProcessInstance> instances = new ArrayList<>();
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(dossierId))
                .orderByProcessInstanceStartTime().asc().list().stream()
                .filter(i -> i.getSuperProcessInstanceId() == null)
                .forEach(racine -> ajouter(racine, instances));
        return instances;
    }

    private void ajouter(HistoricProcessInstance instance, List<HistoricProcessInstance> instances) {
        instances.add(instance);
        historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId()).unfinished()
                .orderByProcessInstanceStartTime().asc().list().forEach(appele -> ajouter(appele, instances));
    }

    private List<HistoricActivityInstance> activites(String instance) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
    }

    private String xml(ProcessDefinition definition) {
        try (InputStream modele = repositoryService.getProcessModel(definition.getId())) {
            return new String(modele.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
