package be.ibefe.avis.thematiques;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The list of métiers prioritaires a coordinator maintains, one per year. */
@AvisIntegrationTest
class MetiersPrioritairesApiIT {

    static final int ANNEE = 2031;

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void the_demo_list_of_2024_is_there_for_everyone() {
        JsonNode liste = api.get("membre4", "/api/metiers-prioritaires/2024").json();

        assertThat(liste.findValuesAsText("libelle")).contains("Soudeur", "Community manager");
        assertThat(liste.findValuesAsText("action")).containsOnly("CREER", "MAINTENIR", "ADAPTER");
    }

    @Test
    void the_coordinator_replaces_a_year_add_and_removes_a_metier() {
        Api.Reponse remplacee = api.envoyer(api.requete("coordinateur", "/api/metiers-prioritaires/" + ANNEE)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        [{"libelle": "Soudeur", "codeRome": "H2913", "famille": "Industrie", "action": "MAINTENIR"},
                         {"libelle": "Couvreur", "action": "CREER"}]""")));
        assertThat(remplacee.status()).as(remplacee.corps()).isEqualTo(200);
        assertThat(remplacee.json().findValuesAsText("libelle")).containsExactly("Couvreur", "Soudeur");

        Api.Reponse ajout = api.post("coordinateur", "/api/metiers-prioritaires/" + ANNEE,
                Map.of("libelle", "Développeur informatique", "codeRome", "M1805", "action", "CREER"));
        assertThat(ajout.status()).isEqualTo(201);
        Api.Reponse doublon = api.post("coordinateur", "/api/metiers-prioritaires/" + ANNEE,
                Map.of("libelle", "SOUDEUR", "action", "CREER"));
        assertThat(doublon.status()).isEqualTo(400);
        assertThat(doublon.json().at("/erreurs/0/message").asText()).contains("figure déjà");

        Api.Reponse suppression = api.envoyer(api.requete("coordinateur",
                "/api/metiers-prioritaires/" + ANNEE + "/" + ajout.json().get("id").asText()).DELETE());
        assertThat(suppression.status()).isEqualTo(204);
        assertThat(api.get("coordinateur", "/api/metiers-prioritaires/" + ANNEE).json().findValuesAsText("libelle"))
                .containsExactly("Couvreur", "Soudeur");
    }

    @Test
    void a_list_with_a_wrong_line_replaces_nothing() {
        Api.Reponse reponse = api.envoyer(api.requete("coordinateur", "/api/metiers-prioritaires/2024")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "[{\"libelle\": \"Maçon\", \"action\": \"MAINTENIR\"}, "
                                + "{\"libelle\": \"Menuisier\", \"codeRome\": \"menuiserie\", \"action\": \"CREER\"}]")));

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().at("/erreurs/0/champ").asText()).isEqualTo("[1].codeRome");
        assertThat(api.get("coordinateur", "/api/metiers-prioritaires/2024").json().findValuesAsText("libelle"))
                .contains("Soudeur", "Community manager");
    }

    @Test
    void members_read_but_do_not_change_the_list() {
        Api.Reponse reponse = api.post("membre1", "/api/metiers-prioritaires/" + ANNEE,
                Map.of("libelle", "Fleuriste", "action", "CREER"));

        assertThat(reponse.status()).isEqualTo(403);
        assertThat(reponse.estProbleme()).isTrue();
    }

    @Test
    void a_year_out_of_range_is_refused() {
        Api.Reponse reponse = api.get("coordinateur", "/api/metiers-prioritaires/1850");

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().at("/erreurs/0/champ").asText()).isEqualTo("annee");
    }
}
