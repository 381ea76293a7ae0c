package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.Chambre;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The dossier now waits for a séance of the chambre given by the model ({@code chambre}). */
@Component("preparerDeliberation")
class PreparerDeliberation implements JavaDelegate {

    private final DossierService dossiers;
    private final LibellesChambres libelles;

    PreparerDeliberation(DossierService dossiers, LibellesChambres libelles) {
        this.dossiers = dossiers;
        this.libelles = libelles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Chambre chambre = Chambre.valueOf(ProcessDossier.texte(execution, "chambre"));
        dossiers.attendreSeance(ProcessDossier.dossierId(execution), chambre, libelles.libelle(chambre));
    }
}
