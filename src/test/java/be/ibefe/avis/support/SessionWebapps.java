package be.ibefe.avis.support;

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

/**
 * A browser session on the Camunda webapps (Tasklist, Cockpit, Admin), with their own login, cookies and CSRF token:
 * their REST calls ({@value #MOTEUR}) are made as the logged-in user, as the webapps' pages make them.
 */
public final class SessionWebapps {

    /** The engine's REST API as the webapps serve it to their pages. */
    public static final String MOTEUR = "/camunda/api/engine/engine/default";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    public SessionWebapps(int port) {
        this.port = port;
        envoyer(HttpRequest.newBuilder(uri("/camunda/app/welcome/default/")).GET());
    }

    /**
     * Logs in as the webapps do; the login starts a new session, whose CSRF token the webapps' next read brings (their
     * pages read the user's profile at once), so that the session can then write.
     */
    public HttpResponse<String> connecter(String application, String login) {
        HttpResponse<String> connexion = envoyer(HttpRequest.newBuilder(
                        uri("/camunda/api/admin/auth/user/default/login/" + application))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + login + "&password=" + login)));
        get("/camunda/api/admin/auth/user/default");
        return connexion;
    }

    public HttpResponse<String> get(String chemin) {
        return envoyer(HttpRequest.newBuilder(uri(chemin)).header("Accept", "application/json").GET());
    }

    public HttpResponse<String> post(String chemin, String json) {
        return envoyer(HttpRequest.newBuilder(uri(chemin)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static JsonNode json(HttpResponse<String> reponse) {
        try {
            return JSON.readTree(reponse.body());
        } catch (IOException e) {
            throw new UncheckedIOException(reponse.body(), e);
        }
    }

    private URI uri(String chemin) {
        return URI.create("http://localhost:" + port + chemin);
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
