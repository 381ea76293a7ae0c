package be.ibefe.avis.banc;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warm-up round before the measured load: signed-in users read the same pages as the measured ones (sign-in,
 * task list, dossier pages, dashboard), so that a server that has just started has compiled its code and opened its
 * connections before Gatling counts anything. Reads only: no task is taken, no import dropped. Any answer other than
 * the expected one stops the run, as a failed request of the measure would.
 */
final class Echauffement {

    private static final Pattern CSRF = Pattern.compile(ChargeSimulation.CSRF);

    private final String adresse;
    private final List<Long> dossiers;

    Echauffement(String adresse, List<Long> dossiers) {
        this.adresse = adresse;
        this.dossiers = dossiers;
    }

    /** That many rounds, each a new sign-in of the coordinateur then the pages; returns how long it took. */
    Duration tours(int tours) throws IOException, InterruptedException {
        long debut = System.nanoTime();
        Random hasard = new Random(11);
        for (int i = 0; i < tours; i++) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            Matcher jeton = CSRF.matcher(lire(client, "/login", 200));
            if (!jeton.find()) {
                throw new IllegalStateException("Échauffement : la page de connexion n'a pas de jeton CSRF");
            }
            String formulaire = "username=coordinateur&password=coordinateur&_csrf="
                    + URLEncoder.encode(jeton.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> connexion = client.send(HttpRequest.newBuilder(URI.create(adresse + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formulaire)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (connexion.statusCode() != 302 || connexion.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("Échauffement : connexion refusée (" + connexion.statusCode() + ")");
            }
            lire(client, "/taches", 200);
            lire(client, "/dossiers/" + dossiers.get(hasard.nextInt(dossiers.size())), 200);
            lire(client, "/tableau-de-bord", 200);
        }
        return Duration.ofNanos(System.nanoTime() - debut);
    }

    private String lire(HttpClient client, String chemin, int attendu) throws IOException, InterruptedException {
        HttpResponse<String> reponse = client.send(HttpRequest.newBuilder(URI.create(adresse + chemin))
                .header("Accept", "text/html").header("Accept-Language", "fr-BE").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (reponse.statusCode() != attendu) {
            throw new IllegalStateException("Échauffement : " + chemin + " a répondu " + reponse.statusCode()
                    + " au lieu de " + attendu);
        }
        return reponse.body();
    }
}
