package be.ibefe.avis.notification;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the avis-courriels process for the avis just notified: it produces the letters, then sends them; a letter
 * that fails to render or a mail server that is down then delays the letters and e-mails, not the dossier (whose
 * process goes on, e.g. to wait for a ratification).
 */
@Component("lancerEnvoiCourriels")
class LancerEnvoiCourriels implements JavaDelegate {

    static final String PROCESSUS = "avis-courriels";

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(PROCESSUS,
                execution.getProcessBusinessKey(), Map.of(NotifierAvis.AVIS_NOTIFIE_LE,
                        execution.getVariable(NotifierAvis.AVIS_NOTIFIE_LE)));
    }
}
