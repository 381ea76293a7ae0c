package be.ibefe.avis.tasks;

import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Camunda Form ({@code forms/*.form}) read on the server, so that what the API and our pages accept is exactly
 * what the form that Camunda Tasklist renders asks for; our pages render its fields from it too. Of FEEL,
 * {@code conditional.hide} understands what {@link Condition} reads; any other expression leaves the field visible.
 */
public record Formulaire(String id, List<ChampFormulaire> champs) {

    private static final List<String> TYPES_SAISIE = List.of("textfield", "textarea", "checkbox", "select", "radio",
            "number");

    public static Formulaire lire(InputStream json, ObjectMapper mapper) {
        try {
            JsonNode racine = mapper.readTree(json);
            List<ChampFormulaire> champs = new ArrayList<>();
            collecter(racine.path("components"), champs);
            return new Formulaire(racine.path("id").asText(), List.copyOf(champs));
        } catch (IOException e) {
            throw new UncheckedIOException("Formulaire illisible", e);
        }
    }

    private static void collecter(JsonNode composants, List<ChampFormulaire> champs) {
        for (JsonNode composant : composants) {
            String type = composant.path("type").asText();
            if (TYPES_SAISIE.contains(type) && composant.hasNonNull("key")) {
                JsonNode validate = composant.path("validate");
                Map<String, String> libelles = new LinkedHashMap<>();
                composant.path("values").forEach(v -> libelles.put(v.path("value").asText(),
                        v.path("label").asText(v.path("value").asText())));
                champs.add(new ChampFormulaire(composant.get("key").asText(), type,
                        composant.path("label").asText(composant.get("key").asText()),
                        composant.path("description").asText(null),
                        validate.path("required").asBoolean(false),
                        validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
                        validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
                        List.copyOf(libelles.keySet()), Collections.unmodifiableMap(libelles),
                        composant.has("defaultValue") ? defaut(composant.get("defaultValue")) : null,
                        composant.path("conditional").path("hide").asText(null)));
            }
            collecter(composant.path("components"), champs);
        }
    }

    private static Object defaut(JsonNode valeur) {
        if (valeur.isBoolean()) {
            return valeur.asBoolean();
        }
        if (valeur.isNumber()) {
            return valeur.numberValue();
        }
        return valeur.isNull() ? null : valeur.asText();
    }

    /**
     * The process variables for the submitted fields: every field of the form gets a value (null when empty or
     * hidden) so that nothing from an earlier pass through the same task survives. No body counts as no field.
     */
    public Map<String, Object> valider(JsonNode saisie) {
        List<ChampErreur> erreurs = new ArrayList<>();
        if (saisie == null || saisie.isMissingNode()) {
            saisie = JsonNodeFactory.instance.objectNode();
        }
        if (!saisie.isObject()) {
            throw new DonneesInvalidesException("", "Le corps doit être un objet JSON des champs du formulaire.");
        }
        List<String> cles = champs.stream().map(ChampFormulaire::cle).toList();
        for (Iterator<String> noms = saisie.fieldNames(); noms.hasNext(); ) {
            String nom = noms.next();
            if (!cles.contains(nom)) {
                erreurs.add(new ChampErreur(nom,
                        "Champ inconnu pour cette tâche. Champs attendus : " + String.join(", ", cles) + "."));
            }
        }
        JsonNode objet = saisie;
        return verifier(cle -> valeur(objet.get(cle)), erreurs);
    }

    /**
     * The form's fields among the variables a task is completed with, whichever client completes it (Camunda
     * Tasklist, the engine's REST API, the application): the same rules and the same variables as {@link #valider}.
     * The task's other variables belong to its process, not to its form.
     */
    public Map<String, Object> validerVariables(Function<String, Object> variable) {
        return verifier(variable, new ArrayList<>());
    }

    private Map<String, Object> verifier(Function<String, Object> brute, List<ChampErreur> erreurs) {
        Map<String, Object> valeurs = new HashMap<>();
        for (ChampFormulaire champ : champs) {
            lireValeur(champ, brute.apply(champ.cle()), erreurs).ifPresent(v -> valeurs.put(champ.cle(), v));
        }
        Map<String, Object> formulaire = new HashMap<>();
        champs.forEach(champ -> formulaire.put(champ.cle(), valeurs.get(champ.cle())));
        Map<String, Object> variables = new LinkedHashMap<>();
        for (ChampFormulaire champ : champs) {
            boolean masque = MasquageFeel.masque(champ.masquerSi(), formulaire);
            Object valeur = masque ? null : valeurs.get(champ.cle());
            if (!masque && champ.obligatoire() && valeur == null
                    && erreurs.stream().noneMatch(e -> e.champ().equals(champ.cle()))) {
                erreurs.add(new ChampErreur(champ.cle(), "« " + champ.libelle() + " » est obligatoire."));
            }
            variables.put(champ.cle(), valeur);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return variables;
    }

    /** A JSON value as the engine holds a variable: text, boolean or number; anything else stays, to be refused. */
    private static Object valeur(JsonNode noeud) {
        if (noeud == null || noeud.isNull()) {
            return null;
        }
        if (noeud.isTextual()) {
            return noeud.textValue();
        }
        if (noeud.isBoolean()) {
            return noeud.booleanValue();
        }
        return noeud.isNumber() ? noeud.numberValue() : noeud;
    }

    private static Optional<Object> lireValeur(ChampFormulaire champ, Object brut, List<ChampErreur> erreurs) {
        String libelle = "« " + champ.libelle() + " »";
        switch (champ.type()) {
            case "checkbox" -> {
                if (brut == null) {
                    return Optional.of(champ.defaut() instanceof Boolean b ? b : Boolean.FALSE);
                }
                if (!(brut instanceof Boolean)) {
                    erreurs.add(new ChampErreur(champ.cle(), libelle + " doit valoir true ou false."));
                    return Optional.empty();
                }
                return Optional.of(brut);
            }
            case "number" -> {
                if (brut == null) {
                    return Optional.empty();
                }
                if (!(brut instanceof Number)) {
                    erreurs.add(new ChampErreur(champ.cle(), libelle + " doit être un nombre."));
                    return Optional.empty();
                }
                return Optional.of(brut);
            }
            default -> {
                if (brut == null) {
                    return Optional.empty();
                }
                if (!(brut instanceof String saisi)) {
                    erreurs.add(new ChampErreur(champ.cle(), libelle + " doit être un texte."));
                    return Optional.empty();
                }
                String texte = saisi.trim();
                if (texte.isEmpty()) {
                    return Optional.empty();
                }
                if (!champ.valeurs().isEmpty() && !champ.valeurs().contains(texte)) {
                    erreurs.add(new ChampErreur(champ.cle(), "Valeur « %s » inconnue pour %s. Valeurs admises : %s."
                            .formatted(texte, libelle, String.join(", ", champ.valeurs()))));
                    return Optional.empty();
                }
                if (champ.longueurMax() != null && texte.length() > champ.longueurMax()) {
                    erreurs.add(new ChampErreur(champ.cle(), "%s ne peut dépasser %s caractères."
                            .formatted(libelle, Libelles.nombre(champ.longueurMax()))));
                    return Optional.empty();
                }
                if (champ.longueurMin() != null && texte.length() < champ.longueurMin()) {
                    erreurs.add(new ChampErreur(champ.cle(), "%s doit compter au moins %s caractères."
                            .formatted(libelle, Libelles.nombre(champ.longueurMin()))));
                    return Optional.empty();
                }
                return Optional.of(texte);
            }
        }
    }
}
