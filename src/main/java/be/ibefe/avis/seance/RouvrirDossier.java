package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * « Retirer l'avis »: the Instance plénière refused to ratify (a Bureau decision) or validate (a CSEF avis) the avis;
 * the decision is cleared and the dossier waits for a séance again.
 */
@Component("rouvrirDossier")
class RouvrirDossier implements JavaDelegate {

    private final DossierService dossiers;

    RouvrirDossier(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the process also holds the body whose decision is withdrawn (organe: BUREAU ratified, CSEF validated)
        dossiers.rouvrir(ProcessDossier.dossierId(execution),
                ProcessDossier.texte(execution, MessagesDeliberation.MOTIF_PLENIERE));
    }
}
