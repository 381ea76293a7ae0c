package be.ibefe.avis.admin;

import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Two versions of a small process that follows the house rules, as an administrator would upload them. */
final class ModelesEssai {

    private ModelesEssai() {
    }

    /** Check the request, have it completed, end. */
    static BpmnModelInstance version1(String cle) {
        return Bpmn.createExecutableProcess(cle).name("Essai").camundaHistoryTimeToLive(30).camundaVersionTag("1.0")
                .startEvent("StartEvent_Recu")
                .userTask("Task_Verifier").name("Vérifier").camundaCandidateGroups("equipe")
                .camundaFormRef("Form_VerifierRecevabilite").camundaFormRefBinding("latest")
                .userTask("Task_Completer").name("Compléter le dossier").camundaCandidateGroups("equipe")
                .camundaFormRef("Form_ReceptionnerPieces").camundaFormRefBinding("latest")
                .endEvent("EndEvent_Fin")
                .done();
    }

    /** The check is renamed, completing is gone, an analysis follows. */
    static BpmnModelInstance version2(String cle) {
        return Bpmn.createExecutableProcess(cle).name("Essai").camundaHistoryTimeToLive(30).camundaVersionTag("2.0")
                .startEvent("StartEvent_Recu")
                .userTask("Task_Verifier").name("Vérifier la recevabilité").camundaCandidateGroups("equipe")
                .camundaFormRef("Form_VerifierRecevabilite").camundaFormRefBinding("latest")
                .userTask("Task_Analyser").name("Analyser le dossier").camundaCandidateGroups("equipe")
                .camundaFormRef("Form_AnalyserDossier").camundaFormRefBinding("latest")
                .endEvent("EndEvent_Fin")
                .done();
    }

    static Map<String, String> fichier(String cle, BpmnModelInstance modele) {
        return Map.of(cle + ".bpmn", Bpmn.convertToString(modele));
    }
}
