package be.ibefe.avis.notification;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the avis-courriels process for the letters just produced: a mail server that is down then delays the
 * e-mails, not the dossier (whose process goes on, e.g. to wait for a ratification).
 */
@Component("lancerEnvoiCourriels")
class LancerEnvoiCourriels implements JavaDelegate {

    static final String PROCESSUS = "avis-courriels";

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> lettres = new HashMap<>();
        lettres.put(NotifierAvis.LETTRE_DEMANDEUR, execution.getVariable(NotifierAvis.LETTRE_DEMANDEUR));
        lettres.put(NotifierAvis.LETTRE_ADMINISTRATION, execution.getVariable(NotifierAvis.LETTRE_ADMINISTRATION));
        execution.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(PROCESSUS, execution.getProcessBusinessKey(), lettres);
    }
}
