package be.ibefe.avis.architecture;

import static be.ibefe.avis.architecture.ClassesDeLApplication.APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The naming conventions of README « Conventions » that a build can check: a controller that answers programs (the
 * REST API under {@code /api/}, the iCalendar feed under {@code /ical/}) ends in {@code Controller}; one that answers
 * the browser (pages, and the JSON a page's own script asks for) ends in {@code Page}. The container's {@code /error}
 * handler is named for what it does.
 */
class ConventionsDeNommageTest {

    @Test
    void what_programs_read_is_a_controller_and_what_the_browser_shows_is_a_page() {
        List<String> ecarts = new ArrayList<>();
        int controleurs = 0;
        for (JavaClass classe : APPLICATION) {
            if (!classe.isMetaAnnotatedWith(Controller.class) && !classe.isAnnotatedWith(Controller.class)
                    || classe.isAssignableTo(ErrorController.class)) {
                continue;
            }
            controleurs++;
            List<String> adresses = adresses(classe.reflect());
            boolean pourDesProgrammes = !adresses.isEmpty()
                    && adresses.stream().allMatch(a -> a.startsWith("/api/") || a.startsWith("/ical/"));
            String suffixe = pourDesProgrammes ? "Controller" : "Page";
            if (!classe.getSimpleName().endsWith(suffixe)) {
                ecarts.add("%s (%s) devrait finir par %s".formatted(classe.getSimpleName(),
                        String.join(", ", new TreeSet<>(adresses)), suffixe));
            }
        }

        assertThat(controleurs).as("contrôleurs trouvés").isGreaterThan(30);
        assertThat(ecarts).as("contrôleurs dont le suffixe ne dit pas qui les lit").isEmpty();
    }

    /** Every address the class answers: its own prefix joined to each handler method's path. */
    private static List<String> adresses(Class<?> classe) {
        RequestMapping racine = AnnotatedElementUtils.findMergedAnnotation(classe, RequestMapping.class);
        List<String> prefixes = racine == null || racine.path().length == 0 ? List.of("") : List.of(racine.path());
        List<String> adresses = new ArrayList<>();
        for (Method methode : classe.getDeclaredMethods()) {
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(methode, RequestMapping.class);
            if (mapping == null) {
                continue;
            }
            List<String> chemins = mapping.path().length == 0 ? List.of("") : Arrays.asList(mapping.path());
            prefixes.forEach(prefixe -> chemins.forEach(chemin -> adresses.add(prefixe + chemin)));
        }
        return adresses;
    }
}
