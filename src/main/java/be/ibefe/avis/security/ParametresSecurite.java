package be.ibefe.avis.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of {@code avis.securite} (README, « Sécurité et journal d'audit »).
 *
 * @param bcryptCout BCrypt cost of the account passwords
 * @param originesAdmises origins besides the application's own from which the API accepts a change
 *        (e.g. {@code https://avis.example.be})
 * @param tentativesAvantVerrouillage wrong passwords in a row after which a login is locked
 * @param dureeVerrouillage how long the lock lasts; each further wrong password after it locks the login again
 * @param longueurMinimaleMotDePasse the fewest characters a password may have
 */
@ConfigurationProperties("avis.securite")
public record ParametresSecurite(
        @DefaultValue("12") int bcryptCout,
        @DefaultValue List<String> originesAdmises,
        @DefaultValue("5") int tentativesAvantVerrouillage,
        @DefaultValue("15m") Duration dureeVerrouillage,
        @DefaultValue("12") int longueurMinimaleMotDePasse) {
}
