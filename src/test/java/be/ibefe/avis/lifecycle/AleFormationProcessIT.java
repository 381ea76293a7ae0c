package be.ibefe.avis.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** processes/avis-ale-formation.bpmn: both branches of Gateway_Competent, after the shared avis-competence. */
@AvisIntegrationTest
class AleFormationProcessIT extends ProcessTestSupport {

    @Test
    void ale_training_by_forem_is_closed_as_outside_csef_competence_once_the_coordination_confirms() {
        ProcessInstance instance = enregistrer(Demandes.aleForem());
        assertThat(instance).isWaitingAt("CallActivity_Competence");
        assertThat(dossier().statut()).isEqualTo(Statut.RECU);

        statuerSurLaCompetence(instance, true, null);

        assertThat(instance).hasPassed("CallActivity_Competence", "CallActivity_Deliberation")
                .hasNotPassed("CallActivity_Recevabilite", "CallActivity_Analyse").isEnded();
        assertThat(appeleTermine(instance, "avis-deliberation")).hasPassed("CallActivity_Notification")
                .hasNotPassed("Task_AttendreSeance", "Task_AttendrePleniere").isEnded();
        assertThat(dossier().decision()).isEqualTo(Decision.NON_COMPETENT);
        assertThat(dossier().statut()).isEqualTo(Statut.CLOS);
        assertThat(dossier().deliberation().motivation()).contains("le FOREM").contains("n'est pas compétente");
    }

    @Test
    void ale_training_outside_the_agreed_portfolio_goes_to_the_recevabilite() {
        ProcessInstance instance = enregistrer(Demandes.aleHorsPortefeuille());

        assertThat(instance).hasPassed("CallActivity_Competence").isWaitingAt("CallActivity_Recevabilite");
        assertThat(dossier().statut()).isEqualTo(Statut.RECU);
        assertThat(dossier().decision()).isNull();
        assertThat(dossier().proposition()).isNull();
    }
}
