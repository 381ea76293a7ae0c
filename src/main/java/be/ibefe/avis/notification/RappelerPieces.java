package be.ibefe.avis.notification;

import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("rappelerPieces")
class RappelerPieces implements JavaDelegate {

    private final Alertes alertes;

    RappelerPieces(Alertes alertes) {
        this.alertes = alertes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        alertes.rappelerPieces(ProcessDossier.dossierId(execution));
    }
}
