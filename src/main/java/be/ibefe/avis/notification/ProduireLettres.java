package be.ibefe.avis.notification;

import be.ibefe.avis.lifecycle.ProcessDossier;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asynchronous step of avis-courriels: renders the letters of the notified avis and keeps them with the dossier, in
 * a transaction of its own that commits before the e-mail step runs. A letter that fails to render makes the job
 * fail: the engine retries it, then raises an incident, as for a mail server that fails. An avis withdrawn or
 * replaced since its notification gets no letter (and so no e-mail): the history says so.
 */
@Component("produireLettres")
class ProduireLettres implements JavaDelegate {

    private final Notifications notifications;

    ProduireLettres(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.produire(ProcessDossier.dossierId(execution),
                Instant.parse(ProcessDossier.texte(execution, NotifierAvis.AVIS_NOTIFIE_LE))).ifPresent(lettres -> {
                    execution.setVariable(NotifierAvis.LETTRE_DEMANDEUR, lettres.demandeur());
                    execution.setVariable(NotifierAvis.LETTRE_ADMINISTRATION, lettres.administration());
                });
    }
}
