package be.ibefe.avis.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reading the type-specific {@code donnees} of a dossier, where any optional field may be missing. */
final class Donnees {

    private static final Locale BELGIQUE = Locale.forLanguageTag("fr-BE");

    private Donnees() {
    }

    static String texte(JsonNode noeud, String champ) {
        JsonNode valeur = noeud == null ? null : noeud.get(champ);
        return valeur == null || valeur.isNull() || valeur.asText().isBlank() ? null : valeur.asText().trim();
    }

    static List<JsonNode> liste(JsonNode noeud, String champ) {
        JsonNode valeur = noeud == null ? null : noeud.get(champ);
        List<JsonNode> elements = new ArrayList<>();
        if (valeur != null && valeur.isArray()) {
            valeur.forEach(elements::add);
        }
        return elements;
    }

    static List<String> textes(JsonNode noeud, String champ) {
        return liste(noeud, champ).stream().filter(JsonNode::isTextual).map(JsonNode::asText).toList();
    }

    static long entier(JsonNode noeud, String champ) {
        JsonNode valeur = noeud == null ? null : noeud.get(champ);
        return valeur != null && valeur.canConvertToLong() ? valeur.asLong() : 0;
    }

    /** The boolean, or null when the applicant did not say. */
    static Boolean booleen(JsonNode noeud, String champ) {
        JsonNode valeur = noeud == null ? null : noeud.get(champ);
        return valeur != null && valeur.isBoolean() ? valeur.booleanValue() : null;
    }

    static BigDecimal montant(JsonNode noeud, String champ) {
        JsonNode valeur = noeud == null ? null : noeud.get(champ);
        return valeur != null && valeur.isNumber() ? valeur.decimalValue() : BigDecimal.ZERO;
    }

    /**
     * A name as people write it, for comparing: lower case, without accents, any run of other characters than letters
     * and digits one space (« Huy-Waremme », « HUY WAREMME » and « huy waremme » are the same).
     */
    static String normaliser(String texte) {
        String sansAccents = Normalizer.normalize(Objects.toString(texte, ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return sansAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** 80 000,00 € */
    static String euros(BigDecimal montant) {
        NumberFormat format = NumberFormat.getNumberInstance(BELGIQUE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(montant) + " €";
    }
}
