package be.ibefe.avis.thematiques;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A realistic sample of the Liège list (demo/metiers-prioritaires.csv) for each year from 2024 to the current one,
 * where that year has no list yet. Only in the demo profile: in production the coordinator enters the list.
 */
@Component
@Profile("demo")
class DemoMetiersPrioritaires implements ApplicationRunner {

    static final int PREMIERE_ANNEE = 2024;

    private final MetiersPrioritaires metiers;
    private final Clock clock;

    DemoMetiersPrioritaires(MetiersPrioritaires metiers, Clock clock) {
        this.metiers = metiers;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<MetierSaisi> echantillon = lire();
        for (int annee = PREMIERE_ANNEE; annee <= Year.now(clock).getValue(); annee++) {
            if (!metiers.listeExiste(annee)) {
                metiers.remplacer(annee, echantillon);
            }
        }
    }

    /** The sample, also the list the demo's working group proposes ({@link DemoThematiquesCommunes}). */
    static List<MetierSaisi> lire() {
        try (BufferedReader lecteur = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/metiers-prioritaires.csv").getInputStream(), StandardCharsets.UTF_8))) {
            return lecteur.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(";", -1))
                    .map(c -> new MetierSaisi(c[0], c[1].isBlank() ? null : c[1], c[2], ActionOffre.valueOf(c[3])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
