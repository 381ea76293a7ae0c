package be.ibefe.avis.notification;

import be.ibefe.avis.lifecycle.ProcessDossier;
import java.time.LocalDate;
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
    private final DemandesPieces demandesPieces;
    private final RetraitsAvis retraits;

    EnvoyerCourriels(Notifications notifications, DemandesPieces demandesPieces, RetraitsAvis retraits) {
        this.notifications = notifications;
        this.demandesPieces = demandesPieces;
        this.retraits = retraits;
    }

    /**
     * The e-mails of a notification (whose letters {@link ProduireLettres} produced and kept just before, or none
     * if its avis no longer stands), the request for missing pieces ({@link DemanderPieces}), or one letter of
     * withdrawal of an avis ({@link RetraitsAvis}).
     */
    @Override
    public void execute(DelegateExecution execution) {
        Number retrait = (Number) execution.getVariable(RetraitsAvis.LETTRE_RETRAIT);
        if (retrait != null) {
            retraits.envoyer(ProcessDossier.dossierId(execution), retrait.longValue(),
                    ProcessDossier.texte(execution, RetraitsAvis.DESTINATAIRE_RETRAIT));
            return;
        }
        Number demandePieces = (Number) execution.getVariable(DemanderPieces.LETTRE_DEMANDE_PIECES);
        if (demandePieces != null) {
            demandesPieces.envoyer(ProcessDossier.dossierId(execution), demandePieces.longValue(),
                    LocalDate.parse(ProcessDossier.texte(execution, ProcessDossier.PIECES_ATTENDUES_LE)));
            return;
        }
        Number demandeur = (Number) execution.getVariable(NotifierAvis.LETTRE_DEMANDEUR);
        if (demandeur == null && execution.hasVariable(NotifierAvis.AVIS_NOTIFIE_LE)) {
            // the avis was withdrawn or replaced before its letters were produced: ProduireLettres recorded it
            return;
        }
        Number administration = (Number) execution.getVariable(NotifierAvis.LETTRE_ADMINISTRATION);
        notifications.envoyer(ProcessDossier.dossierId(execution), new Notifications.Lettres(
                demandeur.longValue(),
                administration == null ? null : administration.longValue()));
    }
}
