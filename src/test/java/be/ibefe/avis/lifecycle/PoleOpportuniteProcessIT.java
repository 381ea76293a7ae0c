package be.ibefe.avis.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.poles.PolesDeTest;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.ProcessTestSupport;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * processes/avis-pole-opportunite.bpmn: each branch of Gateway_Retire, and the shared decision with the pôle as the
 * body that decides (chambre POLE): the avis given in the pôle's meeting, validated by the Instance plénière, or
 * refused by it and then awaited from the pôle again.
 */
@AvisIntegrationTest
class PoleOpportuniteProcessIT extends ProcessTestSupport {

    @AfterEach
    void horlogeReelle() {
        ClockUtil.reset();
    }

    @Test
    void a_receivable_request_waits_for_the_avis_of_its_pole_then_for_the_pleniere_validation() {
        ProcessInstance instance = pretPourSeance(Demandes.poleOpportunite());
        assertThat(instance).hasPassed("Gateway_Retire", "CallActivity_Analyse").isWaitingAt("CallActivity_Deliberation");
        ProcessInstance deliberation = deliberation(instance);
        assertThat(deliberation).isWaitingAt("Task_AttendreSeance");
        assertThat(dossier().chambre()).isNull();
        assertThat(dossier().historique()).extracting(DossierView.HistoriqueView::evenement)
                .contains("En attente de l'avis du pôle de synergies, rendu en sa réunion : "
                        + "Communication, média et multimédia");
        assertThat(dossier().eligibilite()).extracting(DossierView.CritereView::code)
                .containsExactly("POLE_IMPACT_EMPLOI", "POLE_BESOINS_FORMATION");

        PolesDeTest.PoleReuni pole = avisDuPole(Decision.FAVORABLE);

        assertThat(deliberation).hasPassed("CallActivity_Notification", "Gateway_Pleniere")
                .isWaitingAt("Task_AttendrePleniere");
        assertThat(deliberation).variables().containsEntry("organe", "POLE");
        assertThat(dossier().statut()).isEqualTo(Statut.NOTIFIE);
        assertThat(dossier().historique()).extracting(DossierView.HistoriqueView::evenement).anyMatch(e -> e.startsWith(
                "Avis d'opportunité rendu par le pôle de synergies" + pole.nom().substring("Pôle de synergies".length())
                        + ", en sa réunion du 21/05/2024, par consensus : Favorable. Membres présents : Le Forem"));

        pleniereSansObjection();

        assertThat(deliberation).hasPassed("EndEvent_AvisConfirme").isEnded();
        assertThat(instance).hasPassed("EndEvent_AvisNotifie").isEnded();
        assertThat(dossier().decision()).isEqualTo(Decision.FAVORABLE);
    }

    @Test
    void an_avis_of_the_pole_the_pleniere_refuses_is_withdrawn_and_awaited_from_the_pole_again() {
        ProcessInstance instance = pretPourSeance(Demandes.poleOpportunite());
        ProcessInstance deliberation = deliberation(instance);
        avisDuPole(Decision.DEFAVORABLE);

        decisionPleniere(false, "Le pôle n'a pas entendu le porteur du projet.");

        assertThat(deliberation).hasPassed("Gateway_AvisConfirme", "Task_RetirerAvis")
                .isWaitingAt("Task_AttendreSeance");
        assertThat(dossier().statut()).isEqualTo(Statut.PRET_POUR_SEANCE);
        assertThat(dossier().chambre()).isNull();
        assertThat(dossier().decision()).isNull();

        avisDuPole(Decision.FAVORABLE);
        assertThat(deliberation).isWaitingAt("Task_AttendrePleniere");
        pleniereSansObjection();
        assertThat(instance).isEnded();
        assertThat(dossier().decision()).isEqualTo(Decision.FAVORABLE);
    }

    @Test
    void a_request_withdrawn_for_missing_pieces_is_notified_without_the_pole() {
        ProcessInstance instance = enregistrer(Demandes.poleOpportunite());
        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");
        complete(task(recevabilite), withVariables("complet", false, "piecesManquantes", "Plan financier du projet"));
        Job retrait = travaux.minuterie(dossierId, "Event_RetraitPieces");
        ClockUtil.setCurrentTime(new Date(retrait.getDuedate().getTime() + 1000));

        travaux.executer(retrait);

        assertThat(instance).hasPassed("Gateway_Retire", "CallActivity_Deliberation").hasNotPassed("CallActivity_Analyse")
                .isEnded();
        assertThat(appeleTermine(instance, "avis-deliberation")).hasPassed("Gateway_DejaDecide", "EndEvent_AvisNotifie")
                .hasNotPassed("Task_PreparerDeliberation");
        assertThat(dossier().statut()).isEqualTo(Statut.CLOS);
        assertThat(dossier().decision()).isEqualTo(Decision.RETIRE);
    }
}
