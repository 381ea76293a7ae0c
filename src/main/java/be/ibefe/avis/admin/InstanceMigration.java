package be.ibefe.avis.admin;

import java.io.Serializable;
import be.ibefe.avis.audit.Journal;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.RessourceIntrouvableException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;

/**
 * Moves running instances of a process from one version to the latest with the engine's migration API: the plan
 * maps the activities that keep their id and is validated first; the instances the engine accepts move together in
 * one transaction, all or none; those it refuses stay on their version and the report says why.
 */
@Service
public class InstanceMigration {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final ProcessCatalog catalogue;
    private final Journal journal;

    InstanceMigration(RuntimeService runtimeService, RepositoryService repositoryService, ProcessCatalog catalogue,
            Journal journal) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.catalogue = catalogue;
        this.journal = journal;
    }

    /** One instance: {@code raison} says in French why it was not migrated. */
    public record ResultatInstance(String id, String dossierId, boolean migree, String raison)
            implements Serializable {
    }

    public record RapportMigration(String cle, int versionSource, int versionCible, int migrees, int nonMigrees,
            List<ResultatInstance> instances) implements Serializable {
    }

    /**
     * Migrates the instances of version {@code versionSource} of {@code cle} to its latest version: those named in
     * {@code instances}, or all of them when none is named.
     */
    public RapportMigration migrer(String cle, int versionSource, List<String> instances) {
        List<ProcessDefinition> versions = catalogue.versions(cle);
        ProcessDefinition cible = versions.get(versions.size() - 1);
        ProcessDefinition source = versions.stream().filter(d -> d.getVersion() == versionSource).findFirst()
                .orElseThrow(() -> new RessourceIntrouvableException(
                        "Le processus « %s » n'a pas de version %d.".formatted(cle, versionSource)));
        if (source.getVersion() == cible.getVersion()) {
            throw new ConflitException("La version %d est la dernière version de « %s » : il n'y a rien à migrer."
                    .formatted(versionSource, cle));
        }
        MigrationPlan plan = plan(source, cible);
        Map<String, String> dossiers = runtimeService.createProcessInstanceQuery()
                .processDefinitionId(source.getId()).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, i -> String.valueOf(i.getBusinessKey()),
                        (a, b) -> a, LinkedHashMap::new));
        List<String> demandees = instances == null || instances.isEmpty() ? List.copyOf(dossiers.keySet())
                : List.copyOf(new LinkedHashSet<>(instances));

        List<String> aMigrer = new ArrayList<>(demandees.stream().filter(dossiers::containsKey).toList());
        Map<String, String> refus = new LinkedHashMap<>();
        demandees.stream().filter(id -> !dossiers.containsKey(id)).forEach(id -> refus.put(id,
                "Cette instance n'est pas en cours sur la version %d de « %s ».".formatted(versionSource, cle)));
        while (!aMigrer.isEmpty()) {
            try {
                // listeners and input/output mappings of the new version must not run again for a running dossier
                runtimeService.newMigration(plan).processInstanceIds(aMigrer).skipCustomListeners().skipIoMappings()
                        .execute();
                break;
            } catch (MigratingProcessInstanceValidationException e) {
                // the engine stops at the first instance it refuses and rolls back the others: retry without it
                MigratingProcessInstanceValidationReport rapport = e.getValidationReport();
                if (!aMigrer.remove(rapport.getProcessInstanceId())) {
                    throw e;
                }
                refus.put(rapport.getProcessInstanceId(), raison(rapport, source, cible));
            }
        }
        List<ResultatInstance> resultats = demandees.stream()
                .map(id -> new ResultatInstance(id, dossiers.get(id), !refus.containsKey(id), refus.get(id)))
                .toList();
        RapportMigration rapport = new RapportMigration(cle, source.getVersion(), cible.getVersion(),
                demandees.size() - refus.size(), refus.size(), resultats);
        journal.consigner("MIGRATION", "Processus", cle, null, Map.of("version", source.getVersion()), rapport);
        return rapport;
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition cible) {
        try {
            return runtimeService.createMigrationPlan(source.getId(), cible.getId()).mapEqualActivities().build();
        } catch (MigrationPlanValidationException e) {
            throw new ConflitException("Le plan de migration de la version %d vers la version %d de « %s » n'est "
                    .formatted(source.getVersion(), cible.getVersion(), source.getKey())
                    + "pas valide : " + e.getValidationReport().getInstructionReports().stream()
                            .map(r -> activite(r.getMigrationInstruction()) + " (" + String.join(" ; ",
                                    r.getFailures()) + ")")
                            .collect(Collectors.joining(", ")) + ".");
        }
    }

    private static String activite(MigrationInstruction instruction) {
        return "« %s » vers « %s »".formatted(instruction.getSourceActivityId(), instruction.getTargetActivityId());
    }

    private String raison(MigratingProcessInstanceValidationReport rapport, ProcessDefinition source,
            ProcessDefinition cible) {
        BpmnModelInstance modele = repositoryService.getBpmnModelInstance(source.getId());
        List<String> causes = new ArrayList<>();
        rapport.getActivityInstanceReports().forEach(r -> causes.add(cause(modele, r.getSourceScopeId(),
                r.getMigrationInstruction(), r.getFailures(), cible.getVersion())));
        rapport.getTransitionInstanceReports().forEach(r -> causes.add(cause(modele, r.getSourceScopeId(),
                r.getMigrationInstruction(), r.getFailures(), cible.getVersion())));
        rapport.getFailures().forEach(f -> causes.add("le moteur refuse la migration (" + f + ")"));
        return "Non migrée : " + String.join(" ; ", causes) + ".";
    }

    private static String cause(BpmnModelInstance modele, String activiteId, MigrationInstruction instruction,
            List<String> echecs, int versionCible) {
        ModelElementInstance element = modele.getModelElementById(activiteId);
        String activite = element instanceof FlowElement flux && flux.getName() != null
                ? "« %s » (%s)".formatted(flux.getName(), activiteId) : "« %s »".formatted(activiteId);
        if (instruction == null) {
            return "elle attend à %s, qui n'a pas d'équivalent dans la version %d".formatted(activite, versionCible);
        }
        return "%s ne peut pas passer dans la version %d (%s)".formatted(activite, versionCible,
                String.join(" ; ", echecs));
    }
}
