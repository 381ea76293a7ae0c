package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.ibefe.avis.poles.Saisies.EvaluationSaisie;
import be.ibefe.avis.poles.Saisies.PoleSaisi;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.tasks.FiltresTaches;
import be.ibefe.avis.tasks.TacheService;
import be.ibefe.avis.tasks.TacheView;
import be.ibefe.avis.support.AvisIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pôles running on the version 1.0 of pole-cycle-de-vie (src/test/resources/migration/poles-v1, as it was: the
 * evaluation waited for the message EvaluationPole) when the version with the task « Évaluer le pôle » is deployed:
 * one waiting for the Instance's approval, one active, one under evaluation, one whose renewal waits for the
 * Instance. The start-up's migration ({@link MigrationCycleDesPoles}) moves each to the latest version, and each
 * carries on there: the one under evaluation finds its task in the coordination's list. The previous model is
 * deployed for this test only, then the project's again, and both deployments are removed at the end.
 */
@AvisIntegrationTest
class MigrationCycleDesPolesIT {

    private static final AtomicInteger JOUR = new AtomicInteger();

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RepositoryService depot;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService taskService;

    @Autowired
    TacheService taches;

    @Autowired
    ObjectMapper json;

    @Autowired
    Poles poles;

    @Autowired
    MigrationCycleDesPoles migration;

    @Autowired
    PolesEnEvaluation cycle;

    private final List<String> deploiements = new ArrayList<>();

    @BeforeEach
    void initialiser() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void retirer() {
        BpmnAwareTests.reset();
        ClockUtil.reset();
        deploiements.forEach(d -> depot.deleteDeployment(d, true, true));
    }

    @Test
    void poles_of_the_version_without_the_task_move_to_it_and_carry_on() {
        deployer("pole-cycle-de-vie 1.0", "migration/poles-v1/pole-cycle-de-vie.bpmn");
        assertThat(derniere().getVersionTag()).isEqualTo("1.0");

        PoleView propose = proposer("proposé");
        PoleView actif = proposer("actif");
        decider(actif, "CREATION", true);
        PoleView enEvaluation = proposer("en évaluation");
        decider(enEvaluation, "CREATION", true);
        passer(minuterie(enEvaluation, "Event_DateEvaluation"));
        assertThat(instance(enEvaluation)).isWaitingAt(MigrationCycleDesPoles.ATTENTE_EVALUATION_1_0);
        PoleView enRenouvellement = proposer("en renouvellement");
        decider(enRenouvellement, "CREATION", true);
        passer(minuterie(enRenouvellement, "Event_DateEvaluation"));
        // the API's evaluation of a 1.0 instance, which has no task: the message it waits for
        poles.evaluer(enRenouvellement.id(), new EvaluationSaisie(true, "Encore des projets."));
        assertThat(instance(enRenouvellement)).isWaitingAt("Gateway_AttenteRenouvellement");
        Date termeEnEvaluation = minuterie(enEvaluation, "Event_TermeEvaluation").getDuedate();
        Date evaluationDeLActif = minuterie(actif, "Event_DateEvaluation").getDuedate();

        deployer("pole-cycle-de-vie 2.0", "processes/pole-cycle-de-vie.bpmn");
        ProcessDefinition nouvelle = derniere();
        assertThat(nouvelle.getVersionTag()).isEqualTo("2.0");

        List<MigrationCycleDesPoles.Resultat> resultats = migration.migrer();

        assertThat(resultats).extracting(MigrationCycleDesPoles.Resultat::cle).containsExactlyInAnyOrder(
                Poles.cle(propose.id()), Poles.cle(actif.id()), Poles.cle(enEvaluation.id()),
                Poles.cle(enRenouvellement.id()));
        assertThat(resultats).allMatch(MigrationCycleDesPoles.Resultat::migree);
        for (PoleView pole : List.of(propose, actif, enEvaluation, enRenouvellement)) {
            assertThat(instance(pole).getProcessDefinitionId()).as(pole.nom()).isEqualTo(nouvelle.getId());
            assertThat(instance(pole).getTenantId()).as(pole.nom()).isEqualTo(pole.bassin());
        }
        assertThat(migration.migrer()).as("nothing left to migrate").isEmpty();

        // under evaluation: the task, with the same term
        assertThat(instance(propose)).isWaitingAt("Event_ApprobationCreation");
        assertThat(instance(actif)).isWaitingAt("Gateway_Actif");
        assertThat(minuterie(actif, "Event_DateEvaluation").getDuedate()).isEqualTo(evaluationDeLActif);
        assertThat(instance(enEvaluation)).isWaitingAt(Poles.TACHE_EVALUATION);
        assertThat(minuterie(enEvaluation, "Event_TermeEvaluation").getDuedate()).isEqualTo(termeEnEvaluation);
        assertThat(instance(enRenouvellement)).isWaitingAt("Gateway_AttenteRenouvellement");

        // each carries on in the new version
        ProcessInstance proposee = instance(propose);
        decider(propose, "CREATION", false);
        assertThat(proposee).hasPassed("Task_RefuserPole").isEnded();
        assertThat(poles.consulter(propose.id()).statut()).isEqualTo("REFUSE");

        ProcessInstance evaluee = instance(enEvaluation);
        Task tache = taskService.createTaskQuery().processInstanceId(evaluee.getId()).singleResult();
        assertThat(taches.taches("coordinateur", List.of(Groupes.COORDINATION),
                FiltresTaches.AUCUN.avecTache(tache.getId()), 0, 1).taches())
                .extracting(TacheView::poleId, TacheView::poleNom).containsExactly(tuple(enEvaluation.id(),
                        enEvaluation.nom()));
        taches.terminer(tache.getId(), json.createObjectNode().put("conclusions", "Mission remplie."), "coordinateur",
                List.of(Groupes.COORDINATION));
        assertThat(evaluee).hasPassed("Task_EnregistrerEvaluation", "Task_CloreApresEvaluation").isEnded();
        assertThat(poles.consulter(enEvaluation.id()).motifCloture()).isEqualTo("EVALUATION");

        passer(minuterie(actif, "Event_DateEvaluation"));
        ProcessInstance active = instance(actif);
        assertThat(active).isWaitingAt(Poles.TACHE_EVALUATION);
        poles.evaluer(actif.id(), new EvaluationSaisie(false, "Objectifs atteints."));
        assertThat(active).hasPassed("Task_EnregistrerEvaluation").isEnded();

        decider(enRenouvellement, "RENOUVELLEMENT", true);
        assertThat(instance(enRenouvellement)).hasPassed("Task_RenouvelerPole").isWaitingAt("Gateway_Actif");
        assertThat(poles.consulter(enRenouvellement.id()).renouvellements()).isEqualTo(1);
    }

    private void deployer(String nom, String ressource) {
        deploiements.add(depot.createDeployment().name(nom).addClasspathResource(ressource).deploy().getId());
    }

    private ProcessDefinition derniere() {
        return depot.createProcessDefinitionQuery().processDefinitionKey(Poles.PROCESSUS).latestVersion()
                .singleResult();
    }

    private PoleView proposer(String etat) {
        return poles.creer(new PoleSaisi(null, NaturePole.POLE, "Pôle migré " + etat + " " + JOUR.incrementAndGet(),
                "Logistique", null, null, null));
    }

    private void decider(PoleView pole, String objet, boolean approuve) {
        cycle.decider(pole.id(), objet, approuve, LocalDate.of(2033, 1, 1).plusDays(JOUR.incrementAndGet()));
    }

    /** The pôle's running instance. */
    private ProcessInstance instance(PoleView pole) {
        ProcessInstance enCours = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Poles.cle(pole.id()))
                .singleResult();
        assertThat(enCours).as("instance en cours du pôle %s", pole.nom()).isNotNull();
        return enCours;
    }

    private Job minuterie(PoleView pole, String activite) {
        return cycle.minuterie(instance(pole).getId(), activite);
    }

    private void passer(Job minuterie) {
        cycle.passer(minuterie);
    }
}
