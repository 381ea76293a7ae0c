package be.ibefe.avis.dossier;

import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import java.util.ArrayList;
import java.util.List;

/** An analyst's override of a criterion's result, as the API and the task page receive it. */
public record Derogation(ResultatCritere resultat, String motivation) {

    static final int LONGUEUR_MAX = 4000;

    void verifier() {
        List<ChampErreur> erreurs = new ArrayList<>();
        if (resultat == null) {
            erreurs.add(new ChampErreur("resultat", "Le résultat retenu (OK, KO ou A_VERIFIER) est obligatoire."));
        }
        if (motivation == null || motivation.isBlank()) {
            erreurs.add(new ChampErreur("motivation", "La motivation de la dérogation est obligatoire."));
        } else if (motivation.length() > LONGUEUR_MAX) {
            erreurs.add(new ChampErreur("motivation",
                    "La motivation ne peut dépasser %s caractères.".formatted(Libelles.nombre(LONGUEUR_MAX))));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
    }
}
