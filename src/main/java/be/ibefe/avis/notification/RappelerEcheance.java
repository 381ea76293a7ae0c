package be.ibefe.avis.notification;

import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Timer before a task's due date: reminds whoever holds it (input parameter {@code tache}: the task's key). */
@Component("rappelerEcheance")
class RappelerEcheance implements JavaDelegate {

    private final Alertes alertes;
    private final TaskService taskService;

    RappelerEcheance(Alertes alertes, TaskService taskService) {
        this.alertes = alertes;
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Task tache = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(ProcessDossier.texte(execution, "tache")).singleResult();
        if (tache != null) {
            alertes.rappelerTache(ProcessDossier.dossierId(execution), tache);
        }
    }
}
