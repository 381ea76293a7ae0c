package be.ibefe.avis.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.ibefe.avis.dossier.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** processes/avis-deliberation.bpmn: both branches of Gateway_Ajourne, driven by real séances. */
@AvisIntegrationTest
class DeliberationProcessIT extends ProcessTestSupport {

    @Test
    void a_dossier_waits_for_a_seance_of_its_chambre_then_leaves_when_decided() {
        ProcessInstance instance = pretPourSeance();
        ProcessInstance deliberation = deliberation(instance);
        assertThat(deliberation).hasPassed("Task_PreparerDeliberation").isWaitingAt("Task_AttendreSeance");
        assertThat(dossier().chambre()).isEqualTo(Chambre.CSEF);

        deciderEnSeance(deliberation, Decision.DEFAVORABLE);

        assertThat(deliberation).hasPassed("EndEvent_Delibere").isEnded();
        assertThat(instance).hasPassed("CallActivity_Notification").isEnded();
        assertThat(dossier().decision()).isEqualTo(Decision.DEFAVORABLE);
        assertThat(dossier().statut()).isEqualTo(Statut.NOTIFIE);
    }

    @Test
    void an_adjourned_dossier_waits_for_the_next_seance_without_decision() {
        ProcessInstance instance = pretPourSeance();
        ProcessInstance deliberation = deliberation(instance);

        deciderEnSeance(deliberation, Decision.AJOURNE);
        assertThat(deliberation).hasNotPassed("EndEvent_Delibere").isWaitingAt("Task_AttendreSeance");
        assertThat(dossier().statut()).isEqualTo(Statut.PRET_POUR_SEANCE);
        assertThat(dossier().decision()).isNull();

        deciderEnSeance(deliberation, Decision.FAVORABLE);
        assertThat(instance).isEnded();
        assertThat(dossier().decision()).isEqualTo(Decision.FAVORABLE);
        assertThat(dossier().historique()).extracting(DossierView.HistoriqueView::evenement)
                .anyMatch(e -> e.startsWith("Ajourné"));
    }

    private ProcessInstance pretPourSeance() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere());
        declarerRecevable(instance);
        analyser(instance, "FAVORABLE");
        return instance;
    }
}
