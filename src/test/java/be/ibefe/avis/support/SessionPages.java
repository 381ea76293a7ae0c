package be.ibefe.avis.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One account in a browser on the pages, over real HTTP: signed in through the login form (unless anonymous), its
 * session cookie kept, and the CSRF token read from a page sent back with each form, as the browser does.
 * Redirections are not followed: they are what a page answers. Given several ports (nodes of a cluster), it sends each
 * request to the next one in turn, with the same cookies, as a load balancer without session affinity does.
 */
public final class SessionPages {

    /** The account that does not sign in. */
    public static final String ANONYME = "anonyme";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final List<Integer> ports;
    private final Map<Integer, Integer> requetesParPort = new LinkedHashMap<>();
    private int suivant;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String jeton;

    /** A session that has not signed in yet: {@link #seConnecter} signs it in, as often as a test needs. */
    public SessionPages(int port) {
        this(List.of(port));
    }

    /** A session not signed in yet whose requests go to these ports in turn. */
    public SessionPages(List<Integer> ports) {
        this.ports = List.copyOf(ports);
    }

    /** A session signed in as {@code compte} (demo convention, password = login), or anonymous. */
    public SessionPages(int port, String compte) {
        this(port);
        if (!compte.equals(ANONYME)) {
            HttpResponse<String> connexion = seConnecter(compte);
            assertThat(connexion.headers().firstValue("Location")).as("connexion de " + compte)
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        }
        jeton = jetonDeLaSession();
    }

    /** Signs in with the demo convention, password = login. */
    public HttpResponse<String> seConnecter(String login) {
        return seConnecter(login, login);
    }

    /** Posts the sign-in form, whatever its outcome; the session then carries the token of what it became. */
    public HttpResponse<String> seConnecter(String login, String motDePasse) {
        jeton = null;
        String corps = formulaire(List.of(Map.entry("username", login), Map.entry("password", motDePasse),
                Map.entry("_csrf", jetonDeLaSession())));
        HttpResponse<String> connexion = envoyer("POST", "/login", "application/x-www-form-urlencoded",
                corps.getBytes(StandardCharsets.UTF_8));
        jeton = jetonDeLaSession();
        return connexion;
    }

    /** The session's CSRF token, ready for a form body written by hand. */
    public String jeton() {
        return URLEncoder.encode(jetonDeLaSession(), StandardCharsets.UTF_8);
    }

    /** A form body written by hand ({@code a=1&b=2&_csrf=…}). */
    public HttpResponse<String> poster(String chemin, String formulaire) {
        return envoyer("POST", chemin, "application/x-www-form-urlencoded", formulaire.getBytes(StandardCharsets.UTF_8));
    }

    private String jetonDeLaSession() {
        Matcher trouve = CSRF.matcher(get("/login").body());
        assertThat(trouve.find()).as("jeton CSRF du formulaire de connexion").isTrue();
        return trouve.group(1);
    }

    public HttpResponse<String> get(String chemin) {
        return envoyer("GET", chemin, null, new byte[0]);
    }

    /**
     * Any request; one that changes something carries the session's CSRF token in its header (the login form, sent
     * before the session has one, carries its own).
     */
    public HttpResponse<String> envoyer(String methode, String chemin, String typeContenu, byte[] corps) {
        int port = ports.get(suivant++ % ports.size());
        requetesParPort.merge(port, 1, Integer::sum);
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin));
        if (!methode.equals("GET") && jeton != null) {
            http.header("X-CSRF-TOKEN", jeton);
        }
        if (typeContenu != null) {
            http.header("Content-Type", typeContenu);
        }
        http.method(methode, corps.length == 0 && methode.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(corps));
        try {
            return client.send(http.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many requests each port answered. */
    public Map<Integer, Integer> requetesParPort() {
        return Map.copyOf(requetesParPort);
    }

    /**
     * A form as the browser posts it: its fields in order (a name may come several times, as checkboxes do) and the
     * CSRF token as a hidden field.
     */
    public HttpResponse<String> poster(String chemin, List<Map.Entry<String, String>> champs) {
        List<Map.Entry<String, String>> avecJeton = new ArrayList<>(champs);
        avecJeton.add(Map.entry("_csrf", jeton));
        return envoyer("POST", chemin, "application/x-www-form-urlencoded",
                formulaire(avecJeton).getBytes(StandardCharsets.UTF_8));
    }

    /** A file form as the browser posts it: the file, the other fields and the CSRF token, in multipart/form-data. */
    public HttpResponse<String> deposer(String chemin, String champ, String nomFichier, byte[] contenu,
            Map<String, String> autres) {
        String frontiere = "----pages" + System.nanoTime();
        ByteArrayOutputStream corps = new ByteArrayOutputStream();
        corps.writeBytes(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"" + champ + "\"; filename=\""
                + nomFichier + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        corps.writeBytes(contenu);
        corps.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> champs = new LinkedHashMap<>(autres);
        champs.put("_csrf", jeton);
        champs.forEach((nom, valeur) -> corps.writeBytes(("--" + frontiere + "\r\nContent-Disposition: form-data; "
                + "name=\"" + nom + "\"\r\n\r\n" + valeur + "\r\n").getBytes(StandardCharsets.UTF_8)));
        corps.writeBytes(("--" + frontiere + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return envoyer("POST", chemin, "multipart/form-data; boundary=" + frontiere, corps.toByteArray());
    }

    private static String formulaire(List<Map.Entry<String, String>> champs) {
        return champs.stream().map(c -> URLEncoder.encode(c.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(c.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
