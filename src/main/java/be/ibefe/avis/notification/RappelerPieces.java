package be.ibefe.avis.notification;

import be.ibefe.avis.lifecycle.Echeances;
import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Timer some days after the request: the applicant is reminded of the missing pieces and of the day they are due. */
@Component("rappelerPieces")
class RappelerPieces implements JavaDelegate {

    private final Alertes alertes;
    private final Echeances echeances;

    RappelerPieces(Alertes alertes, Echeances echeances) {
        this.alertes = alertes;
        this.echeances = echeances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        alertes.rappelerPieces(ProcessDossier.dossierId(execution), "pieces-" + execution.getActivityInstanceId(),
                echeances.delaiPieces(ProcessDossier.texte(execution, ProcessDossier.PIECES_ATTENDUES_LE)));
    }
}
