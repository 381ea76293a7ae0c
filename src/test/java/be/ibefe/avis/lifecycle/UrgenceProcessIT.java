package be.ibefe.avis.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.seance.ProcedureUrgente;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.seance.SeanceView;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.ProcessTestSupport;
import be.ibefe.avis.system.ConflitException;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An urgent measure of the Bureau in every type's model: notified at once, then submitted to the Instance plénière's
 * ratification in the shared decision process (organe BUREAU), ratified or not. Every type a séance decides: an avis
 * d'opportunité is the pôle's own (processes/avis-pole-opportunite.bpmn), which the Bureau does not take in urgency.
 */
@AvisIntegrationTest
class UrgenceProcessIT extends ProcessTestSupport {

    @Autowired
    ProcedureUrgente procedureUrgente;

    @ParameterizedTest
    @MethodSource("be.ibefe.avis.support.Demandes#typesDecidesEnSeance")
    void an_urgent_decision_is_notified_at_once_then_ratified_by_the_instance_pleniere(AvisType type) {
        ProcessInstance instance = decideEnUrgence(type);
        ProcessInstance deliberation = deliberation(instance);
        assertThat(deliberation).hasPassed("CallActivity_Notification").isWaitingAt("Task_AttendrePleniere");
        assertThat(deliberation).variables().containsEntry("organe", "BUREAU");
        assertThat(dossier().statut()).isEqualTo(Statut.NOTIFIE);

        ratifier(true);

        assertThat(deliberation).hasPassed("EndEvent_AvisConfirme").hasNotPassed("Task_RetirerAvis").isEnded();
        assertThat(instance).isEnded();
        assertThat(dossier().decision()).isEqualTo(Decision.FAVORABLE);
    }

    @ParameterizedTest
    @MethodSource("be.ibefe.avis.support.Demandes#typesDecidesEnSeance")
    void a_refused_ratification_reopens_the_dossier_for_a_new_deliberation(AvisType type) {
        ProcessInstance instance = decideEnUrgence(type);
        ProcessInstance deliberation = deliberation(instance);

        ratifier(false);

        assertThat(deliberation).hasPassed("Task_RetirerAvis").isWaitingAt("Task_AttendreSeance");
        assertThat(instance).isWaitingAt("CallActivity_Deliberation");
        DossierView rouvert = dossier();
        assertThat(rouvert.statut()).isEqualTo(Statut.PRET_POUR_SEANCE);
        assertThat(rouvert.decision()).isNull();
        assertThat(rouvert.historique()).extracting(DossierView.HistoriqueView::evenement)
                .anyMatch(e -> e.startsWith("Ratification refusée par l'Instance plénière"));

        deciderEnSeance(deliberation, Decision.DEFAVORABLE);
        if (type == AvisType.INTERPELLATION) {
            // decided by the Instance plénière itself: nothing left to ratify or validate
            assertThat(deliberation).hasNotPassed("EndEvent_AvisConfirme").isEnded();
        } else {
            assertThat(deliberation).isWaitingAt("Task_AttendrePleniere");
            pleniereSansObjection();
            assertThat(deliberation).hasPassed("EndEvent_AvisConfirme").isEnded();
        }
        assertThat(instance).hasPassed("EndEvent_AvisNotifie").isEnded();
        assertThat(dossier().decision()).isEqualTo(Decision.DEFAVORABLE);
        assertThat(dossier().historique()).filteredOn(h -> h.statut() == Statut.NOTIFIE
                && h.statutPrecedent() != Statut.NOTIFIE).hasSize(2);
    }

    @Test
    void the_bureau_takes_no_urgent_measure_on_an_avis_the_pole_gives() {
        ProcessInstance instance = enregistrer(Demandes.pour(AvisType.POLE_OPPORTUNITE));
        declarerRecevable(instance);
        analyser(instance, "FAVORABLE");
        assertThat(deliberation(instance)).isWaitingAt("Task_AttendreSeance");

        assertThatThrownBy(() -> procedureUrgente.decider(dossierId, urgence()))
                .isInstanceOf(ConflitException.class).hasMessageContaining("décidé en urgence");

        assertThat(deliberation(instance)).isWaitingAt("Task_AttendreSeance");
        assertThat(dossier().statut()).isEqualTo(Statut.PRET_POUR_SEANCE);
        assertThat(dossier().decision()).isNull();
    }

    private ProcessInstance decideEnUrgence(AvisType type) {
        ProcessInstance instance = enregistrer(type == AvisType.ALE_FORMATION ? Demandes.aleHorsPortefeuille()
                : Demandes.pour(type));
        declarerRecevable(instance);
        analyser(instance, "FAVORABLE");
        assertThat(deliberation(instance)).isWaitingAt("Task_AttendreSeance");
        procedureUrgente.decider(dossierId, urgence());
        return instance;
    }

    private static ProcedureUrgente.DecisionUrgente urgence() {
        return new ProcedureUrgente.DecisionUrgente(Decision.FAVORABLE,
                "Avis conforme à l'analyse.", null, "Le SPW statue avant la prochaine séance de la CSEF.",
                // taken before the plénière's day: a plénière takes only the decisions taken by then
                DATE_SEANCE.minusDays(4),
                List.of("membre1", "membre3", "membre4"), 3, 0, 0, null, null, null);
    }

    private void ratifier(boolean ratifiee) {
        SeanceView pleniere = seanceComplete(Chambre.INSTANCE_PLENIERE);
        assertThat(seances.construireOrdreDuJour(pleniere.id()).ordreDuJour()).contains(dossierId);
        seances.ratifier(pleniere.id(), new SeanceService.Ratification(dossierId, ratifiee,
                ratifiee ? null : "La CSEF devait être consultée.", null, null, null, null, null, null));
        seances.cloturer(pleniere.id());
    }
}
