package be.ibefe.avis.poles;

import be.ibefe.avis.audit.Journal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the pôles still running on a version of {@value Poles#PROCESSUS} without the task « Évaluer le pôle » (1.0,
 * where the evaluation waited for the message {@value Poles#MESSAGE_EVALUATION}) onto the latest version, at
 * start-up, as the system:
 * <ul>
 * <li>a pôle waiting for the Instance's approval, active, or waiting for the renewal's decision migrates by equal
 * activity ids: the message catches, the event-based gateways and their timers keep their ids and their jobs;</li>
 * <li>a pôle under evaluation waits at the event-based gateway {@code Gateway_Evaluation}, which the engine cannot
 * migrate to a user task: in one transaction its instance is ended (reason in its history) and an instance of the
 * latest version starts at {@code Task_EvaluerPole}, with the same business key, tenant and dates, so that the
 * coordination finds the task in its list; its term's timer is set again from {@code dateFin}.</li>
 * </ul>
 * Leaving them on 1.0 would have kept them off the task list: the evaluation would only be possible through the
 * API. Running it again finds nothing to move; what fails stays on its version and is logged (and migrated at the
 * next start, or from the administration page).
 */
@Component
@Order(100)
class MigrationCycleDesPoles implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationCycleDesPoles.class);

    static final String ATTENTE_EVALUATION_1_0 = "Gateway_Evaluation";

    private final RuntimeService runtime;
    private final RepositoryService depot;
    private final PoleRepository poles;
    private final CycleDesPoles cycle;
    private final Journal journal;
    private final TransactionTemplate transaction;

    MigrationCycleDesPoles(RuntimeService runtime, RepositoryService depot, PoleRepository poles,
            CycleDesPoles cycle, Journal journal, PlatformTransactionManager transactions) {
        this.runtime = runtime;
        this.depot = depot;
        this.poles = poles;
        this.cycle = cycle;
        this.journal = journal;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One instance moved or not. */
    record Resultat(String instance, String cle, String depuis, boolean migree, String raison) {
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            List<Resultat> resultats = migrer();
            long nonMigrees = resultats.stream().filter(r -> !r.migree()).count();
            if (!resultats.isEmpty()) {
                LOG.info("Cycle de vie des pôles : {} instance(s) migrée(s) vers la tâche « Évaluer le pôle », {} non migrée(s).",
                        resultats.size() - nonMigrees, nonMigrees);
            }
        } catch (RuntimeException e) {
            LOG.warn("Migration du cycle de vie des pôles interrompue : {}", e.getMessage(), e);
        }
    }

    List<Resultat> migrer() {
        List<ProcessDefinition> versions = depot.createProcessDefinitionQuery().processDefinitionKey(Poles.PROCESSUS)
                .orderByProcessDefinitionVersion().asc().list();
        List<Resultat> resultats = new ArrayList<>();
        if (versions.isEmpty()) {
            return resultats;
        }
        ProcessDefinition derniere = versions.get(versions.size() - 1);
        if (!aLaTache(derniere)) {
            return resultats;
        }
        for (ProcessDefinition version : versions) {
            if (version == derniere || aLaTache(version)) {
                continue;
            }
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(version.getId())
                    .list()) {
                resultats.add(migrer(instance, version, derniere));
            }
        }
        return resultats;
    }

    private boolean aLaTache(ProcessDefinition version) {
        return depot.getBpmnModelInstance(version.getId()).getModelElementsByType(UserTask.class).stream()
                .anyMatch(t -> Poles.TACHE_EVALUATION.equals(t.getId()));
    }

    private Resultat migrer(ProcessInstance instance, ProcessDefinition source, ProcessDefinition cible) {
        String depuis = String.join(", ", runtime.getActiveActivityIds(instance.getId()));
        try {
            transaction.executeWithoutResult(statut -> {
                if (runtime.getActiveActivityIds(instance.getId()).contains(ATTENTE_EVALUATION_1_0)) {
                    reprendreALaTache(instance, source, cible);
                } else {
                    runtime.newMigration(runtime.createMigrationPlan(source.getId(), cible.getId())
                                    .mapEqualActivities().build())
                            .processInstanceIds(instance.getId()).skipCustomListeners().skipIoMappings().execute();
                    journal.consigner("MIGRATION", "Processus", Poles.PROCESSUS, null,
                            Map.of("version", source.getVersion(), "cle", instance.getBusinessKey(), "attente", depuis),
                            Map.of("version", cible.getVersion()));
                }
            });
            return new Resultat(instance.getId(), instance.getBusinessKey(), depuis, true, null);
        } catch (RuntimeException e) {
            LOG.warn("Pôle {} : instance {} non migrée ({}).", instance.getBusinessKey(), instance.getId(),
                    e.getMessage());
            return new Resultat(instance.getId(), instance.getBusinessKey(), depuis, false, e.getMessage());
        }
    }

    /** The pôle under evaluation in 1.0: its task opens in the latest version, the old instance ends. */
    private void reprendreALaTache(ProcessInstance instance, ProcessDefinition source, ProcessDefinition cible) {
        Map<String, Object> variables = runtime.getVariables(instance.getId());
        long poleId = ((Number) variables.get("poleId")).longValue();
        Pole pole = poles.findById(poleId).orElseThrow(() -> new IllegalStateException(
                "Pôle n° " + poleId + " introuvable"));
        runtime.deleteProcessInstance(instance.getId(), "Migré vers la version %s : l'évaluation est la tâche « Évaluer le pôle »."
                .formatted(cible.getVersionTag()), true, true);
        ProcessInstance nouvelle = runtime.createProcessInstanceById(cible.getId())
                .businessKey(instance.getBusinessKey())
                .setVariables(Variables.createVariables().putValue("poleId", poleId)
                        .putValue("bassin", pole.getBassin())
                        .putValue("dateEvaluation", variables.get("dateEvaluation"))
                        .putValue("dateFin", cycle.dateFin(pole))
                        .putValue("echeanceEvaluation", cycle.echeanceEvaluation(pole)))
                .startBeforeActivity(Poles.TACHE_EVALUATION)
                .execute(true, true);
        journal.consigner("MIGRATION", "Processus", Poles.PROCESSUS, null,
                Map.of("version", source.getVersion(), "cle", instance.getBusinessKey(), "instance", instance.getId(),
                        "attente", ATTENTE_EVALUATION_1_0),
                Map.of("version", cible.getVersion(), "instance", nouvelle.getId(), "attente", Poles.TACHE_EVALUATION));
    }
}
