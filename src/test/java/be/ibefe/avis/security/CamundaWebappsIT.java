package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda webapps as a browser uses them, with their own login: Cockpit and Admin open to the group admin only,
 * Tasklist to everyone, showing each user the tasks offered to him and nothing more; the engine's REST API for
 * Camunda administrators.
 */
@AvisIntegrationTest
class CamundaWebappsIT {

    private static final String MOTEUR = "/camunda/api/engine/engine/default";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    /** A browser session on the webapps: its cookies and the webapps' CSRF token. */
    private final class Navigateur {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        Navigateur() {
            envoyer(HttpRequest.newBuilder(uri("/camunda/app/welcome/default/")).GET());
        }

        HttpResponse<String> connecter(String application, String login) {
            return envoyer(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + application))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + login + "&password=" + login)));
        }

        HttpResponse<String> get(String chemin) {
            return envoyer(HttpRequest.newBuilder(uri(chemin)).header("Accept", "application/json").GET());
        }

        HttpResponse<String> post(String chemin, String json) {
            return envoyer(HttpRequest.newBuilder(uri(chemin)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        private HttpResponse<String> envoyer(HttpRequest.Builder requete) {
            requete.header("Origin", "http://localhost:" + port);
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().ifPresent(jeton -> requete.header("X-XSRF-TOKEN", jeton));
            try {
                return client.send(requete.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private URI uri(String chemin) {
        return URI.create("http://localhost:" + port + chemin);
    }

    private static JsonNode json(HttpResponse<String> reponse) {
        try {
            return JSON.readTree(reponse.body());
        } catch (IOException e) {
            throw new UncheckedIOException(reponse.body(), e);
        }
    }

    @Test
    void administrators_open_cockpit_and_admin() {
        Navigateur admin = new Navigateur();

        HttpResponse<String> connexion = admin.connecter("cockpit", "admin");

        assertThat(connexion.statusCode()).isEqualTo(200);
        assertThat(json(connexion).get("authorizedApps")).extracting(JsonNode::asText)
                .contains("cockpit", "admin", "tasklist");
        assertThat(json(admin.get(MOTEUR + "/process-definition?key=avis-cisp-agrement"))).isNotEmpty();
        assertThat(admin.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
    }

    @Test
    void other_users_cannot_open_cockpit_or_admin() {
        HttpResponse<String> cockpit = new Navigateur().connecter("cockpit", "analyste");
        HttpResponse<String> administration = new Navigateur().connecter("admin", "coordinateur");

        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(administration.statusCode()).isEqualTo(403);
    }

    @Test
    void tasklist_shows_a_user_the_tasks_offered_to_his_groups_and_nothing_more() {
        String dossierId = new Api(port).post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json()
                .get("id").asText();
        Navigateur analyste = new Navigateur();
        Navigateur membre = new Navigateur();

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
