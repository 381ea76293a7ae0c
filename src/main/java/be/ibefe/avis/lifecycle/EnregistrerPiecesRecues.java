package be.ibefe.avis.lifecycle;

import be.ibefe.avis.dossier.DossierService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The missing pieces arrived: the dossier goes back to the recevabilité check. */
@Component("enregistrerPiecesRecues")
class EnregistrerPiecesRecues implements JavaDelegate {

    private final DossierService dossiers;

    EnregistrerPiecesRecues(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dossiers.enregistrerPiecesRecues(ProcessDossier.dossierId(execution),
                ProcessDossier.texte(execution, "piecesRecues"));
    }
}
