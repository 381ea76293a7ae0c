package be.ibefe.avis.support;

import be.ibefe.avis.rules.ParametresRegles;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The rule parameters exactly as application.yml sets them, for rule tests without Spring. */
public final class Parametres {

    private Parametres() {
    }

    public static ParametresRegles regles() {
        try {
            StandardEnvironment environnement = new StandardEnvironment();
            new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                    .forEach(environnement.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(environnement))
                    .bind("avis.regles", ParametresRegles.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
