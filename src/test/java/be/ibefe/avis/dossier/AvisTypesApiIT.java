package be.ibefe.avis.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.poles.PolesDeTest;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every avis type over REST: created with realistic data, driven to its end, its donnees checked field by field. */
@AvisIntegrationTest
class AvisTypesApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    DossierRepository repository;

    @Autowired
    PolesDeTest polesDeTest;

    Api api;
    Taches taches;

    @BeforeEach
    void client() {
        api = new Api(port);
        taches = new Taches(api, travaux);
    }

    /**
     * Every type by its own path: a séance of its chambre decides it; an avis d'opportunité (no chambre) is given by
     * the pôle it designates in its meeting, then validated by the Instance plénière.
     */
    @ParameterizedTest
    @MethodSource("be.ibefe.avis.support.Demandes#types")
    void each_type_is_created_over_rest_and_driven_to_notification(AvisType type) {
        PolesDeTest.PoleReuni pole = type == AvisType.POLE_OPPORTUNITE
                ? polesDeTest.reuni(LocalDate.of(2024, 5, 21)) : null;
        Api.Reponse creation = api.post("coordinateur", "/api/dossiers",
                pole == null ? Demandes.pour(type) : Demandes.poleOpportunite(pole.poleId()));
        assertThat(creation.status()).as(creation.corps()).isEqualTo(201);
        String id = creation.json().get("id").asText();

        taches.terminer("analyste", id, "Task_VerifierRecevabilite", Map.of("complet", true));
        JsonNode enAnalyse = dossier(id);
        assertThat(enAnalyse.get("statut").asText()).isEqualTo("EN_ANALYSE");
        assertThat(enAnalyse.get("eligibilite").findValuesAsText("resultat")).doesNotContain("KO");
        taches.terminer("analyste", id, "Task_AnalyserDossier",
                Map.of("propositionAvis", "FAVORABLE", "motivation", "Critères rencontrés."));
        if (pole == null) {
            new SeancesApi(api).deciderEnSeance(id, "FAVORABLE", Map.of());
        } else {
            assertThat(dossier(id).get("chambre").isNull()).as("no séance decides it").isTrue();
            Api.Reponse avis = api.post("coordinateur", "/api/dossiers/" + id + "/avis-du-pole", Map.of(
                    "reunionId", pole.reunionId(), "decision", "FAVORABLE", "motivation", "Critères rencontrés."));
            assertThat(avis.status()).as(avis.corps()).isEqualTo(200);
            travaux.executerEnAttente();
            new SeancesApi(api).validerEnPleniere(id, "2024-05-28");
            travaux.executerEnAttente();
        }

        JsonNode notifie = dossier(id);
        assertThat(notifie.get("statut").asText()).isEqualTo("NOTIFIE");
        assertThat(notifie.get("decision").asText()).isEqualTo("FAVORABLE");
    }

    @Test
    void ale_pre_approved_training_is_proposed_non_competent_and_closed_when_a_coordinator_confirms() {
        Api.Reponse creation = api.post("coordinateur", "/api/dossiers", Demandes.aleForem());

        assertThat(creation.status()).isEqualTo(201);
        String id = creation.json().get("id").asText();
        JsonNode propose = dossier(id);
        assertThat(propose.get("statut").asText()).isEqualTo("RECU");
        assertThat(propose.get("decision").isNull()).isTrue();
        assertThat(propose.at("/proposition/propositionAvis").asText()).isEqualTo("NON_COMPETENT");
        assertThat(propose.at("/proposition/motivation").asText()).startsWith("Formation agréée d'office");
        assertThat(propose.at("/proposition/par").asText()).isEqualTo("systeme");
        assertThat(propose.get("eligibilite").findValuesAsText("code")).contains("ALE_COMPETENCE");
        assertThat(api.get("coordinateur", "/api/dossiers/" + id + "/envois").json()).isEmpty();
        assertThat(api.get("analyste", "/api/taches?dossierId=" + id).json()).isEmpty();

        Api.Reponse sansMotivation = api.post("coordinateur",
                taches.completer("coordinateur", id, "Task_ConfirmerCompetence"), Map.of("confirmer", false));
        assertThat(sansMotivation.status()).isEqualTo(400);
        assertThat(sansMotivation.json().get("erreurs").findValuesAsText("champ")).containsExactly("motivation");
        assertThat(dossier(id).get("statut").asText()).isEqualTo("RECU");

        taches.terminer("coordinateur", id, "Task_ConfirmerCompetence", Map.of("confirmer", true));

        JsonNode clos = dossier(id);
        assertThat(clos.get("statut").asText()).isEqualTo("CLOS");
        assertThat(clos.get("decision").asText()).isEqualTo("NON_COMPETENT");
        assertThat(clos.at("/deliberation/motivation").asText()).startsWith("Formation agréée d'office");
        assertThat(clos.at("/deliberation/par").asText()).isEqualTo("coordinateur");
        assertThat(api.get("coordinateur", "/api/dossiers/" + id + "/envois").json()).isNotEmpty();
    }

    @Test
    void wrong_donnees_get_field_level_errors_and_nothing_is_stored() {
        ObjectNode demande = Demandes.creditAdaptation();
        ((ObjectNode) demande.get("donnees").get("entreprise")).put("formeJuridique", "SPRL").remove("pme");
        ((ObjectNode) demande.get("donnees")).put("heures", "beaucoup");
        long avant = repository.count();

        Api.Reponse reponse = api.post("coordinateur", "/api/dossiers", demande);

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().get("erreurs").findValuesAsText("champ")).containsExactly(
                "donnees.entreprise.formeJuridique", "donnees.entreprise.pme", "donnees.heures");
        assertThat(reponse.json().get("erreurs").findValuesAsText("message")).containsExactly(
                "Valeur « SPRL » inconnue pour « Forme juridique ». Valeurs admises : SA, SRL, SC, SNC, ASBL, AUTRE.",
                "« PME » est obligatoire.",
                "« Heures de formation » doit être un nombre entier.");
        assertThat(repository.count()).isEqualTo(avant);
    }

    @Test
    void the_analyst_overrides_a_criterion_with_a_motivation_kept_in_history() {
        ObjectNode demande = Demandes.creditAdaptation();
        ((ObjectNode) demande.get("donnees")).put("montantDemande", 4400);
        String id = api.post("coordinateur", "/api/dossiers", demande).json().get("id").asText();
        taches.terminer("analyste", id, "Task_VerifierRecevabilite", Map.of("complet", true));
        assertThat(critere(dossier(id), "CA_TAUX_HORAIRE").get("resultat").asText()).isEqualTo("KO");

        Api.Reponse reponse = api.post("analyste", "/api/dossiers/" + id + "/eligibilite/CA_TAUX_HORAIRE/derogation",
                Map.of("resultat", "OK", "motivation", "80 heures de tutorat non comptées par l'entreprise."));

        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(200);
        JsonNode critere = critere(reponse.json(), "CA_TAUX_HORAIRE");
        assertThat(critere.get("resultat").asText()).isEqualTo("OK");
        assertThat(critere.get("resultatCalcule").asText()).isEqualTo("KO");
        assertThat(critere.at("/derogation/par").asText()).isEqualTo("analyste");
        assertThat(reponse.json().get("historique").findValuesAsText("evenement"))
                .anyMatch(e -> e.startsWith("Critère « Montant par heure de formation » : KO remplacé par OK"));
    }

    @Test
    void overriding_is_for_the_equipe_during_analysis_with_a_motivation() {
        String id = api.post("coordinateur", "/api/dossiers", Demandes.creditAdaptation()).json().get("id").asText();
        String chemin = "/api/dossiers/" + id + "/eligibilite/CA_PLAFOND/derogation";
        Map<String, String> derogation = Map.of("resultat", "KO", "motivation", "Aides non déclarées.");

        assertThat(api.post("analyste", chemin, derogation).status()).as("before the analysis").isEqualTo(404);
        taches.terminer("analyste", id, "Task_VerifierRecevabilite", Map.of("complet", true));
        assertThat(api.post("membre1", chemin, derogation).status()).isEqualTo(403);
        Api.Reponse sansMotivation = api.post("analyste", chemin, Map.of("resultat", "KO"));
        assertThat(sansMotivation.status()).isEqualTo(400);
        assertThat(sansMotivation.json().at("/erreurs/0/champ").asText()).isEqualTo("motivation");
        assertThat(api.post("analyste", "/api/dossiers/" + id + "/eligibilite/INCONNU/derogation", derogation)
                .status()).isEqualTo(404);

        taches.terminer("analyste", id, "Task_AnalyserDossier",
                Map.of("propositionAvis", "FAVORABLE", "motivation", "Critères rencontrés."));
        Api.Reponse apresAnalyse = api.post("analyste", chemin, derogation);
        assertThat(apresAnalyse.status()).isEqualTo(409);
        assertThat(apresAnalyse.json().get("detail").asText()).contains("qu'en analyse");
    }

    private JsonNode dossier(String id) {
        return api.get("coordinateur", "/api/dossiers/" + id).json();
    }

    private static JsonNode critere(JsonNode dossier, String code) {
        for (JsonNode critere : dossier.get("eligibilite")) {
            if (code.equals(critere.get("code").asText())) {
                return critere;
            }
        }
        throw new AssertionError("Pas de critère " + code + " dans " + dossier);
    }
}
