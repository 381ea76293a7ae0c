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
 */
@ConfigurationProperties("avis.securite")
public record ParametresSecurite(
        @DefaultValue("12") int bcryptCout,
        @DefaultValue List<String> originesAdmises) {
}
