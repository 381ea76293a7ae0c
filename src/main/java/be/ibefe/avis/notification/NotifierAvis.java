package be.ibefe.avis.notification;

import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Produces the letters and notifies the dossier; the e-mail step finds the letters in the variables. */
@Component("notifierAvis")
class NotifierAvis implements JavaDelegate {

    static final String LETTRE_DEMANDEUR = "lettreDemandeur";
    static final String LETTRE_ADMINISTRATION = "lettreAdministration";

    private final Notifications notifications;

    NotifierAvis(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Notifications.Lettres lettres = notifications.notifier(ProcessDossier.dossierId(execution));
        execution.setVariableLocal(LETTRE_DEMANDEUR, lettres.demandeur());
        execution.setVariableLocal(LETTRE_ADMINISTRATION, lettres.administration());
    }
}
