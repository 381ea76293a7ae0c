package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The Instance plénière did not ratify the urgent decision: the dossier is deliberated again. */
@Component("rouvrirDossier")
class RouvrirDossier implements JavaDelegate {

    private final DossierService dossiers;

    RouvrirDossier(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dossiers.rouvrir(ProcessDossier.dossierId(execution), ProcessDossier.texte(execution, "motifRatification"));
    }
}
