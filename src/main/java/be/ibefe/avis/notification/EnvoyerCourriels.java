package be.ibefe.avis.notification;

import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asynchronous step: a mail server that fails makes the job fail; the engine retries it and, once the retries are
 * spent, raises an incident an administrator sees in Cockpit and can retry. Nothing is lost meanwhile.
 */
@Component("envoyerCourriels")
class EnvoyerCourriels implements JavaDelegate {

    private final Notifications notifications;

    EnvoyerCourriels(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number administration = (Number) execution.getVariable(NotifierAvis.LETTRE_ADMINISTRATION);
        notifications.envoyer(ProcessDossier.dossierId(execution), new Notifications.Lettres(
                ((Number) execution.getVariable(NotifierAvis.LETTRE_DEMANDEUR)).longValue(),
                administration == null ? null : administration.longValue()));
    }
}
