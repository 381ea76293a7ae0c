package be.ibefe.avis.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Server-side reading of the forms in forms/, the same files Camunda Tasklist renders. */
class FormulaireTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_complete_dossier_needs_no_missing_pieces_and_clears_them() {
        Map<String, Object> variables = formulaire("verifier-recevabilite").valider(json("{\"complet\": true}"));

        Map<String, Object> attendu = new HashMap<>();
        attendu.put("complet", true);
        attendu.put("piecesManquantes", null);
        assertThat(variables).isEqualTo(attendu);
    }

    @Test
    void a_pieces_list_is_dropped_when_the_dossier_is_complete() {
        assertThat(formulaire("verifier-recevabilite")
                .valider(json("{\"complet\": true, \"piecesManquantes\": \"budget\"}")))
                .containsEntry("piecesManquantes", null);
    }

    @Test
    void an_absent_checkbox_takes_its_default_and_then_requires_the_missing_pieces() {
        assertErreurs(formulaire("verifier-recevabilite"), "{}",
                new ChampErreur("piecesManquantes", "« Pièces manquantes » est obligatoire."));
    }

    @Test
    void a_checkbox_must_be_a_boolean() {
        assertErreurs(formulaire("verifier-recevabilite"), "{\"complet\": \"oui\", \"piecesManquantes\": \"x\"}",
                new ChampErreur("complet", "« Le dossier est complet » doit valoir true ou false."));
    }

    @Test
    void blank_text_counts_as_missing() {
        assertErreurs(formulaire("verifier-recevabilite"), "{\"complet\": false, \"piecesManquantes\": \"  \"}",
                new ChampErreur("piecesManquantes", "« Pièces manquantes » est obligatoire."));
    }

    @Test
    void text_at_the_maximum_length_passes_one_more_character_does_not() {
        Formulaire formulaire = formulaire("verifier-recevabilite");
        formulaire.valider(json("{\"complet\": false, \"piecesManquantes\": \"" + "a".repeat(4000) + "\"}"));

        assertErreurs(formulaire, "{\"complet\": false, \"piecesManquantes\": \"" + "a".repeat(4001) + "\"}",
                new ChampErreur("piecesManquantes", "« Pièces manquantes » ne peut dépasser 4\u202F000 caractères."));
    }

    @Test
    void a_select_accepts_only_its_values() {
        assertErreurs(formulaire("analyser-dossier"), "{\"propositionAvis\": \"AJOURNE\", \"motivation\": \"x\"}",
                new ChampErreur("propositionAvis", "Valeur « AJOURNE » inconnue pour « Avis proposé ». Valeurs admises "
                        + ": FAVORABLE, FAVORABLE_AVEC_RECOMMANDATION, DEFAVORABLE, NON_COMPETENT."));
    }

    @Test
    void a_field_hidden_by_a_comparison_is_required_only_when_shown() throws IOException {
        Formulaire decision = Formulaire.lire(new ByteArrayInputStream("""
                {"id": "Form_Test", "components": [
                  {"key": "decision", "type": "select", "label": "Décision",
                   "values": [{"value": "FAVORABLE"}, {"value": "FAVORABLE_AVEC_RECOMMANDATION"}]},
                  {"key": "motivationDecision", "type": "textarea", "label": "Motivation"},
                  {"key": "recommandation", "type": "textarea", "label": "Recommandation",
                   "validate": {"required": true},
                   "conditional": {"hide": "=decision != \\"FAVORABLE_AVEC_RECOMMANDATION\\""}}]}
                """.getBytes(StandardCharsets.UTF_8)), JSON);

        assertErreurs(decision, "{\"decision\": \"FAVORABLE_AVEC_RECOMMANDATION\", \"motivationDecision\": \"x\"}",
                new ChampErreur("recommandation", "« Recommandation » est obligatoire."));
        assertThat(decision.valider(json("{\"decision\": \"FAVORABLE\", \"motivationDecision\": \"x\", "
                + "\"recommandation\": \"oubliée\"}"))).containsEntry("recommandation", null);
    }

    @Test
    void unknown_fields_are_named() {
        assertErreurs(formulaire("receptionner-pieces"), "{\"piecesRecues\": \"x\", \"pieces\": \"y\"}",
                new ChampErreur("pieces", "Champ inconnu pour cette tâche. Champs attendus : piecesRecues."));
    }

    @Test
    void a_body_that_is_not_an_object_is_refused() {
        assertThatThrownBy(() -> formulaire("receptionner-pieces").valider(json("[1, 2]")))
                .isInstanceOf(DonneesInvalidesException.class);
    }

    @Test
    void a_completion_through_the_engine_is_checked_on_the_form_s_fields_only() {
        Map<String, Object> variables = Map.of("propositionAvis", "AJOURNE", "motivation", "Budget imprécis.",
                "dossierId", 42L, "bassin", "LIE");

        assertThatThrownBy(() -> formulaire("analyser-dossier").validerVariables(variables::get))
                .isInstanceOfSatisfying(DonneesInvalidesException.class, e -> assertThat(e.getErreurs())
                        .containsExactly(new ChampErreur("propositionAvis", "Valeur « AJOURNE » inconnue pour "
                                + "« Avis proposé ». Valeurs admises : FAVORABLE, FAVORABLE_AVEC_RECOMMANDATION, "
                                + "DEFAVORABLE, NON_COMPETENT.")));
    }

    @Test
    void engine_variables_get_the_values_the_api_would_have_given() {
        Map<String, Object> anciennes = Map.of("complet", true, "piecesManquantes", "budget d'un passage précédent");

        Map<String, Object> variables = formulaire("verifier-recevabilite").validerVariables(anciennes::get);

        Map<String, Object> attendu = new HashMap<>();
        attendu.put("complet", true);
        attendu.put("piecesManquantes", null);
        assertThat(variables).isEqualTo(attendu);
        assertThatThrownBy(() -> formulaire("verifier-recevabilite").validerVariables(Map.of("complet", "true",
                "piecesManquantes", "budget")::get)).isInstanceOfSatisfying(DonneesInvalidesException.class,
                        e -> assertThat(e.getErreurs()).containsExactly(
                                new ChampErreur("complet", "« Le dossier est complet » doit valoir true ou false.")));
    }

    @Test
    void any_feel_condition_is_evaluated_by_the_feel_engine_on_every_field_of_the_form() throws IOException {
        Formulaire formulaire = Formulaire.lire(new ByteArrayInputStream("""
                {"id": "Form_Feel", "components": [
                  {"key": "montant", "type": "number", "label": "Montant"},
                  {"key": "urgent", "type": "checkbox", "label": "Urgent"},
                  {"key": "justification", "type": "textarea", "label": "Justification",
                   "validate": {"required": true}, "conditional": {"hide": "=montant <= 80000 and not(urgent)"}},
                  {"key": "note", "type": "textfield", "label": "Note",
                   "validate": {"required": true}, "conditional": {"hide": "=montant = null"}},
                  {"key": "libre", "type": "textfield", "label": "Libre",
                   "validate": {"required": true}, "conditional": {"hide": "=montant >>> ("}}]}
                """.getBytes(StandardCharsets.UTF_8)), JSON);

        // at the edge: 80 000 hides the justification, 80 001 asks for it; urgency asks for it whatever the amount
        assertThat(formulaire.valider(json("{\"montant\": 80000, \"note\": \"n\", \"libre\": \"l\", "
                + "\"justification\": \"oubliée\"}"))).containsEntry("justification", null);
        assertErreurs(formulaire, "{\"montant\": 80001, \"note\": \"n\", \"libre\": \"l\"}",
                new ChampErreur("justification", "« Justification » est obligatoire."));
        assertErreurs(formulaire, "{\"montant\": 10, \"urgent\": true, \"note\": \"n\", \"libre\": \"l\"}",
                new ChampErreur("justification", "« Justification » est obligatoire."));
        // a field left empty is null for the conditions; an expression the engine cannot read hides nothing
        assertThat(formulaire.valider(json("{\"urgent\": false, \"justification\": \"j\", \"libre\": \"l\", "
                + "\"note\": \"ignorée\"}"))).containsEntry("note", null);
        assertErreurs(formulaire, "{\"urgent\": false, \"justification\": \"j\"}",
                new ChampErreur("libre", "« Libre » est obligatoire."));
    }

    private static void assertErreurs(Formulaire formulaire, String saisie, ChampErreur... erreurs) {
        assertThatThrownBy(() -> formulaire.valider(json(saisie)))
                .isInstanceOfSatisfying(DonneesInvalidesException.class,
                        e -> assertThat(e.getErreurs()).containsExactly(erreurs));
    }

    static Formulaire formulaire(String nom) {
        try (InputStream in = Files.newInputStream(Path.of("forms", nom + ".form"))) {
            return Formulaire.lire(in, JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String texte) {
        try {
            return JSON.readTree(texte);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
