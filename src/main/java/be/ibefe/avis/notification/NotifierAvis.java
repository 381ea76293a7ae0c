package be.ibefe.avis.notification;

import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Notifies the dossier; its letters are produced afterwards, in the e-mail process ({@link ProduireLettres}), which
 * finds the notification's moment in {@link #AVIS_NOTIFIE_LE}.
 */
@Component("notifierAvis")
class NotifierAvis implements JavaDelegate {

    /** Ids of the letters produced, set by {@link ProduireLettres} (and by earlier versions of this step). */
    static final String LETTRE_DEMANDEUR = "lettreDemandeur";
    static final String LETTRE_ADMINISTRATION = "lettreAdministration";
    /** When the avis was notified (ISO-8601 instant): its letters are produced only if it still stands. */
    static final String AVIS_NOTIFIE_LE = "avisNotifieLe";

    private final Notifications notifications;

    NotifierAvis(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariableLocal(AVIS_NOTIFIE_LE,
                notifications.notifier(ProcessDossier.dossierId(execution)).toString());
    }
}
