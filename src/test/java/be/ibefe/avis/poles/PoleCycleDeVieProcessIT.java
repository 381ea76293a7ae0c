package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.poles.Saisies.ConversionSaisie;
import be.ibefe.avis.poles.Saisies.DecisionInstanceSaisie;
import be.ibefe.avis.poles.Saisies.EvaluationSaisie;
import be.ibefe.avis.poles.Saisies.PoleSaisi;
import be.ibefe.avis.seance.Mandat;
import be.ibefe.avis.seance.Mandats;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.system.ConflitException;
import java.time.LocalDate;
import be.ibefe.avis.system.ClockConfig;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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
 * Gateway_Approuve, Gateway_Renouveler and Gateway_RenouvellementApprouve, and every way out of the event-based
 * gateways Gateway_Actif, Gateway_Evaluation and Gateway_AttenteRenouvellement (the timers passed with the engine's
 * clock).
 */
@AvisIntegrationTest
class PoleCycleDeVieProcessIT {

    private static final AtomicInteger JOUR = new AtomicInteger();

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    Poles poles;

    @Autowired
    SeanceService seances;

    @Autowired
    Mandats mandats;

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
        assertThat(actif.debut()).isEqualTo(LocalDate.now(ClockConfig.BRUXELLES));
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

        assertThat(instance(pole)).hasPassed("Task_CloreAuTerme").isEnded();
        assertThat(poles.consulter(pole.id()).motifCloture()).isEqualTo("TERME");
    }

    @Test
    void the_bureau_may_close_a_pole_under_evaluation() {
        PoleView pole = enEvaluation();

        poles.clore(pole.id());

        assertThat(instance(pole)).hasPassed("Event_ClotureBureauEvaluation", "Task_CloreParLeBureau").isEnded();
        assertThat(poles.consulter(pole.id()).motifCloture()).isEqualTo("BUREAU");
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
                .isWaitingAt("Gateway_Evaluation");
        assertThat(poles.consulter(pole.id()).statut()).isEqualTo("EVALUATION");
        return pole;
    }

    /** The plénière of the pôle's bassin decides the one point of that object waiting for it. */
    private void decider(PoleView pole, String objet, boolean approuve) {
        PoleView.Approbation point = poles.approbationsEnAttente().stream()
                .filter(a -> a.poleId() == pole.id() && a.objet().equals(objet)).findFirst().orElseThrow();
        LocalDate date = LocalDate.of(2031, 1, 1).plusDays(JOUR.incrementAndGet());
        long seance = seances.creer(new SeanceService.NouvelleSeance(Chambre.INSTANCE_PLENIERE, date, "Liège",
                mandats.enCours(Chambre.INSTANCE_PLENIERE, date).stream().map(Mandat::getMembre).toList())).id();
        poles.decider(point.id(), new DecisionInstanceSaisie(seance, approuve, approuve ? null : "Pas de moyens."));
    }

    /** The pôle's process instance, kept from its start: camunda-bpm-assert reads an ended one from the history. */
    private ProcessInstance instance(PoleView pole) {
        return instances.computeIfAbsent(pole.id(), id -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Poles.cle(id)).singleResult());
    }

    private Job minuterie(PoleView pole, String activite) {
        List<Job> jobs = management.createJobQuery().timers().activityId(activite)
                .processInstanceId(instance(pole).getId()).list();
        assertThat(jobs).as("minuterie %s", activite).hasSize(1);
        return jobs.get(0);
    }

    private void passer(Job minuterie) {
        ClockUtil.setCurrentTime(new Date(minuterie.getDuedate().getTime() + 1000));
        management.executeJob(minuterie.getId());
    }

    private static Date minuit(LocalDate jour) {
        return Date.from(jour.atStartOfDay(ClockConfig.BRUXELLES).toInstant());
    }
}
