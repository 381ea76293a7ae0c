package be.ibefe.avis.admin;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.system.ChampErreur;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Each house rule, with a model built by the fluent builder that breaks exactly that rule. */
class ProcessModelValidatorTest {

    private static final String FORMULAIRE = "Form_AnalyserDossier";

    private final ProcessModelValidator validator = new ProcessModelValidator(
            new ProcessConventions("avis-", "avis-notification", "avis-deliberation",
                    Set.of("avis-deliberation", "avis-notification"),
                    Set.of("SeanceCloturee", "DeliberationSeance")),
            Set.of("evaluerEligibilite", "dossierService")::contains);

    /** The start of a model that follows every rule: an avis process with its settings. */
    private static ProcessBuilder avis() {
        return Bpmn.createExecutableProcess("avis-essai").name("Avis d'essai")
                .camundaHistoryTimeToLive(3650).camundaVersionTag("1.0");
    }

    /** Analyse, a decision on completeness, the eligibility delegate, the shared decision on both branches. */
    private static BpmnModelInstance conforme() {
        return avis()
                .startEvent("StartEvent_Recu")
                .userTask("Task_Analyser").name("Analyser le dossier").camundaCandidateGroups("equipe")
                .camundaFormRef(FORMULAIRE).camundaFormRefBinding("latest")
                .exclusiveGateway("Gateway_Complet").name("Complet ?")
                .condition("Complet", "${complet}")
                .serviceTask("Task_Evaluer").name("Évaluer l'éligibilité")
                .camundaDelegateExpression("${evaluerEligibilite}")
                .callActivity("Call_Decider").name("Décider").calledElement("avis-deliberation")
                .endEvent("EndEvent_Notifie").name("Avis notifié")
                .moveToLastGateway()
                .condition("Incomplet", "${!complet}")
                .connectTo("Call_Decider")
                .done();
    }

    private List<ChampErreur> valider(BpmnModelInstance modele) {
        return validator.valider(modele, FORMULAIRE::equals);
    }

    private static UserTask tache(BpmnModelInstance modele) {
        return modele.getModelElementById("Task_Analyser");
    }

    @Test
    void a_model_that_follows_the_house_rules_passes() {
        assertThat(valider(conforme())).isEmpty();
    }

    @Test
    void process_that_is_not_executable_is_rejected() {
        BpmnModelInstance modele = Bpmn.createProcess("essai").name("Essai").camundaHistoryTimeToLive(30)
                .camundaVersionTag("1.0").startEvent().endEvent().done();

        assertThat(valider(modele)).containsExactly(new ChampErreur("essai",
                "Le processus « Essai » n'est pas exécutable : cochez « Executable » dans le Camunda Modeler."));
    }

    @Test
    void process_without_history_time_to_live_is_rejected() {
        // the builder sets a time-to-live of its own: an administrator's model may have none
        BpmnModelInstance modele = Bpmn.createExecutableProcess("essai").camundaVersionTag("1.0")
                .camundaHistoryTimeToLiveString(null).startEvent().endEvent().done();

        assertThat(valider(modele)).containsExactly(new ChampErreur("essai",
                "Le processus « essai » n'a pas de durée de conservation de l'historique (History time to live)."));
    }

    @Test
    void process_without_version_tag_is_rejected() {
        BpmnModelInstance modele = Bpmn.createExecutableProcess("essai").camundaHistoryTimeToLive(30)
                .startEvent().endEvent().done();

        assertThat(valider(modele)).containsExactly(new ChampErreur("essai",
                "Le processus « essai » n'a pas de version tag : donnez-lui un numéro de version (ex. 1.1)."));
    }

    @Test
    void user_task_without_candidate_group_is_rejected() {
        BpmnModelInstance modele = conforme();
        tache(modele).setCamundaCandidateGroups(null);

        assertThat(valider(modele)).containsExactly(new ChampErreur("Task_Analyser", "La tâche « Analyser le "
                + "dossier » n'est proposée à personne : indiquez un groupe candidat (Candidate groups) ou un "
                + "responsable (Assignee)."));
    }

    @Test
    void user_task_with_an_assignee_expression_needs_no_candidate_group() {
        BpmnModelInstance modele = conforme();
        tache(modele).setCamundaCandidateGroups(null);
        tache(modele).setCamundaAssignee("${analyste}");

        assertThat(valider(modele)).isEmpty();
    }

    @Test
    void user_task_without_form_is_rejected() {
        BpmnModelInstance modele = conforme();
        tache(modele).setCamundaFormRef(null);

        assertThat(valider(modele)).containsExactly(new ChampErreur("Task_Analyser", "La tâche « Analyser le "
                + "dossier » n'a pas de formulaire : liez-lui un formulaire Camunda (camunda:formRef)."));
    }

    @Test
    void user_task_whose_form_does_not_exist_is_rejected() {
        BpmnModelInstance modele = conforme();
        tache(modele).setCamundaFormRef("Form_Inconnu");

        assertThat(valider(modele)).containsExactly(new ChampErreur("Task_Analyser", "Le formulaire "
                + "« Form_Inconnu » de la tâche « Analyser le dossier » n'existe pas : il n'est ni déployé ni joint "
                + "au dépôt."));
    }

    @Test
    void form_bound_to_its_deployment_is_rejected() {
        BpmnModelInstance modele = conforme();
        tache(modele).setCamundaFormRefBinding("deployment");

        assertThat(valider(modele)).containsExactly(new ChampErreur("Task_Analyser", "Le formulaire de la tâche "
                + "« Analyser le dossier » doit être lié à sa dernière version (camunda:formRefBinding=\"latest\")."));
    }

    @Test
    void service_task_delegate_that_is_no_bean_of_the_application_is_rejected() {
        BpmnModelInstance modele = conforme();
        modele.<ServiceTask>getModelElementById("Task_Evaluer")
                .setCamundaDelegateExpression("${evaluerEligibiliteCisp}");

        assertThat(valider(modele)).containsExactly(new ChampErreur("Task_Evaluer", "La tâche de service « Évaluer "
                + "l'éligibilité » appelle « evaluerEligibiliteCisp », qui n'existe pas dans l'application."));
    }

    @Test
    void service_task_delegate_expression_must_name_a_bean() {
        BpmnModelInstance modele = conforme();
        modele.<ServiceTask>getModelElementById("Task_Evaluer")
                .setCamundaDelegateExpression("evaluerEligibilite");

        assertThat(valider(modele)).containsExactly(new ChampErreur("Task_Evaluer", "L'expression "
                + "« evaluerEligibilite » de la tâche de service « Évaluer l'éligibilité » doit nommer un bean de "
                + "l'application : ${nomDuBean}."));
    }

    @Test
    void service_task_with_a_java_class_is_rejected() {
        BpmnModelInstance modele = conforme();
        ServiceTask tache = modele.getModelElementById("Task_Evaluer");
        tache.setCamundaDelegateExpression(null);
        tache.setCamundaClass("be.ibefe.avis.rules.EvaluerEligibilite");

        assertThat(valider(modele)).containsExactly(new ChampErreur("Task_Evaluer", "La tâche de service « Évaluer "
                + "l'éligibilité » a l'attribut « camunda:class », que ce moteur n'accepte pas : un modèle n'appelle "
                + "que les beans de l'application (camunda:delegateExpression=\"${nomDuBean}\"), jamais une classe "
                + "Java, un script ou une tâche externe."), new ChampErreur("Task_Evaluer", "La tâche de service "
                + "« Évaluer l'éligibilité » doit appeler un bean de l'application : "
                + "camunda:delegateExpression=\"${nomDuBean}\"."));
    }

    @Test
    void service_task_expression_is_checked_on_the_bean_it_starts_with() {
        BpmnModelInstance connu = conforme();
        ServiceTask tache = connu.getModelElementById("Task_Evaluer");
        tache.setCamundaDelegateExpression(null);
        tache.setCamundaExpression("${dossierService.evaluer(execution)}");
        BpmnModelInstance inconnu = conforme();
        ServiceTask autre = inconnu.getModelElementById("Task_Evaluer");
        autre.setCamundaDelegateExpression(null);
        autre.setCamundaExpression("${dossiers.evaluer(execution)}");

        assertThat(valider(connu)).isEmpty();
        assertThat(valider(inconnu)).containsExactly(new ChampErreur("Task_Evaluer", "L'expression "
                + "« ${dossiers.evaluer(execution)} » de la tâche de service « Évaluer l'éligibilité » n'est pas "
                + "permise : « dossiers » n'est pas un bean de l'application : seuls ses beans ont des méthodes qu'un "
                + "modèle peut appeler. Un modèle n'appelle que les beans de l'application (${nomDuBean}, "
                + "${nomDuBean.methode(execution)}) et combine des variables du processus."));
    }

    @Test
    void avis_end_reached_without_the_decision_process_is_rejected() {
        BpmnModelInstance modele = avis()
                .startEvent("StartEvent_Recu")
                .exclusiveGateway("Gateway_Competent").name("Compétente ?")
                .condition("Oui", "${competent}")
                .callActivity("Call_Decider").calledElement("avis-deliberation")
                .endEvent("EndEvent_Notifie")
                .moveToLastGateway()
                .condition("Non", "${!competent}")
                .endEvent("EndEvent_Classe").name("Dossier classé")
                .done();

        assertThat(valider(modele)).containsExactly(new ChampErreur("EndEvent_Classe", "« Dossier classé » termine "
                + "le processus sans passer par la décision : chaque fin d'un processus d'avis doit suivre un appel du "
                + "processus « avis-deliberation », qui délibère, notifie et soumet l'avis à l'Instance plénière."));
    }

    @Test
    void avis_process_that_notifies_by_itself_skips_the_pleniere_and_is_rejected() {
        BpmnModelInstance modele = avis()
                .startEvent("StartEvent_Recu")
                .callActivity("Call_Notifier").calledElement("avis-notification")
                .endEvent("EndEvent_Notifie")
                .done();

        assertThat(valider(modele)).extracting(ChampErreur::champ).containsExactly("EndEvent_Notifie");
    }

    @Test
    void decision_process_end_reached_after_a_seance_without_notification_is_rejected() {
        BpmnModelInstance modele = Bpmn.createExecutableProcess("avis-deliberation").camundaHistoryTimeToLive(3650)
                .camundaVersionTag("4.0")
                .startEvent("StartEvent_Deliberation")
                .receiveTask("Task_AttendreSeance").message("DeliberationSeance")
                .exclusiveGateway("Gateway_Pleniere").name("Soumis à l'Instance plénière ?")
                .condition("Bureau", "${organe == 'BUREAU'}")
                .callActivity("Call_Notifier").calledElement("avis-notification")
                .endEvent("EndEvent_Notifie")
                .moveToLastGateway()
                .condition("Autre", "${organe != 'BUREAU'}")
                .endEvent("EndEvent_Decide").name("Dossier décidé")
                .done();

        assertThat(valider(modele)).containsExactly(new ChampErreur("EndEvent_Decide", "« Dossier décidé » termine "
                + "le processus sans passer par la notification : chaque décision d'une séance doit être notifiée par "
                + "un appel du processus « avis-notification » avant la fin du processus de décision."));
    }

    @Test
    void decision_process_may_resume_a_dossier_notified_by_an_earlier_model_at_the_pleniere() {
        BpmnModelInstance modele = Bpmn.createExecutableProcess("avis-deliberation").camundaHistoryTimeToLive(3650)
                .camundaVersionTag("4.0")
                .startEvent("StartEvent_Deliberation")
                .exclusiveGateway("Gateway_DejaDecide")
                .condition("Reprise", "${reprise == 'PLENIERE'}")
                .receiveTask("Task_AttendrePleniere").message("SeanceCloturee")
                .endEvent("EndEvent_AvisConfirme")
                .moveToLastGateway()
                .condition("À délibérer", "${reprise != 'PLENIERE'}")
                .receiveTask("Task_AttendreSeance").message("DeliberationSeance")
                .callActivity("Call_Notifier").calledElement("avis-notification")
                .endEvent("EndEvent_Notifie")
                .done();

        assertThat(valider(modele)).isEmpty();
    }

    @Test
    void a_task_without_outgoing_flow_ends_the_process_too() {
        BpmnModelInstance modele = avis()
                .startEvent("StartEvent_Recu")
                .parallelGateway("Gateway_Fourche")
                .callActivity("Call_Decider").calledElement("avis-deliberation")
                .endEvent("EndEvent_Notifie")
                .moveToLastGateway()
                .manualTask("Task_Archiver")
                .done();

        assertThat(valider(modele)).extracting(ChampErreur::champ).containsExactly("Task_Archiver");
    }

    @Test
    void notification_inside_an_embedded_subprocess_covers_the_ends_after_it() {
        BpmnModelInstance modele = avis()
                .startEvent("StartEvent_Recu")
                .subProcess("SubProcess_Cloture").embeddedSubProcess()
                .startEvent("StartEvent_Cloture")
                .callActivity("Call_Decider").calledElement("avis-deliberation")
                .endEvent("EndEvent_Cloture")
                .subProcessDone()
                .endEvent("EndEvent_Clos")
                .done();

        assertThat(valider(modele)).isEmpty();
    }

    @Test
    void interrupting_boundary_event_that_skips_notification_is_rejected() {
        BpmnModelInstance modele = conforme();
        modele.<UserTask>getModelElementById("Task_Analyser").builder()
                .boundaryEvent("Event_DelaiDepasse").cancelActivity(true).timerWithDuration("P60D")
                .endEvent("EndEvent_Abandon");

        assertThat(valider(modele)).extracting(ChampErreur::champ).containsExactly("EndEvent_Abandon");
    }

    @Test
    void non_interrupting_boundary_event_may_end_its_own_path_without_notification() {
        BpmnModelInstance modele = conforme();
        modele.<UserTask>getModelElementById("Task_Analyser").builder()
                .boundaryEvent("Event_Rappel").cancelActivity(false).timerWithDuration("P14D")
                .endEvent("EndEvent_RappelEnvoye");

        assertThat(valider(modele)).isEmpty();
    }

    @Test
    void interrupting_event_subprocess_that_skips_notification_is_rejected() {
        BpmnModelInstance modele = conforme();
        modele.<Process>getModelElementById("avis-essai").builder()
                .eventSubProcess("SubProcess_Retrait")
                .startEvent("StartEvent_Retrait").message("SeanceCloturee")
                .endEvent("EndEvent_Retire");

        assertThat(valider(modele)).extracting(ChampErreur::champ).containsExactly("EndEvent_Retire");
    }

    @Test
    void shared_subprocesses_need_not_call_notification() {
        BpmnModelInstance modele = Bpmn.createExecutableProcess("avis-notification").camundaHistoryTimeToLive(3650)
                .camundaVersionTag("1.0").startEvent().endEvent("EndEvent_Notifie").done();

        assertThat(valider(modele)).isEmpty();
    }

    @Test
    void gateway_with_an_unconditioned_flow_and_no_default_is_rejected() {
        BpmnModelInstance modele = avis()
                .startEvent("StartEvent_Recu")
                .exclusiveGateway("Gateway_Complet").name("Complet ?")
                .condition("Complet", "${complet}")
                .callActivity("Call_Decider").calledElement("avis-deliberation")
                .endEvent("EndEvent_Notifie")
                .moveToLastGateway()
                .sequenceFlowId("Flow_Incomplet")
                .connectTo("Call_Decider")
                .done();

        assertThat(valider(modele)).containsExactly(new ChampErreur("Gateway_Complet", "La passerelle « Complet ? » "
                + "a des flux sortants sans condition (Flow_Incomplet) : donnez une condition à chacun ou faites de "
                + "l'un d'eux le flux par défaut."));
    }

    @Test
    void gateway_whose_unconditioned_flow_is_the_default_passes() {
        BpmnModelInstance modele = avis()
                .startEvent("StartEvent_Recu")
                .exclusiveGateway("Gateway_Complet")
                .condition("Complet", "${complet}")
                .callActivity("Call_Decider").calledElement("avis-deliberation")
                .endEvent("EndEvent_Notifie")
                .moveToLastGateway()
                .sequenceFlowId("Flow_Incomplet")
                .connectTo("Call_Decider")
                .done();
        modele.<ExclusiveGateway>getModelElementById("Gateway_Complet")
                .setDefault(modele.getModelElementById("Flow_Incomplet"));

        assertThat(valider(modele)).isEmpty();
    }

    @Test
    void message_unknown_to_the_application_is_rejected() {
        BpmnModelInstance modele = avis()
                .startEvent("StartEvent_Recu")
                .intermediateCatchEvent("Event_Seance").name("Séance clôturée").message("SeanceCloturee")
                .intermediateCatchEvent("Event_Recours").name("Recours introduit").message("RecoursIntroduit")
                .callActivity("Call_Decider").calledElement("avis-deliberation")
                .endEvent("EndEvent_Notifie")
                .done();

        assertThat(valider(modele)).containsExactly(new ChampErreur("Event_Recours", "Le message "
                + "« RecoursIntroduit » attendu par « Recours introduit » n'est pas connu de l'application (messages "
                + "connus : DeliberationSeance, SeanceCloturee)."));
    }

    @Test
    void receive_task_waits_for_a_known_message_only() {
        BpmnModelInstance modele = avis()
                .startEvent("StartEvent_Recu")
                .receiveTask("Task_AttendreAvis").name("Attendre l'avis").message("AvisRecu")
                .callActivity("Call_Decider").calledElement("avis-deliberation")
                .endEvent("EndEvent_Notifie")
                .done();

        assertThat(valider(modele)).extracting(ChampErreur::champ).containsExactly("Task_AttendreAvis");
    }

    @Test
    void every_violation_of_a_model_is_reported_at_once() {
        BpmnModelInstance modele = conforme();
        tache(modele).setCamundaCandidateGroups(null);
        tache(modele).setCamundaFormRef("Form_Inconnu");
        modele.<Process>getModelElementById("avis-essai")
                .setCamundaVersionTag(null);

        assertThat(valider(modele)).extracting(ChampErreur::champ)
                .containsExactly("avis-essai", "Task_Analyser", "Task_Analyser");
    }
}
