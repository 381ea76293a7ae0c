package be.ibefe.avis.support;

import be.ibefe.avis.AvisApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started again inside the test JVM on a database a previous run left behind, with the test
 * profiles (job executor off: the test runs the waiting jobs itself through {@link Travaux}).
 */
public final class ApplicationRedemarree {

    private ApplicationRedemarree() {
    }

    /**
     * Command-line arguments, so that they override the profiles' settings. Without the Camunda webapps: they keep
     * their state in static fields, and stopping them here would break those of the application the other
     * integration tests share.
     */
    public static ConfigurableApplicationContext demarrer(String moteur, List<String> base) {
        if (!moteur.matches("[A-Za-z0-9]+")) {
            // Camunda silently names an engine with a hyphen "default", the name of the shared test context's engine
            throw new IllegalArgumentException("Nom de moteur sans tiret ni espace attendu : " + moteur);
        }
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--camunda.bpm.process-engine-name=" + moteur,
                "--spring.autoconfigure.exclude="
                        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration"));
        arguments.addAll(base);
        return new SpringApplicationBuilder(AvisApplication.class)
                .profiles(TestProfiles.profils())
                .run(arguments.toArray(String[]::new));
    }
}
