package be.ibefe.avis.dossier;

import be.ibefe.avis.dossier.ChampDonnees.Booleen;
import be.ibefe.avis.dossier.ChampDonnees.Code;
import be.ibefe.avis.dossier.ChampDonnees.Codes;
import be.ibefe.avis.dossier.ChampDonnees.Entier;
import be.ibefe.avis.dossier.ChampDonnees.Liste;
import be.ibefe.avis.dossier.ChampDonnees.Montant;
import be.ibefe.avis.dossier.ChampDonnees.Objet;
import be.ibefe.avis.dossier.ChampDonnees.Texte;
import be.ibefe.avis.dossier.ChampDonnees.Textes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * The data schema of an avis type declared by configuration ({@code avis.types.<CODE>.schema}), read from a JSON
 * Schema file into the fields {@link SchemasDonnees} holds for the domain's types. The subset read is the one those
 * fields describe, each property with its French label ({@code title}):
 * <ul>
 * <li>{@code "type": "string"} with {@code enum}: a code; with {@code maxLength}: a text;</li>
 * <li>{@code "type": "integer"} with {@code minimum} and {@code maximum}; {@code "type": "number"} with
 * {@code maximum}: an amount in euros (two decimals at most); {@code "type": "boolean"};</li>
 * <li>{@code "type": "object"} with its {@code properties} and {@code required};</li>
 * <li>{@code "type": "array"} of codes ({@code items} with {@code enum}), of texts ({@code items} with
 * {@code maxLength}, and {@code maxItems}) or of objects ({@code minItems}, {@code maxItems}).</li>
 * </ul>
 * Anything else is refused with the property at fault, so that a schema is never read differently from what it says.
 */
final class SchemaJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A schema file that cannot be read, or that says what the fields cannot hold. */
    static final class SchemaIllisible extends RuntimeException {

        SchemaIllisible(String message) {
            super(message);
        }
    }

    private SchemaJson() {
    }

    /** The fields of the file at {@code emplacement} ({@code classpath:types/essai.schema.json}). */
    static List<ChampDonnees> lire(String emplacement) {
        Resource fichier = new DefaultResourceLoader(SchemaJson.class.getClassLoader()).getResource(emplacement);
        if (!fichier.exists()) {
            throw new SchemaIllisible("le fichier " + emplacement + " est absent");
        }
        JsonNode racine;
        try (InputStream contenu = fichier.getInputStream()) {
            racine = JSON.readTree(contenu);
        } catch (IOException e) {
            throw new SchemaIllisible("le fichier " + emplacement + " n'est pas du JSON lisible (" + e.getMessage()
                    .lines().findFirst().orElse("") + ")");
        }
        if (racine == null || !"object".equals(racine.path("type").asText()) || !racine.path("properties").isObject()) {
            throw new SchemaIllisible("le fichier " + emplacement
                    + " ne décrit pas un objet (\"type\": \"object\" et ses \"properties\")");
        }
        List<ChampDonnees> champs = proprietes(racine, "donnees");
        if (champs.isEmpty()) {
            throw new SchemaIllisible("le fichier " + emplacement + " ne décrit aucune donnée");
        }
        return champs;
    }

    private static List<ChampDonnees> proprietes(JsonNode objet, String chemin) {
        Set<String> obligatoires = new HashSet<>();
        objet.path("required").forEach(nom -> obligatoires.add(nom.asText()));
        List<ChampDonnees> champs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> propriete : objet.path("properties").properties()) {
            champs.add(champ(propriete.getKey(), propriete.getValue(), obligatoires.contains(propriete.getKey()),
                    chemin + "." + propriete.getKey()));
        }
        Set<String> inconnus = new HashSet<>(obligatoires);
        champs.forEach(champ -> inconnus.remove(champ.nom()));
        if (!inconnus.isEmpty()) {
            throw new SchemaIllisible("%s : « required » nomme %s, qui n'est pas dans ses « properties »"
                    .formatted(chemin, String.join(", ", inconnus)));
        }
        return champs;
    }

    private static ChampDonnees champ(String nom, JsonNode propriete, boolean obligatoire, String chemin) {
        String libelle = propriete.path("title").asText("");
        if (libelle.isBlank()) {
            throw new SchemaIllisible(chemin + " n'a pas de libellé en français (« title »)");
        }
        String type = propriete.path("type").asText("");
        return switch (type) {
            case "string" -> propriete.has("enum")
                    ? new Code(nom, libelle, obligatoire, codes(propriete, chemin))
                    : new Texte(nom, libelle, obligatoire, taille(propriete, "maxLength", chemin));
            case "integer" -> new Entier(nom, libelle, obligatoire, nombre(propriete, "minimum", chemin),
                    nombre(propriete, "maximum", chemin));
            case "number" -> new Montant(nom, libelle, obligatoire, exiger(propriete, "maximum", chemin).decimalValue());
            case "boolean" -> new Booleen(nom, libelle, obligatoire);
            case "object" -> new Objet(nom, libelle, obligatoire, proprietes(propriete, chemin));
            case "array" -> liste(nom, libelle, obligatoire, propriete, chemin);
            default -> throw new SchemaIllisible(("%s : le type « %s » n'est pas pris en charge (string, integer, "
                    + "number, boolean, object, array)").formatted(chemin, type));
        };
    }

    private static ChampDonnees liste(String nom, String libelle, boolean obligatoire, JsonNode propriete,
            String chemin) {
        JsonNode elements = propriete.path("items");
        String type = elements.path("type").asText("");
        if ("string".equals(type) && elements.has("enum")) {
            return new Codes(nom, libelle, obligatoire, codes(elements, chemin + ".items"));
        }
        if ("string".equals(type)) {
            return new Textes(nom, libelle, obligatoire, taille(propriete, "maxItems", chemin),
                    taille(elements, "maxLength", chemin + ".items"));
        }
        if ("object".equals(type)) {
            return new Liste(nom, libelle, obligatoire, taille(propriete, "minItems", chemin),
                    taille(propriete, "maxItems", chemin), proprietes(elements, chemin + "[]"));
        }
        throw new SchemaIllisible(chemin + " : une liste (« array ») a pour « items » des codes, des textes ou des "
                + "objets");
    }

    private static List<String> codes(JsonNode propriete, String chemin) {
        List<String> codes = new ArrayList<>();
        propriete.path("enum").forEach(code -> codes.add(code.asText()));
        if (codes.isEmpty()) {
            throw new SchemaIllisible(chemin + " : « enum » ne donne aucun code");
        }
        return List.copyOf(codes);
    }

    private static long nombre(JsonNode propriete, String cle, String chemin) {
        JsonNode valeur = exiger(propriete, cle, chemin);
        if (!valeur.isIntegralNumber() || !valeur.canConvertToLong()) {
            throw new SchemaIllisible("%s : « %s » doit être un nombre entier".formatted(chemin, cle));
        }
        return valeur.longValue();
    }

    private static int taille(JsonNode propriete, String cle, String chemin) {
        long taille = nombre(propriete, cle, chemin);
        if (taille < 0 || taille > Integer.MAX_VALUE) {
            throw new SchemaIllisible("%s : « %s » doit être un nombre positif".formatted(chemin, cle));
        }
        return (int) taille;
    }

    private static JsonNode exiger(JsonNode propriete, String cle, String chemin) {
        JsonNode valeur = propriete.get(cle);
        if (valeur == null || !valeur.isNumber()) {
            throw new SchemaIllisible("%s : « %s » est obligatoire (un nombre)".formatted(chemin, cle));
        }
        return valeur;
    }
}
