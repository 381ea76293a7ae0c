package be.ibefe.avis.notification;

import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The Instance plénière refused to ratify or validate the decision: the avis is withdrawn in writing from everyone who
 * received it, and the dossier is deliberated again. What the plénière refused, and why, is read from its séance.
 */
@Component("rouvrirDossier")
class RouvrirDossier implements JavaDelegate {

    private final RetraitsAvis retraits;

    RouvrirDossier(RetraitsAvis retraits) {
        this.retraits = retraits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        retraits.retirer(ProcessDossier.dossierId(execution));
    }
}
