package be.ibefe.avis.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.ProcessTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/avis-courriels.bpmn: both branches of Gateway_LettresAProduire. A notification's letters are produced in
 * a job of their own before the job that sends them; letters already produced (a request for missing pieces) are
 * sent at once.
 */
@AvisIntegrationTest
class CourrielsProcessIT extends ProcessTestSupport {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    DocumentService documents;

    @Autowired
    EnvoiRepository envois;

    @Test
    void a_notification_produces_its_letters_in_one_job_and_sends_them_in_the_next() {
        ProcessInstance instance = pretPourSeance(Demandes.cispNouvelleFiliere());
        deciderEnSeance(deliberation(instance), Decision.FAVORABLE);
        ProcessInstance courriels = courriels();

        assertThat(courriels).hasPassed("Gateway_LettresAProduire").isWaitingAt("Task_ProduireLettres");
        assertThat(courriels).variables().containsKey(NotifierAvis.AVIS_NOTIFIE_LE);
        assertThat(documents.liste(dossierId)).isEmpty();

        travaux.executer(travaux.lettres(dossierId).get(0));
        assertThat(courriels).hasPassed("Task_ProduireLettres").isWaitingAt("Task_EnvoyerCourriels");
        assertThat(documents.liste(dossierId)).extracting(DocumentView::nom)
                .anyMatch(nom -> nom.startsWith("Lettre au demandeur"));
        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(dossierId)).isEmpty();

        travaux.executer(travaux.courriels(dossierId).get(0));
        assertThat(courriels).hasPassed("Task_EnvoyerCourriels", "EndEvent_Courriels").isEnded();
        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(dossierId)).isNotEmpty();
    }

    @Test
    void letters_already_produced_go_straight_to_their_sending() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere());
        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");
        complete(task(recevabilite), withVariables("complet", false, "piecesManquantes", "Budget de la filière"));
        ProcessInstance courriels = courriels();

        assertThat(courriels).hasPassed("Gateway_LettresAProduire").hasNotPassed("Task_ProduireLettres")
                .isWaitingAt("Task_EnvoyerCourriels");
        assertThat(travaux.lettres(dossierId)).isEmpty();

        travaux.executer(travaux.courriels(dossierId).get(0));
        assertThat(courriels).hasNotPassed("Task_ProduireLettres").hasPassed("EndEvent_Courriels").isEnded();
    }

    private ProcessInstance courriels() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(LancerEnvoiCourriels.PROCESSUS)
                .processInstanceBusinessKey(String.valueOf(dossierId)).singleResult();
    }
}
