package be.ibefe.avis.dossier;

import be.ibefe.avis.system.ChampErreur;
import java.util.List;

/**
 * A check of a request's {@code donnees} against what another capability holds (a pôle de synergies the request
 * designates, for instance), once the request's bassin is known. The capability implements it: the dossier does not
 * depend on it.
 */
public interface ControleDesDonnees {

    /** Adds to {@code erreurs} what the request, registered in {@code bassin}, designates wrongly. */
    void verifier(String bassin, NouveauDossier demande, List<ChampErreur> erreurs);
}
