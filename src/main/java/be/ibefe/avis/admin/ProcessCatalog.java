package be.ibefe.avis.admin;

import be.ibefe.avis.system.RessourceIntrouvableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** The deployed processes with their versions, and the instances running on each version. */
@Service
public class ProcessCatalog {

    /** Dossier ids are numbers: 9 comes before 10. */
    private static final Comparator<String> PAR_DOSSIER = Comparator.nullsLast(
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    ProcessCatalog(RepositoryService repositoryService, RuntimeService runtimeService,
            ManagementService managementService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    public record VersionProcessus(int version, String id, String versionTag, Instant dateDeploiement,
            String deploiement, long instancesEnCours, boolean suspendue) {
    }

    public record ProcessusVersions(String cle, String nom, int derniereVersion, List<VersionProcessus> versions) {
    }

    /** A running instance: its dossier (the business key) and the activities it waits at. */
    public record InstanceEnCours(String id, String dossierId, List<String> activites) {
    }

    public record VersionInstances(int version, String versionTag, List<InstanceEnCours> instances) {
    }

    public record InstancesParVersion(String cle, int derniereVersion, List<VersionInstances> versions) {
    }

    /** Every process by key, its versions from the oldest. */
    public List<ProcessusVersions> processus() {
        Map<String, Deployment> deploiements = repositoryService.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        Map<String, Integer> instances = managementService.createProcessDefinitionStatisticsQuery().list().stream()
                .collect(Collectors.toMap(ProcessDefinitionStatistics::getId,
                        ProcessDefinitionStatistics::getInstances));
        Map<String, List<ProcessDefinition>> parCle = definitions(null).stream()
                .collect(Collectors.groupingBy(ProcessDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
        List<ProcessusVersions> processus = new ArrayList<>();
        parCle.forEach((cle, versions) -> {
            ProcessDefinition derniere = versions.get(versions.size() - 1);
            processus.add(new ProcessusVersions(cle, derniere.getName(), derniere.getVersion(),
                    versions.stream().map(d -> {
                        Deployment deploiement = deploiements.get(d.getDeploymentId());
                        return new VersionProcessus(d.getVersion(), d.getId(), d.getVersionTag(),
                                deploiement.getDeploymentTime().toInstant(), deploiement.getName(),
                                instances.getOrDefault(d.getId(), 0), d.isSuspended());
                    }).toList()));
        });
        return processus;
    }

    /** The instances of one process, version by version; those left behind by a migration show here. */
    public InstancesParVersion instances(String cle) {
        List<ProcessDefinition> versions = versions(cle);
        return new InstancesParVersion(cle, versions.get(versions.size() - 1).getVersion(), versions.stream()
                .map(d -> new VersionInstances(d.getVersion(), d.getVersionTag(), instancesDe(d)))
                .toList());
    }

    /** The versions of a process from the oldest; 404 for a key never deployed. */
    List<ProcessDefinition> versions(String cle) {
        List<ProcessDefinition> versions = definitions(cle);
        if (versions.isEmpty()) {
            throw new RessourceIntrouvableException("Aucun processus déployé n'a la clé « %s ».".formatted(cle));
        }
        return versions;
    }

    private List<ProcessDefinition> definitions(String cle) {
        ProcessDefinitionQuery requete = repositoryService.createProcessDefinitionQuery();
        if (cle != null) {
            requete.processDefinitionKey(cle);
        }
        return requete.orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().asc().list();
    }

    private List<InstanceEnCours> instancesDe(ProcessDefinition definition) {
        return runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).list().stream()
                .sorted(Comparator.comparing(ProcessInstance::getBusinessKey, PAR_DOSSIER))
                .map(i -> new InstanceEnCours(i.getId(), i.getBusinessKey(),
                        runtimeService.getActiveActivityIds(i.getId())))
                .toList();
    }
}
