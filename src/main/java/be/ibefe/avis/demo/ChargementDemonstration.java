package be.ibefe.avis.demo;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo-2024} (with {@code demo}): loads the demonstration year at start, once. It runs as an
 * application runner, after the other start-up runners (demo accounts, mandates) and before the application is
 * declared ready to accept traffic, on the start-up thread alone: the year is replayed at its historical dates
 * ({@link Rejeu}), the engine's job executor paused and every request answered 503 meanwhile; the real clock comes
 * back even if the loading fails (which then stops the start).
 */
@Component
@Profile("demo-2024")
@Order(10)
class ChargementDemonstration implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ChargementDemonstration.class);

    private final AnneeDeDemonstration annee;

    ChargementDemonstration(AnneeDeDemonstration annee) {
        this.annee = annee;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (annee.dejaChargee()) {
            LOG.info("L'année de démonstration 2024 est déjà chargée.");
            return;
        }
        long debut = System.nanoTime();
        int dossiers = annee.charger();
        // read by the benchmark's start-up measure (BENCHMARKS.md, goal < 20 s on an idle machine)
        LOG.info("Chargement de l'année de démonstration 2024 : {} dossiers en {} s.", dossiers,
                String.format(Locale.FRANCE, "%.1f", (System.nanoTime() - debut) / 1e9));
    }
}
