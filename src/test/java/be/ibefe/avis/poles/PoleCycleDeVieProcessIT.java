package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.ibefe.avis.poles.Saisies.ConversionSaisie;
import be.ibefe.avis.poles.Saisies.EvaluationSaisie;
import be.ibefe.avis.poles.Saisies.PoleSaisi;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.time.LocalDate;
import be.ibefe.avis.system.ClockConfig;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.tasks.TacheService;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/pole-cycle-de-vie.bpmn on the real engine, through the application's service: every branch of
 * Gateway_Approuve, Gateway_Renouveler and Gateway_RenouvellementApprouve, every way out of the event-based
 * gateways Gateway_Actif and Gateway_AttenteRenouvellement and of the task Task_EvaluerPole (completed from the task
 * list or by the API, its term's timer, the Bureau's closure), the timers passed with the engine's clock.
 */
@AvisIntegrationTest
class PoleCycleDeVieProcessIT {

    private static final AtomicInteger JOUR = new AtomicInteger();

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    Poles poles;

    @Autowired
    TaskService taskService;

    @Autowired
    TacheService taches;

    @Autowired
    ObjectMapper json;

    @Autowired
    PolesEnEvaluation cycle;

    private final Map<Long, ProcessInstance> instances = new HashMap<>();

    @BeforeEach
    void initialiser() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void reinitialiser() {
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    @Test
    void a_pole_the_instance_refuses_ends_refused() {
        PoleView pole = proposer();
        assertThat(instance(pole)).isWaitingAt("Event_ApprobationCreation");
        assertThat(pole.approbations()).extracting(PoleView.Approbation::objet).containsExactly("CREATION");

        poles.ajouterMembre(pole.id(), new Saisies.MembreSaisi("Le Forem", "Conseiller",
                CategorieMembre.OPERATEURS_EMPLOI_FORMATION_INSERTION, "Liège", LocalDate.of(2031, 1, 1)));

        decider(pole, "CREATION", false);

        assertThat(instance(pole)).hasPassed("Task_RefuserPole", "EndEvent_Refuse").hasNotPassed("Task_ActiverPole")
                .isEnded();
        PoleView refuse = poles.consulter(pole.id());
        assertThat(refuse.statut()).isEqualTo("REFUSE");
        assertThat(refuse.membres()).extracting(PoleView.Membre::statut).as("nothing left to approve")
                .containsExactly("SANS_OBJET");
        assertThat(refuse.approbations()).extracting(PoleView.Approbation::statut).containsExactly("REFUSE",
                "SANS_OBJET");
    }

    @Test
    void an_approved_pole_lives_its_term_and_the_bureau_may_close_it() {
        PoleView pole = approuve();
        PoleView actif = poles.consulter(pole.id());
        assertThat(actif.statut()).isEqualTo("ACTIF");
        assertThat(actif.debut()).as("the term runs from the plénière that approved it").isEqualTo(seanceDeDecision);
        assertThat(actif.fin()).isEqualTo(actif.debut().plusMonths(36));
        assertThat(actif.evaluationLe()).isEqualTo(actif.fin().minusMonths(3));
        assertThat(instance(pole)).isWaitingAt("Gateway_Actif");
        assertThat(minuterie(pole, "Event_DateEvaluation").getDuedate()).isEqualTo(minuit(actif.evaluationLe()));

        poles.clore(pole.id());

        assertThat(instance(pole)).hasPassed("Task_CloreParLeBureau", "EndEvent_Clos")
                .hasNotPassed("Task_OuvrirEvaluation").isEnded();
        PoleView clos = poles.consulter(pole.id());
        assertThat(clos.statut()).isEqualTo("CLOS");
        assertThat(clos.motifCloture()).isEqualTo("BUREAU");
    }

    @Test
    void an_evaluation_that_does_not_propose_a_renewal_closes_the_pole() {
        PoleView pole = enEvaluation();

        poles.evaluer(pole.id(), new EvaluationSaisie(false, "Objectifs atteints ; le pôle a rempli sa mission."));

        assertThat(instance(pole)).hasPassed("Task_CloreApresEvaluation").hasNotPassed("Task_SoumettreRenouvellement")
                .isEnded();
        PoleView clos = poles.consulter(pole.id());
        assertThat(clos.motifCloture()).isEqualTo("EVALUATION");
        assertThat(clos.conclusionsEvaluation()).isEqualTo("Objectifs atteints ; le pôle a rempli sa mission.");
    }

    @Test
    void without_evaluation_the_pole_is_closed_at_its_term() {
        PoleView pole = enEvaluation();
        assertThat(minuterie(pole, "Event_TermeEvaluation").getDuedate())
                .isEqualTo(minuit(poles.consulter(pole.id()).fin()));

        passer(minuterie(pole, "Event_TermeEvaluation"));

        assertThat(instance(pole)).hasPassed("Event_TermeEvaluation", "Task_CloreAuTerme")
                .hasNotPassed("Task_EnregistrerEvaluation").isEnded();
        assertThat(taskService.createTaskQuery().processInstanceId(instance(pole).getId()).count())
                .as("the evaluation's task went with the term").isZero();
        assertThat(poles.consulter(pole.id()).motifCloture()).isEqualTo("TERME");
    }

    @Test
    void the_bureau_may_close_a_pole_under_evaluation() {
        PoleView pole = enEvaluation();

        poles.clore(pole.id());

        assertThat(instance(pole)).hasPassed("Event_ClotureBureauEvaluation", "Task_CloreParLeBureau")
                .hasNotPassed("Task_EnregistrerEvaluation").isEnded();
        assertThat(poles.consulter(pole.id()).motifCloture()).isEqualTo("BUREAU");
    }

    @Test
    void the_evaluation_opens_a_task_of_the_coordination_of_the_poles_bassin_due_before_the_term() {
        PoleView pole = enEvaluation();

        Task tache = evaluation(pole);
        assertThat(tache.getName()).isEqualTo("Évaluer le pôle");
        assertThat(tache.getTenantId()).isEqualTo(pole.bassin());
        assertThat(taskService.getIdentityLinksForTask(tache.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(Groupes.COORDINATION);
        LocalDate ouverte = poles.consulter(pole.id()).evaluationLe();
        assertThat(tache.getDueDate()).as("one month after it opens, at the end of the day").isEqualTo(
                Date.from(ouverte.plusMonths(1).atTime(23, 59, 59).atZone(ClockConfig.BRUXELLES).toInstant()));

        poles.clore(pole.id());
        assertThat(taskService.createTaskQuery().taskId(tache.getId()).count()).as("closed, nothing to evaluate")
                .isZero();
    }

    @Test
    void the_task_completed_from_the_task_list_records_the_evaluation_and_submits_the_renewal() {
        PoleView pole = enEvaluation();
        Task tache = evaluation(pole);

        taches.terminer(tache.getId(), json.createObjectNode().put("renouveler", true)
                .put("conclusions", "  Cinq réunions par an, deux fiches projets menées à terme.  "), "coordinateur",
                List.of(Groupes.COORDINATION));

        assertThat(instance(pole)).hasPassed("Task_EvaluerPole", "Task_EnregistrerEvaluation",
                "Task_SoumettreRenouvellement").isWaitingAt("Gateway_AttenteRenouvellement");
        PoleView evalue = poles.consulter(pole.id());
        assertThat(evalue.statut()).isEqualTo("RENOUVELLEMENT");
        assertThat(evalue.conclusionsEvaluation()).isEqualTo("Cinq réunions par an, deux fiches projets menées à terme.");
        assertThat(evalue.approbations()).extracting(PoleView.Approbation::objet, PoleView.Approbation::statut)
                .containsExactly(tuple("CREATION", "APPROUVE"), tuple("RENOUVELLEMENT", "A_APPROUVER"));
    }

    @Test
    void the_task_left_unchecked_proposes_the_closure() {
        PoleView pole = enEvaluation();

        taches.terminer(evaluation(pole).getId(), json.createObjectNode().put("conclusions", "Mission remplie."),
                "coordinateur", List.of(Groupes.COORDINATION));

        assertThat(instance(pole)).hasPassed("Task_EnregistrerEvaluation", "Task_CloreApresEvaluation").isEnded();
        assertThat(poles.consulter(pole.id()).motifCloture()).isEqualTo("EVALUATION");
    }

    @Test
    void the_api_completes_the_task_and_a_refused_evaluation_leaves_it_open() {
        PoleView pole = enEvaluation();
        Task tache = evaluation(pole);

        assertThatThrownBy(() -> poles.evaluer(pole.id(), new EvaluationSaisie(true, "x".repeat(4001))))
                .isInstanceOf(DonneesInvalidesException.class);
        assertThatThrownBy(() -> poles.evaluer(pole.id(), new EvaluationSaisie(null, "Bilan positif.")))
                .isInstanceOf(DonneesInvalidesException.class);
        assertThat(taskService.createTaskQuery().taskId(tache.getId()).count()).isEqualTo(1);

        poles.evaluer(pole.id(), new EvaluationSaisie(true, "x".repeat(4000)));

        assertThat(taskService.createTaskQuery().taskId(tache.getId()).count()).isZero();
        assertThat(instance(pole)).hasPassed("Task_EvaluerPole", "Task_EnregistrerEvaluation")
                .isWaitingAt("Gateway_AttenteRenouvellement");
        assertThat(poles.consulter(pole.id()).conclusionsEvaluation()).hasSize(4000);
        assertThatThrownBy(() -> poles.evaluer(pole.id(), new EvaluationSaisie(false, "Une seconde fois.")))
                .as("the pôle is no longer under evaluation").isInstanceOf(ConflitException.class);
    }

    @Test
    void a_renewal_the_instance_approves_starts_a_new_term_after_the_first() {
        PoleView pole = enEvaluation();
        LocalDate premierTerme = poles.consulter(pole.id()).fin();

        poles.evaluer(pole.id(), new EvaluationSaisie(true, "Le pôle a encore des projets."));
        assertThat(instance(pole)).hasPassed("Task_SoumettreRenouvellement")
                .isWaitingAt("Gateway_AttenteRenouvellement");
        assertThat(poles.consulter(pole.id()).statut()).isEqualTo("RENOUVELLEMENT");
        assertThatThrownBy(() -> poles.clore(pole.id())).isInstanceOf(ConflitException.class);

        decider(pole, "RENOUVELLEMENT", true);

        assertThat(instance(pole)).hasPassed("Task_RenouvelerPole")
                .isWaitingAt("Gateway_Actif");
        PoleView renouvele = poles.consulter(pole.id());
        assertThat(renouvele.statut()).isEqualTo("ACTIF");
        assertThat(renouvele.renouvellements()).isEqualTo(1);
        assertThat(renouvele.debut()).isEqualTo(premierTerme);
        assertThat(renouvele.fin()).isEqualTo(premierTerme.plusMonths(36));
        assertThat(minuterie(pole, "Event_DateEvaluation").getDuedate())
                .isEqualTo(minuit(renouvele.fin().minusMonths(3)));
    }

    @Test
    void a_renewal_the_instance_refuses_closes_the_pole() {
        PoleView pole = enEvaluation();
        poles.evaluer(pole.id(), new EvaluationSaisie(true, "Le pôle a encore des projets."));

        decider(pole, "RENOUVELLEMENT", false);

        assertThat(instance(pole)).hasPassed("Task_CloreRenouvellementRefuse").hasNotPassed("Task_RenouvelerPole")
                .isEnded();
        assertThat(poles.consulter(pole.id()).motifCloture()).isEqualTo("RENOUVELLEMENT_REFUSE");
    }

    @Test
    void a_renewal_still_undecided_at_the_term_closes_the_pole() {
        PoleView pole = enEvaluation();
        poles.evaluer(pole.id(), new EvaluationSaisie(true, "Le pôle a encore des projets."));

        passer(minuterie(pole, "Event_TermeRenouvellement"));

        assertThat(instance(pole)).hasPassed("Event_TermeRenouvellement", "Task_CloreAuTerme").isEnded();
        assertThat(poles.consulter(pole.id()).motifCloture()).isEqualTo("TERME");
        assertThat(poles.approbationsEnAttente()).extracting(PoleView.Approbation::poleId).doesNotContain(pole.id());
        assertThat(poles.consulter(pole.id()).approbations()).extracting(PoleView.Approbation::objet,
                PoleView.Approbation::statut).containsExactly(tuple("CREATION", "APPROUVE"),
                tuple("RENOUVELLEMENT", "SANS_OBJET"));
    }

    @Test
    void a_working_group_the_bureau_converts_becomes_a_pole_proposed_to_the_instance() {
        PoleView groupe = poles.creer(new PoleSaisi(null, NaturePole.GROUPE_DE_TRAVAIL, "GT participation des publics",
                "Participation des publics éloignés de l'emploi", null, null, null));
        assertThat(groupe.statut()).isEqualTo("ACTIF");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(Poles.cle(groupe.id())).count())
                .as("a working group has no lifecycle process").isZero();

        PoleView pole = poles.convertir(groupe.id(), new ConversionSaisie("Pôle participation des publics", 24));

        assertThat(poles.consulter(groupe.id()).statut()).isEqualTo("CONVERTI");
        assertThat(pole.origine()).isEqualTo("GROUPE_DE_TRAVAIL");
        assertThat(pole.groupeOrigineId()).isEqualTo(groupe.id());
        assertThat(instance(pole)).isWaitingAt("Event_ApprobationCreation");
        decider(pole, "CREATION", true);
        PoleView actif = poles.consulter(pole.id());
        assertThat(actif.fin()).isEqualTo(actif.debut().plusMonths(24));
    }

    private PoleView proposer() {
        return poles.creer(new PoleSaisi(null, NaturePole.POLE, "Pôle économies durables et alternatives",
                "Économies durables et alternatives", "Examiner les nouveaux métiers porteurs de sens", null, null));
    }

    private PoleView approuve() {
        PoleView pole = proposer();
        decider(pole, "CREATION", true);
        assertThat(instance(pole)).hasPassed("Task_ActiverPole").hasNotPassed("Task_RefuserPole");
        return pole;
    }

    private PoleView enEvaluation() {
        PoleView pole = approuve();
        passer(minuterie(pole, "Event_DateEvaluation"));
        assertThat(instance(pole)).hasPassed("Task_OuvrirEvaluation")
                .isWaitingAt("Task_EvaluerPole");
        assertThat(poles.consulter(pole.id()).statut()).isEqualTo("EVALUATION");
        return pole;
    }

    /** The day of the plénière that decided last. */
    private LocalDate seanceDeDecision;

    private void decider(PoleView pole, String objet, boolean approuve) {
        seanceDeDecision = LocalDate.of(2031, 1, 1).plusDays(JOUR.incrementAndGet());
        cycle.decider(pole.id(), objet, approuve, seanceDeDecision);
    }

    /** The open task « Évaluer le pôle » of the pôle. */
    private Task evaluation(PoleView pole) {
        List<Task> ouvertes = taskService.createTaskQuery().processInstanceId(instance(pole).getId())
                .taskDefinitionKey(Poles.TACHE_EVALUATION).list();
        assertThat(ouvertes).hasSize(1);
        return ouvertes.get(0);
    }

    /** The pôle's process instance, kept from its start: camunda-bpm-assert reads an ended one from the history. */
    private ProcessInstance instance(PoleView pole) {
        return instances.computeIfAbsent(pole.id(), id -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Poles.cle(id)).singleResult());
    }

    private Job minuterie(PoleView pole, String activite) {
        return cycle.minuterie(instance(pole).getId(), activite);
    }

    private void passer(Job minuterie) {
        cycle.passer(minuterie);
    }

    private static Date minuit(LocalDate jour) {
        return Date.from(jour.atStartOfDay(ClockConfig.BRUXELLES).toInstant());
    }
}
