package be.ibefe.avis.dossier;

import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.Libelles;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * A field of the type-specific {@code donnees} of a request: its JSON name, its French label, whether it is required,
 * and how a value is checked. Each kind reports its own French messages.
 */
public sealed interface ChampDonnees {

    String nom();

    String libelle();

    boolean obligatoire();

    /** Checks a present, non-null value; {@code chemin} is the JSON path used in the error. */
    void verifier(JsonNode valeur, String chemin, List<ChampErreur> erreurs);

    record Texte(String nom, String libelle, boolean obligatoire, int longueurMax) implements ChampDonnees {

        @Override
        public void verifier(JsonNode valeur, String chemin, List<ChampErreur> erreurs) {
            if (!valeur.isTextual()) {
                erreurs.add(new ChampErreur(chemin, "« %s » doit être un texte.".formatted(libelle)));
            } else if (valeur.textValue().isBlank()) {
                erreurs.add(new ChampErreur(chemin, "« %s » ne peut être vide.".formatted(libelle)));
            } else if (valeur.textValue().length() > longueurMax) {
                erreurs.add(new ChampErreur(chemin,
                        "« %s » ne peut dépasser %s caractères.".formatted(libelle, Libelles.nombre(longueurMax))));
            }
        }
    }

    record Code(String nom, String libelle, boolean obligatoire, List<String> codes) implements ChampDonnees {

        @Override
        public void verifier(JsonNode valeur, String chemin, List<ChampErreur> erreurs) {
            if (!valeur.isTextual() || !codes.contains(valeur.textValue())) {
                erreurs.add(new ChampErreur(chemin, "Valeur « %s » inconnue pour « %s ». Valeurs admises : %s."
                        .formatted(valeur.isTextual() ? valeur.textValue() : valeur.toString(), libelle,
                                String.join(", ", codes))));
            }
        }
    }

    /** A list of codes, each known, none twice. */
    record Codes(String nom, String libelle, boolean obligatoire, List<String> codes) implements ChampDonnees {

        @Override
        public void verifier(JsonNode valeur, String chemin, List<ChampErreur> erreurs) {
            if (!valeur.isArray() || valeur.isEmpty()) {
                erreurs.add(new ChampErreur(chemin,
                        "« %s » doit être une liste d'au moins un code parmi : %s.".formatted(libelle,
                                String.join(", ", codes))));
                return;
            }
            Code code = new Code(nom, libelle, true, codes);
            for (int i = 0; i < valeur.size(); i++) {
                code.verifier(valeur.get(i), chemin + "[" + i + "]", erreurs);
                for (int j = 0; j < i; j++) {
                    if (valeur.get(i).equals(valeur.get(j))) {
                        erreurs.add(new ChampErreur(chemin + "[" + i + "]",
                                "« %s » cite deux fois %s.".formatted(libelle, valeur.get(i))));
                    }
                }
            }
        }
    }

    record Entier(String nom, String libelle, boolean obligatoire, long min, long max) implements ChampDonnees {

        @Override
        public void verifier(JsonNode valeur, String chemin, List<ChampErreur> erreurs) {
            if (!valeur.isIntegralNumber()) {
                erreurs.add(new ChampErreur(chemin, "« %s » doit être un nombre entier.".formatted(libelle)));
            } else if (!valeur.canConvertToLong() || valeur.longValue() < min || valeur.longValue() > max) {
                // a number without an upper bound of its own (a n°) is not given the largest long as one
                erreurs.add(new ChampErreur(chemin, max == Long.MAX_VALUE
                        ? "« %s » doit être un nombre entier d'au moins %s.".formatted(libelle, Libelles.nombre(min))
                        : "« %s » doit être compris entre %s et %s.".formatted(libelle, Libelles.nombre(min),
                                Libelles.nombre(max))));
            }
        }
    }

    /** An amount in euros: a decimal number with at most two decimals. */
    record Montant(String nom, String libelle, boolean obligatoire, BigDecimal max) implements ChampDonnees {

        @Override
        public void verifier(JsonNode valeur, String chemin, List<ChampErreur> erreurs) {
            if (!valeur.isNumber()) {
                erreurs.add(new ChampErreur(chemin, "« %s » doit être un montant en euros (nombre).".formatted(libelle)));
                return;
            }
            BigDecimal montant = valeur.decimalValue();
            if (montant.signum() < 0) {
                erreurs.add(new ChampErreur(chemin, "« %s » ne peut être négatif.".formatted(libelle)));
            } else if (montant.compareTo(max) > 0) {
                erreurs.add(new ChampErreur(chemin,
                        "« %s » ne peut dépasser %s euros.".formatted(libelle, Libelles.nombre(max))));
            } else if (montant.stripTrailingZeros().scale() > 2) {
                erreurs.add(new ChampErreur(chemin, "« %s » a au plus deux décimales.".formatted(libelle)));
            }
        }
    }

    record Booleen(String nom, String libelle, boolean obligatoire) implements ChampDonnees {

        @Override
        public void verifier(JsonNode valeur, String chemin, List<ChampErreur> erreurs) {
            if (!valeur.isBoolean()) {
                erreurs.add(new ChampErreur(chemin, "« %s » doit valoir true ou false.".formatted(libelle)));
            }
        }
    }

    /** A list of short texts. */
    record Textes(String nom, String libelle, boolean obligatoire, int maxElements, int longueurMax)
            implements ChampDonnees {

        @Override
        public void verifier(JsonNode valeur, String chemin, List<ChampErreur> erreurs) {
            if (!valeur.isArray() || valeur.size() > maxElements) {
                erreurs.add(new ChampErreur(chemin,
                        "« %s » doit être une liste d'au plus %d textes.".formatted(libelle, maxElements)));
                return;
            }
            Texte texte = new Texte(nom, libelle, true, longueurMax);
            for (int i = 0; i < valeur.size(); i++) {
                texte.verifier(valeur.get(i), chemin + "[" + i + "]", erreurs);
            }
        }
    }

    record Objet(String nom, String libelle, boolean obligatoire, List<ChampDonnees> champs) implements ChampDonnees {

        @Override
        public void verifier(JsonNode valeur, String chemin, List<ChampErreur> erreurs) {
            if (!valeur.isObject()) {
                erreurs.add(new ChampErreur(chemin, "« %s » doit être un objet JSON.".formatted(libelle)));
                return;
            }
            verifierChamps(champs, valeur, chemin, erreurs);
        }
    }

    /** A list of objects of the same shape. */
    record Liste(String nom, String libelle, boolean obligatoire, int minElements, int maxElements,
            List<ChampDonnees> champs) implements ChampDonnees {

        @Override
        public void verifier(JsonNode valeur, String chemin, List<ChampErreur> erreurs) {
            if (!valeur.isArray() || valeur.size() < minElements || valeur.size() > maxElements) {
                erreurs.add(new ChampErreur(chemin, "« %s » doit être une liste de %d à %d éléments."
                        .formatted(libelle, minElements, maxElements)));
                return;
            }
            Objet element = new Objet(nom, libelle, true, champs);
            for (int i = 0; i < valeur.size(); i++) {
                element.verifier(valeur.get(i), chemin + "[" + i + "]", erreurs);
            }
        }
    }

    /** Required fields present, present fields valid. Fields not described are kept as they are. */
    static void verifierChamps(List<ChampDonnees> champs, JsonNode objet, String chemin, List<ChampErreur> erreurs) {
        for (ChampDonnees champ : champs) {
            JsonNode valeur = objet.get(champ.nom());
            String cheminChamp = chemin + "." + champ.nom();
            if (valeur == null || valeur.isNull()) {
                if (champ.obligatoire()) {
                    erreurs.add(new ChampErreur(cheminChamp, "« %s » est obligatoire.".formatted(champ.libelle())));
                }
            } else {
                champ.verifier(valeur, cheminChamp, erreurs);
            }
        }
    }
}
