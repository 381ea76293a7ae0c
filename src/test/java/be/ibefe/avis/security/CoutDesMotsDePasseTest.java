package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/** The BCrypt cost application.yml gives each kind of start, read as Spring Boot reads it. */
class CoutDesMotsDePasseTest {

    @Test
    void a_production_start_hashes_passwords_at_cost_twelve() {
        assertThat(empreinte()).startsWith("$2a$12$");
        assertThat(empreinte("postgres")).startsWith("$2a$12$");
    }

    @Test
    void the_demonstration_whose_passwords_are_the_logins_hashes_them_at_the_lowest_cost() {
        assertThat(empreinte("demo")).startsWith("$2a$04$");
        assertThat(empreinte("postgres", "demo")).startsWith("$2a$04$");
    }

    private static String empreinte(String... profils) {
        StandardEnvironment environnement = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(environnement, new DefaultResourceLoader(), null,
                List.of(profils));
        ParametresSecurite parametres = Binder.get(environnement).bind("avis.securite", ParametresSecurite.class)
                .get();
        return new MotsDePasseBcrypt(parametres).encrypt("coordinateur");
    }
}
