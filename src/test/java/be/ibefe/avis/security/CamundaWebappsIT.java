package be.ibefe.avis.security;

import static be.ibefe.avis.support.SessionWebapps.MOTEUR;
import static be.ibefe.avis.support.SessionWebapps.json;
import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SessionWebapps;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda webapps as a browser uses them, with their own login: Cockpit and Admin open to the group admin only,
 * Tasklist to everyone, showing each user the tasks offered to him and nothing more; the engine's REST API for
 * Camunda administrators.
 */
@AvisIntegrationTest
class CamundaWebappsIT {

    @LocalServerPort
    int port;

    @Test
    void administrators_open_cockpit_and_admin() {
        SessionWebapps admin = new SessionWebapps(port);

        HttpResponse<String> connexion = admin.connecter("cockpit", "admin");

        assertThat(connexion.statusCode()).isEqualTo(200);
        assertThat(json(connexion).get("authorizedApps")).extracting(JsonNode::asText)
                .contains("cockpit", "admin", "tasklist");
        assertThat(json(admin.get(MOTEUR + "/process-definition?key=avis-cisp-agrement"))).isNotEmpty();
        assertThat(admin.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
    }

    @Test
    void other_users_cannot_open_cockpit_or_admin() {
        HttpResponse<String> cockpit = new SessionWebapps(port).connecter("cockpit", "analyste");
        HttpResponse<String> administration = new SessionWebapps(port).connecter("admin", "coordinateur");

        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(administration.statusCode()).isEqualTo(403);
    }

    @Test
    void tasklist_shows_a_user_the_tasks_offered_to_his_groups_and_nothing_more() {
        String dossierId = new Api(port).post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json()
                .get("id").asText();
        SessionWebapps analyste = new SessionWebapps(port);
        SessionWebapps membre = new SessionWebapps(port);

        HttpResponse<String> connexion = analyste.connecter("tasklist", "analyste");
        membre.connecter("tasklist", "membre1");
        JsonNode taches = json(analyste.get(MOTEUR + "/task?processInstanceBusinessKey=" + dossierId));
        String tacheId = taches.at("/0/id").asText();

        assertThat(connexion.statusCode()).isEqualTo(200);
        assertThat(json(connexion).get("authorizedApps")).extracting(JsonNode::asText)
                .doesNotContain("cockpit", "admin").contains("tasklist");
        assertThat(taches.findValuesAsText("taskDefinitionKey")).containsExactly("Task_VerifierRecevabilite");
        assertThat(analyste.get(MOTEUR + "/task/" + tacheId + "/deployed-form").statusCode()).isEqualTo(200);
        assertThat(json(analyste.get(MOTEUR + "/deployment"))).isEmpty();
        assertThat(json(membre.get(MOTEUR + "/task?processInstanceBusinessKey=" + dossierId))).isEmpty();
        assertThat(membre.post(MOTEUR + "/task/" + tacheId + "/complete", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void the_engine_rest_api_answers_camunda_administrators_only() {
        Api api = new Api(port);

        assertThat(api.get("admin", "/engine-rest/engine").status()).isEqualTo(200);
        assertThat(api.get("analyste", "/engine-rest/engine").status()).isEqualTo(403);
        assertThat(api.get(null, "/engine-rest/engine").status()).isEqualTo(401);
    }
}
