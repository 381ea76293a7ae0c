package be.ibefe.avis.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core, the accessibility checker, run in the page the browser shows. Its pinned copy is kept with the tests
 * ({@code src/test/navigateur/axe-core/}, refreshed by {@code src/test/navigateur/rafraichir-axe-core.sh}); it is
 * injected through the driver, which the pages' Content-Security-Policy does not restrict. Every run is added to
 * {@code target/axe/rapport.txt}: page, width, and each violation with its impact, rule and elements.
 */
public final class Axe {

    private static final Path SCRIPT = Path.of("src", "test", "navigateur", "axe-core", "axe.min.js");
    private static final Path RAPPORT = Path.of("target", "axe", "rapport.txt");
    private static final Set<String> GRAVES = Set.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Navigateur navigateur;
    private final String script;

    public Axe(Navigateur navigateur) {
        this.navigateur = navigateur;
        try {
            script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        navigateur.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** One violation axe found: its rule, its impact and the elements (CSS selectors) concerned. */
    public record Violation(String regle, String impact, String aide, List<String> elements) {
        @Override
        public String toString() {
            return impact + " " + regle + " (" + aide + ") : " + String.join(" | ", elements);
        }
    }

    /**
     * A part a page loads after it opened (htmx: the documents of a dossier…) is dimmed while its request runs
     * ({@code .htmx-request} in avis.css): axe would measure the contrast of that passing state. Waits, within the
     * script timeout, until no htmx request, swap or settling is under way.
     */
    private void attendreLaFinDesChargements() {
        navigateur.driver().executeAsyncScript("""
                var fin = arguments[arguments.length - 1];
                var enCours = function () {
                  return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added') !== null;
                };
                var calmes = 0;
                var tour = setInterval(function () {
                  calmes = enCours() ? 0 : calmes + 1;
                  if (calmes >= 2) { clearInterval(tour); fin(true); }
                }, 50);
                """);
    }

    /**
     * Runs axe on the page as it is now (WCAG 2.0, 2.1 and 2.2 A and AA rules, and axe's best practices), writes the
     * result to the report under {@code libelle}, and gives the serious and critical violations.
     */
    public List<Violation> gravesSur(String libelle) {
        attendreLaFinDesChargements();
        navigateur.driver().executeScript(script);
        Object resultat = navigateur.driver().executeAsyncScript("""
                var fin = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(function (r) { fin(JSON.stringify(r.violations)); })
                  .catch(function (e) { fin('ERREUR ' + e); });
                """);
        String texte = String.valueOf(resultat);
        if (texte.startsWith("ERREUR")) {
            throw new IllegalStateException("axe-core n'a pas pu analyser " + libelle + " : " + texte);
        }
        List<Violation> toutes = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(texte)) {
                List<String> elements = new ArrayList<>();
                v.get("nodes").forEach(n -> elements.add(n.get("target").toString()));
                toutes.add(new Violation(v.get("id").asText(), v.path("impact").asText(), v.path("help").asText(),
                        elements));
            }
            Files.createDirectories(RAPPORT.getParent());
            StringBuilder ligne = new StringBuilder("== ").append(libelle).append(" : ").append(toutes.size())
                    .append(" violation(s)\n");
            toutes.forEach(v -> ligne.append("   ").append(v).append('\n'));
            Files.writeString(RAPPORT, ligne, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return toutes.stream().filter(v -> GRAVES.contains(v.impact())).toList();
    }
}
