package be.ibefe.avis.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser on the application's pages without a browser: keeps its session cookie, does not follow redirects by
 * itself, signs in through the form with its CSRF token.
 */
public final class SessionPages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient navigateur = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public SessionPages(int port) {
        this.port = port;
    }

    /** Signs in with the demo convention, password = login. */
    public HttpResponse<String> seConnecter(String login) {
        return seConnecter(login, login);
    }

    public HttpResponse<String> seConnecter(String login, String motDePasse) {
        return poster("/login", "username=" + encoder(login) + "&password=" + encoder(motDePasse) + "&_csrf="
                + jeton());
    }

    /** The CSRF token of the sign-in form, ready for a form body. */
    public String jeton() {
        Matcher jeton = CSRF.matcher(get("/login").body());
        assertThat(jeton.find()).as("CSRF token in the sign-in form").isTrue();
        return encoder(jeton.group(1));
    }

    public HttpResponse<String> get(String chemin) {
        return envoyer(HttpRequest.newBuilder(uri(chemin)).GET());
    }

    public HttpResponse<String> poster(String chemin, String formulaire) {
        return envoyer(HttpRequest.newBuilder(uri(chemin))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulaire)));
    }

    private static String encoder(String valeur) {
        return URLEncoder.encode(valeur, StandardCharsets.UTF_8);
    }

    private URI uri(String chemin) {
        return URI.create("http://localhost:" + port + chemin);
    }

    private HttpResponse<String> envoyer(HttpRequest.Builder requete) {
        try {
            return navigateur.send(requete.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
