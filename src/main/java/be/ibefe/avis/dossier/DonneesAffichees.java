package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.system.Libelles;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The type-specific {@code donnees} of a dossier as lines a person reads: each field under the French label of
 * {@link SchemasDonnees}, lists numbered ("Filières 1 › Heures"), yes/no for booleans, codes by their French label
 * and numbers the French way ({@link Libelles}), « — » for nothing; fields the schema does not describe keep their
 * JSON name.
 */
public final class DonneesAffichees {

    public record Ligne(String libelle, String valeur) {
    }

    private DonneesAffichees() {
    }

    public static List<Ligne> lignes(AvisType type, JsonNode donnees) {
        List<Ligne> lignes = new ArrayList<>();
        if (donnees != null && donnees.isObject()) {
            ajouter(SchemasDonnees.champs(type), donnees, "", lignes);
        }
        return lignes;
    }

    private static void ajouter(List<ChampDonnees> champs, JsonNode objet, String prefixe, List<Ligne> lignes) {
        for (Iterator<Map.Entry<String, JsonNode>> it = objet.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> champ = it.next();
            ChampDonnees schema = champs.stream().filter(c -> c.nom().equals(champ.getKey())).findFirst().orElse(null);
            String libelle = prefixe + (schema == null ? champ.getKey() : schema.libelle());
            JsonNode valeur = champ.getValue();
            if (schema instanceof ChampDonnees.Objet objetSchema && valeur.isObject()) {
                ajouter(objetSchema.champs(), valeur, libelle + " › ", lignes);
            } else if (schema instanceof ChampDonnees.Liste liste && valeur.isArray()) {
                for (int i = 0; i < valeur.size(); i++) {
                    ajouter(liste.champs(), valeur.get(i), libelle + " " + (i + 1) + " › ", lignes);
                }
            } else {
                boolean codes = schema instanceof ChampDonnees.Code || schema instanceof ChampDonnees.Codes;
                lignes.add(new Ligne(libelle, texte(valeur, codes)));
            }
        }
    }

    /** A yes/no, a French number, a code's label (for a field of codes), « — » for nothing. */
    private static String texte(JsonNode valeur, boolean codes) {
        if (valeur == null || valeur.isNull() || valeur.isMissingNode()) {
            return Libelles.AUCUN;
        }
        if (valeur.isBoolean()) {
            return valeur.booleanValue() ? "oui" : "non";
        }
        if (valeur.isNumber()) {
            return Libelles.nombre(valeur.decimalValue());
        }
        if (valeur.isArray()) {
            List<String> elements = new ArrayList<>();
            valeur.forEach(v -> elements.add(texte(v, codes)));
            return elements.isEmpty() ? Libelles.AUCUN : String.join(", ", elements);
        }
        if (valeur.isTextual()) {
            String texte = valeur.asText();
            return texte.isBlank() ? Libelles.AUCUN : codes ? Libelles.code(texte) : texte;
        }
        return valeur.toString();
    }
}
