package be.ibefe.avis.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** processes/avis-recevabilite.bpmn: both branches of Gateway_Complet. */
@AvisIntegrationTest
class RecevabiliteProcessIT extends ProcessTestSupport {

    @Test
    void a_complete_dossier_leaves_the_recevabilite_at_once() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere());
        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");
        assertThat(recevabilite).isWaitingAt("Task_VerifierRecevabilite").task().hasCandidateGroup("equipe");

        complete(task(recevabilite), withVariables("complet", true));

        assertThat(recevabilite).hasPassed("EndEvent_Recevable").hasNotPassed("Task_MarquerIncomplet").isEnded();
        assertThat(instance).isWaitingAt("CallActivity_Analyse");
    }

    @Test
    void an_incomplete_dossier_waits_for_its_pieces_then_is_checked_again() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere());
        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");
        assertThat(recevabilite).isWaitingAt("Task_VerifierRecevabilite");

        complete(task(recevabilite), withVariables("complet", false, "piecesManquantes", "Budget de la filière"));
        assertThat(recevabilite).hasPassed("Task_MarquerIncomplet").isWaitingAt("Task_ReceptionnerPieces");
        assertThat(dossier().statut()).isEqualTo(Statut.INCOMPLET);
        assertThat(dossier().piecesManquantes()).isEqualTo("Budget de la filière");

        complete(task(recevabilite), withVariables("piecesRecues", "Budget reçu par courriel"));
        assertThat(recevabilite).hasPassed("Task_EnregistrerPiecesRecues").isWaitingAt("Task_VerifierRecevabilite");
        assertThat(dossier().statut()).isEqualTo(Statut.RECU);

        complete(task(recevabilite), withVariables("complet", true));
        assertThat(recevabilite).isEnded();
        travaux.executerEnAttente();
        assertThat(dossier().statut()).isEqualTo(Statut.EN_ANALYSE);
    }
}
