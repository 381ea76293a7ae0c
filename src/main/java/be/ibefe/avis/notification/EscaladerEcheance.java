package be.ibefe.avis.notification;

import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Timer at a due date: the coordination is alerted and the dossier shows the escalation. */
@Component("escaladerEcheance")
class EscaladerEcheance implements JavaDelegate {

    private final Alertes alertes;

    EscaladerEcheance(Alertes alertes) {
        this.alertes = alertes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cle = ProcessDossier.texte(execution, "tache");
        String etape = execution.getBpmnModelInstance().getModelElementById(cle).getAttributeValue("name");
        alertes.escalader(ProcessDossier.dossierId(execution), etape, execution.getProcessInstanceId() + ":" + cle);
    }
}
