package be.ibefe.avis.admin;

import be.ibefe.avis.audit.Journal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The release that brought the shared decision process ({@code avis-deliberation} 4.0: séance, notification,
 * Instance plénière) moves the running dossiers onto it at start-up, once the models are deployed, as the system:
 * <ul>
 * <li>every instance of a type model that still notifies by itself (the old tail: notification, urgency,
 * ratification, reopening) migrates to the type's latest version by equal activity ids (admin/InstanceMigration);</li>
 * <li>every instance of a version of the decision process that does not notify (3.x: it only waited for the séance)
 * migrates likewise: {@code Task_AttendreSeance} and its deadline timer keep their ids;</li>
 * <li>a dossier that waits, in the old type model, for the plénière's ratification ({@code Event_Ratification},
 * message {@code RatificationUrgence}) has no equivalent there: in one transaction its instance leaves that event,
 * starts the call of the decision process again with {@code reprise} = {@code PLENIERE} (the decision process's
 * documented entry that resumes at the wait for the plénière, the avis being notified already) and
 * {@code organe} = {@code BUREAU} (only an urgent measure of the Bureau waited there), then migrates. If any part
 * fails, nothing of it stays and the dossier is reported as not migrated.</li>
 * </ul>
 * Running it again finds nothing left to move. It is automatic rather than left to the administrator because the old
 * versions cannot run on with the new shared process: they call the latest {@code avis-deliberation}, which notifies,
 * and would then notify a second time themselves; and the plénière now sends {@code DecisionPleniere}, which they do
 * not wait for. Each migration is in the audit journal, as the system; what could not move stays on its version,
 * visible on the administration page, which can migrate it later.
 */
@Component
class MigrationDecisionCommune implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationDecisionCommune.class);

    /** The message the old type models waited for at the plénière's ratification. */
    static final String ANCIEN_MESSAGE_RATIFICATION = "RatificationUrgence";
    static final String REPRISE = "reprise";
    static final String REPRISE_PLENIERE = "PLENIERE";

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final InstanceMigration migration;
    private final ProcessConventions conventions;
    private final Journal journal;
    private final TransactionTemplate transaction;

    MigrationDecisionCommune(RuntimeService runtimeService, RepositoryService repositoryService,
            InstanceMigration migration, ProcessConventions conventions, Journal journal,
            PlatformTransactionManager transactions) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.migration = migration;
        this.conventions = conventions;
        this.journal = journal;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What the start-up moved: the reports of the migrations, and the dossiers resumed at the plénière's wait. */
    record Bilan(List<InstanceMigration.RapportMigration> migrations,
            List<InstanceMigration.ResultatInstance> reprises) {

        int nonMigrees() {
            return migrations.stream().mapToInt(InstanceMigration.RapportMigration::nonMigrees).sum()
                    + (int) reprises.stream().filter(r -> !r.migree()).count();
        }
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            Bilan bilan = migrer();
            int migrees = bilan.migrations().stream().mapToInt(InstanceMigration.RapportMigration::migrees).sum()
                    + (int) bilan.reprises().stream().filter(InstanceMigration.ResultatInstance::migree).count();
            if (migrees + bilan.nonMigrees() > 0) {
                LOG.info("Processus de décision commun : {} instance(s) migrée(s), {} non migrée(s).", migrees,
                        bilan.nonMigrees());
            }
        } catch (RuntimeException e) {
            // another node may be migrating at the same time: what is left is migrated at the next start
            LOG.warn("Migration vers le processus de décision commun interrompue : {}", e.getMessage(), e);
        }
    }

    Bilan migrer() {
        List<InstanceMigration.RapportMigration> rapports = new ArrayList<>();
        List<InstanceMigration.ResultatInstance> reprises = new ArrayList<>();
        Map<String, List<ProcessDefinition>> parCle = new LinkedHashMap<>();
        repositoryService.createProcessDefinitionQuery().orderByProcessDefinitionVersion().asc().list()
                .forEach(d -> parCle.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(d));
        parCle.forEach((cle, versions) -> {
            ProcessDefinition derniere = versions.get(versions.size() - 1);
            boolean decision = conventions.estProcessusDecision(cle);
            if (!decision && !conventions.estProcessusAvis(cle)) {
                return;
            }
            for (ProcessDefinition version : versions) {
                if (version == derniere || enCours(version) == 0) {
                    continue;
                }
                BpmnModelInstance modele = repositoryService.getBpmnModelInstance(version.getId());
                boolean notifie = appelle(modele, conventions.cleNotification());
                // an old decision process does not notify; an old type model notifies by itself
                if (decision ? notifie : !notifie) {
                    continue;
                }
                if (!decision) {
                    reprises.addAll(reprendreALaPleniere(version, derniere, modele));
                }
                if (enCours(version) > 0) {
                    try {
                        rapports.add(migration.migrer(cle, version.getVersion(), null));
                    } catch (RuntimeException e) {
                        // e.g. no valid plan from a much older version: its dossiers stay, listed on the admin page
                        LOG.warn("Version {} de « {} » non migrée : {}", version.getVersion(), cle, e.getMessage());
                    }
                }
            }
        });
        return new Bilan(rapports, reprises);
    }

    private long enCours(ProcessDefinition version) {
        return runtimeService.createProcessInstanceQuery().processDefinitionId(version.getId()).count();
    }

    private static boolean appelle(BpmnModelInstance modele, String cle) {
        return modele.getModelElementsByType(CallActivity.class).stream()
                .anyMatch(appel -> cle.equals(appel.getCalledElement()));
    }

    /** The dossiers waiting for the plénière's ratification in the old model: resumed in the decision process. */
    private List<InstanceMigration.ResultatInstance> reprendreALaPleniere(ProcessDefinition source,
            ProcessDefinition cible, BpmnModelInstance modele) {
        List<String> attentes = modele.getModelElementsByType(IntermediateCatchEvent.class).stream()
                .filter(e -> e.getEventDefinitions().stream().anyMatch(d -> d instanceof MessageEventDefinition m
                        && m.getMessage() != null && ANCIEN_MESSAGE_RATIFICATION.equals(m.getMessage().getName())))
                .map(IntermediateCatchEvent::getId).toList();
        String appelDecision = modele.getModelElementsByType(CallActivity.class).stream()
                .filter(appel -> conventions.cleDecision().equals(appel.getCalledElement()))
                .map(CallActivity::getId).findFirst().orElse(null);
        if (attentes.isEmpty() || appelDecision == null) {
            return List.of();
        }
        List<InstanceMigration.ResultatInstance> resultats = new ArrayList<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .processDefinitionId(source.getId()).activityIdIn(attentes.toArray(String[]::new)).list()) {
            String dossier = instance.getBusinessKey();
            try {
                transaction.executeWithoutResult(statut -> {
                    var modification = runtimeService.createProcessInstanceModification(instance.getId());
                    attentes.forEach(modification::cancelAllForActivity);
                    modification.startBeforeActivity(appelDecision)
                            .setVariable(REPRISE, REPRISE_PLENIERE)
                            .setVariable("organe", "BUREAU")
                            .execute(true, true);
                    runtimeService.newMigration(runtimeService.createMigrationPlan(source.getId(), cible.getId())
                            .mapEqualActivities().build()).processInstanceIds(instance.getId())
                            .skipCustomListeners().skipIoMappings().execute();
                    journal.consigner("MIGRATION", "Processus", source.getKey(), dossierId(dossier),
                            Map.of("version", source.getVersion(), "attente", String.join(", ", attentes)),
                            Map.of("version", cible.getVersion(), "attente", "Task_AttendrePleniere",
                                    "processus", conventions.cleDecision()));
                });
                resultats.add(new InstanceMigration.ResultatInstance(instance.getId(), dossier, true, null));
            } catch (RuntimeException e) {
                LOG.warn("Dossier {} : attente de la ratification non reprise ({}).", dossier, e.getMessage());
                resultats.add(new InstanceMigration.ResultatInstance(instance.getId(), dossier, false,
                        "Non migrée : elle attend la ratification par l'Instance plénière, qui n'a pu être reprise "
                                + "dans le processus « %s » (%s).".formatted(conventions.cleDecision(),
                                        e.getMessage())));
            }
        }
        return resultats;
    }

    private static Long dossierId(String cle) {
        try {
            return cle == null ? null : Long.valueOf(cle);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
