package be.ibefe.avis.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Profile {@code demo-2024} (with {@code demo}): loads the demonstration year at start, once. */
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
        LOG.info("Chargement de l'année de démonstration 2024 : {} dossiers.", annee.charger());
    }
}
