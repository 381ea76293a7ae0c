package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The dossier now waits for a séance of the chambre given by the model ({@code chambre}), named in its history as
 * the dossier's bassin names it; or, with {@code chambre} POLE, for the avis of the pôle de synergies it names.
 */
@Component("preparerDeliberation")
class PreparerDeliberation implements JavaDelegate {

    private final DossierService dossiers;
    private final TransitionsDuDossier transitions;
    private final IdentitesBassins identites;

    PreparerDeliberation(DossierService dossiers, TransitionsDuDossier transitions, IdentitesBassins identites) {
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.identites = identites;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String deliberante = ProcessDossier.texte(execution, "chambre");
        long dossierId = ProcessDossier.dossierId(execution);
        if (MessagesDeliberation.ORGANE_POLE.equals(deliberante)) {
            transitions.attendreAvisDuPole(dossierId, dossiers.charger(dossierId).getDonnees().path("pole").asText());
            return;
        }
        Chambre chambre = Chambre.valueOf(deliberante);
        transitions.attendreSeance(dossierId, chambre,
                identites.noms(dossiers.charger(dossierId).getBassin()).libelle(chambre));
    }
}
