package be.ibefe.avis.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The type-specific {@code donnees} of a dossier as lines a person reads: each field under the French label of
 * {@link SchemasDonnees}, lists numbered ("Filières 1 › Heures"), yes/no for booleans; fields the schema does not
 * describe keep their JSON name.
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
                lignes.add(new Ligne(libelle, texte(valeur)));
            }
        }
    }

    private static String texte(JsonNode valeur) {
        if (valeur.isBoolean()) {
            return valeur.booleanValue() ? "oui" : "non";
        }
        if (valeur.isArray()) {
            List<String> elements = new ArrayList<>();
            valeur.forEach(v -> elements.add(texte(v)));
            return String.join(", ", elements);
        }
        return valeur.isValueNode() ? valeur.asText() : valeur.toString();
    }
}
