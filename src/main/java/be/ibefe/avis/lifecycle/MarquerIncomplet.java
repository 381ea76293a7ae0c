package be.ibefe.avis.lifecycle;

import be.ibefe.avis.dossier.DossierService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Recevabilité said no: the dossier waits for the pieces named in {@code piecesManquantes}. */
@Component("marquerIncomplet")
class MarquerIncomplet implements JavaDelegate {

    private final DossierService dossiers;

    MarquerIncomplet(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dossiers.marquerIncomplet(ProcessDossier.dossierId(execution),
                ProcessDossier.texte(execution, "piecesManquantes"));
    }
}
