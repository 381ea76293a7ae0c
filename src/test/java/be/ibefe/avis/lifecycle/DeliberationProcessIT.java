package be.ibefe.avis.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.notification.EnvoiRepository;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.ProcessTestSupport;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/avis-deliberation.bpmn, the decision shared by every type: each branch of Gateway_DejaDecide,
 * Gateway_Ajourne, Gateway_Pleniere and Gateway_AvisConfirme, and the deadline's escalation, driven by real séances
 * and, for the avis of a pôle de synergies, its meeting (the ratification of a decision of the Bureau: UrgenceProcessIT;
 * the entry for a dossier notified by an earlier model is driven by admin/MigrationDecisionCommuneIT).
 */
@AvisIntegrationTest
class DeliberationProcessIT extends ProcessTestSupport {

    @Autowired
    EnvoiRepository envois;

    @AfterEach
    void horlogeReelle() {
        ClockUtil.reset();
    }

    @Test
    void a_csef_avis_is_notified_then_waits_for_its_validation_by_the_instance_pleniere() {
        ProcessInstance instance = pretPourSeance(Demandes.cispNouvelleFiliere());
        ProcessInstance deliberation = deliberation(instance);
        assertThat(deliberation).hasPassed("Gateway_DejaDecide", "Task_PreparerDeliberation")
                .isWaitingAt("Task_AttendreSeance");
        assertThat(dossier().chambre()).isEqualTo(Chambre.CSEF);

        deciderEnSeance(deliberation, Decision.DEFAVORABLE);

        assertThat(deliberation).hasPassed("CallActivity_Notification", "Gateway_Pleniere")
                .isWaitingAt("Task_AttendrePleniere");
        assertThat(deliberation).variables().containsEntry("organe", "CSEF");
        assertThat(instance).isWaitingAt("CallActivity_Deliberation");
        assertThat(dossier().statut()).isEqualTo(Statut.NOTIFIE);
        assertThat(dossier().decision()).isEqualTo(Decision.DEFAVORABLE);

        pleniereSansObjection();

        assertThat(deliberation).hasPassed("EndEvent_AvisConfirme").hasNotPassed("Task_RetirerAvis").isEnded();
        assertThat(instance).hasPassed("EndEvent_AvisNotifie").isEnded();
        assertThat(dossier().statut()).isEqualTo(Statut.NOTIFIE);
        assertThat(dossier().decision()).isEqualTo(Decision.DEFAVORABLE);
    }

    @Test
    void an_adjourned_dossier_waits_for_the_next_seance_without_decision() {
        ProcessInstance instance = pretPourSeance(Demandes.cispNouvelleFiliere());
        ProcessInstance deliberation = deliberation(instance);

        deciderEnSeance(deliberation, Decision.AJOURNE);
        assertThat(deliberation).hasPassed("Gateway_Ajourne").hasNotPassed("CallActivity_Notification")
                .isWaitingAt("Task_AttendreSeance");
        assertThat(dossier().statut()).isEqualTo(Statut.PRET_POUR_SEANCE);
        assertThat(dossier().decision()).isNull();
        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(dossierId)).isEmpty();

        deciderEnSeance(deliberation, Decision.FAVORABLE);
        assertThat(deliberation).hasPassed("CallActivity_Notification").isWaitingAt("Task_AttendrePleniere");
        assertThat(dossier().decision()).isEqualTo(Decision.FAVORABLE);
        assertThat(dossier().historique()).extracting(DossierView.HistoriqueView::evenement)
                .anyMatch(e -> e.startsWith("Ajourné"));
    }

    @Test
    void a_dossier_waiting_past_its_deadline_alerts_the_coordination_and_keeps_waiting() {
        ProcessInstance instance = pretPourSeance(Demandes.cispNouvelleFiliere());
        ProcessInstance deliberation = deliberation(instance);
        Job echeance = travaux.minuterie(dossierId, "Event_EcheanceSeance");

        travaux.executer(echeance);

        assertThat(deliberation).hasPassed("Task_EscaladerSeance", "EndEvent_EscaladeSeance")
                .isWaitingAt("Task_AttendreSeance");
        assertThat(dossier().escalade().motif()).startsWith("Attendre la séance");
    }

    @Test
    void the_avis_of_a_pole_waits_for_its_validation_by_the_instance_pleniere() {
        ProcessInstance instance = pretPourSeance(Demandes.poleOpportunite());
        ProcessInstance deliberation = deliberation(instance);
        assertThat(deliberation).variables().containsEntry("chambre", "POLE");
        assertThat(dossier().chambre()).as("no séance of a chambre takes it").isNull();

        deciderEnSeance(deliberation, Decision.FAVORABLE);

        assertThat(deliberation).hasPassed("CallActivity_Notification", "Gateway_Pleniere")
                .isWaitingAt("Task_AttendrePleniere");
        assertThat(deliberation).variables().containsEntry("organe", "POLE");
        assertThat(dossier().statut()).isEqualTo(Statut.NOTIFIE);

        decisionPleniere(true, null);

        assertThat(deliberation).hasPassed("EndEvent_AvisConfirme").isEnded();
        assertThat(instance).isEnded();
        assertThat(dossier().decision()).isEqualTo(Decision.FAVORABLE);
    }

    @Test
    void a_decision_of_the_instance_pleniere_itself_ends_once_notified() {
        ProcessInstance instance = pretPourSeance(Demandes.interpellation());
        ProcessInstance deliberation = deliberation(instance);

        deciderEnSeance(deliberation, Decision.FAVORABLE);

        assertThat(deliberation).hasPassed("CallActivity_Notification", "Gateway_Pleniere", "EndEvent_AvisNotifie")
                .hasNotPassed("Task_AttendrePleniere").isEnded();
        assertThat(deliberation).variables().containsEntry("organe", "INSTANCE_PLENIERE");
        assertThat(instance).hasPassed("EndEvent_AvisNotifie").isEnded();
        assertThat(dossier().statut()).isEqualTo(Statut.NOTIFIE);
    }

    @Test
    void an_avis_the_pleniere_refuses_is_withdrawn_and_the_dossier_waits_for_a_seance_again() {
        ProcessInstance instance = pretPourSeance(Demandes.cispNouvelleFiliere());
        ProcessInstance deliberation = deliberation(instance);
        deciderEnSeance(deliberation, Decision.FAVORABLE);

        decisionPleniere(false, "La CSEF n'a pas examiné l'avis du FOREM.");

        assertThat(deliberation).hasPassed("Gateway_AvisConfirme", "Task_RetirerAvis").hasNotPassed("EndEvent_AvisConfirme")
                .isWaitingAt("Task_AttendreSeance");
        assertThat(instance).isWaitingAt("CallActivity_Deliberation");
        DossierView retire = dossier();
        assertThat(retire.statut()).isEqualTo(Statut.PRET_POUR_SEANCE);
        assertThat(retire.decision()).isNull();
        assertThat(retire.historique()).extracting(DossierView.HistoriqueView::evenement)
                .anyMatch(e -> e.contains("La CSEF n'a pas examiné l'avis du FOREM."));

        deciderEnSeance(deliberation, Decision.DEFAVORABLE);
        assertThat(deliberation).isWaitingAt("Task_AttendrePleniere");
        pleniereSansObjection();

        assertThat(instance).isEnded();
        assertThat(dossier().decision()).isEqualTo(Decision.DEFAVORABLE);
        assertThat(dossier().historique()).filteredOn(h -> h.statut() == Statut.NOTIFIE
                && h.statutPrecedent() != Statut.NOTIFIE).hasSize(2);
    }

    @Test
    void a_request_withdrawn_for_missing_pieces_is_notified_without_seance_nor_pleniere() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere());
        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");
        complete(task(recevabilite), withVariables("complet", false, "piecesManquantes", "Budget de la filière"));
        Job retrait = travaux.minuterie(dossierId, "Event_RetraitPieces");
        ClockUtil.setCurrentTime(new Date(retrait.getDuedate().getTime() + 1000));

        travaux.executer(retrait);

        assertThat(instance).hasPassed("Gateway_Retire", "CallActivity_Deliberation").hasNotPassed("CallActivity_Analyse")
                .isEnded();
        ProcessInstance deliberation = appeleTermine(instance, "avis-deliberation");
        assertThat(deliberation).hasPassed("Gateway_DejaDecide", "CallActivity_Notification", "EndEvent_AvisNotifie")
                .hasNotPassed("Task_PreparerDeliberation", "Task_AttendrePleniere").isEnded();
        assertThat(dossier().statut()).isEqualTo(Statut.CLOS);
        assertThat(dossier().decision()).isEqualTo(Decision.RETIRE);
    }

    @Test
    void a_confirmed_non_competence_is_notified_without_seance_nor_pleniere() {
        ProcessInstance instance = enregistrer(Demandes.aleForem());

        statuerSurLaCompetence(instance, true, null);

        assertThat(instance).hasPassed("Gateway_Competent", "CallActivity_Deliberation")
                .hasNotPassed("CallActivity_Recevabilite").isEnded();
        ProcessInstance deliberation = appeleTermine(instance, "avis-deliberation");
        assertThat(deliberation).hasPassed("Gateway_DejaDecide", "CallActivity_Notification", "EndEvent_AvisNotifie")
                .hasNotPassed("Task_PreparerDeliberation", "Task_AttendrePleniere").isEnded();
        assertThat(dossier().statut()).isEqualTo(Statut.CLOS);
        assertThat(dossier().decision()).isEqualTo(Decision.NON_COMPETENT);
    }
}
