package be.ibefe.avis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README « Conventions »: a page asks the service of its capability what the user may do
 * ({@code th:if="${@poles.peutAdministrer(pole.bassin)}"}, {@code TacheService.peutLiberer}), it never writes a right
 * of its own with the Spring Security dialect. A role written in a template is a second copy of the rule that guards
 * the action, and drifts from it: a form shown that answers 403, or one hidden from whom may use it. The main menu
 * ({@code fragments/page.html}) alone names roles, one link per address, as {@code SecurityConfig} guards them.
 */
class DroitsDansLesGabaritsTest {

    private static final Path GABARITS = Path.of("src/main/resources/templates");
    private static final Path MENU = GABARITS.resolve("fragments/page.html");
    private static final Pattern DROIT = Pattern.compile(
            "sec:authoriz|#authorization|#authentication|has(Any)?Role\\(|has(Any)?Authority\\(");

    @Test
    void pages_ask_the_service_what_the_user_may_do() throws IOException {
        List<Path> pages;
        try (Stream<Path> fichiers = Files.walk(GABARITS)) {
            pages = fichiers.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        List<String> ecarts = new ArrayList<>();
        for (Path page : pages) {
            if (page.equals(MENU)) {
                continue;
            }
            List<String> lignes = Files.readAllLines(page);
            for (int i = 0; i < lignes.size(); i++) {
                if (DROIT.matcher(lignes.get(i)).find()) {
                    ecarts.add("%s:%d: %s".formatted(GABARITS.relativize(page), i + 1, lignes.get(i).strip()));
                }
            }
        }

        assertThat(pages).as("gabarits trouvés").hasSizeGreaterThan(30).contains(MENU);
        assertThat(ecarts).as("droits écrits dans une page au lieu de demander au service (méthode peut…)").isEmpty();
    }
}
