package be.ibefe.avis.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A field in error and what is wrong with it, in French. {@code champ} is the JSON path, e.g. {@code demandeur.nom}. */
public record ChampErreur(String champ, String message) {

    /**
     * The messages a page shows beside its fields, keyed by {@code prefixe} and the field's path; an element of a
     * list ({@code equipementsExistants[2]}) is shown under its list, and two messages on one field are joined.
     */
    public static Map<String, String> parChamp(String prefixe, List<ChampErreur> erreurs) {
        Map<String, String> parChamp = new LinkedHashMap<>();
        for (ChampErreur erreur : erreurs) {
            parChamp.merge(prefixe + erreur.champ().replaceFirst("\\[\\d+]$", ""), erreur.message(),
                    (a, b) -> a + " " + b);
        }
        return parChamp;
    }
}
