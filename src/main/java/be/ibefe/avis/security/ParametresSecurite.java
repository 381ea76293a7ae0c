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
 * @param tentativesAvantVerrouillage wrong passwords in a row (from one client address) after which a login is locked
 *        for that address
 * @param dureeVerrouillage how long the first lock lasts; each further wrong password after it locks the login again
 * @param croissanceVerrouillage by how much each further lock is longer than the previous one
 * @param dureeVerrouillageMax the longest a lock lasts
 * @param longueurMinimaleMotDePasse the fewest characters a password may have
 * @param oubliEchecs how long after its last wrong password, its lock over, the count of a login and address is
 *        forgotten
 */
@ConfigurationProperties("avis.securite")
public record ParametresSecurite(
        @DefaultValue("12") int bcryptCout,
        @DefaultValue List<String> originesAdmises,
        @DefaultValue("5") int tentativesAvantVerrouillage,
        @DefaultValue("1m") Duration dureeVerrouillage,
        @DefaultValue("2") double croissanceVerrouillage,
        @DefaultValue("15m") Duration dureeVerrouillageMax,
        @DefaultValue("12") int longueurMinimaleMotDePasse,
        @DefaultValue("1d") Duration oubliEchecs) {

    /** A lock that never comes, shrinks, or lasts for good would undo the rule: refused at start-up. */
    public ParametresSecurite {
        if (tentativesAvantVerrouillage < 1 || dureeVerrouillage.isNegative() || dureeVerrouillage.isZero()
                || croissanceVerrouillage < 1 || dureeVerrouillageMax.compareTo(dureeVerrouillage) < 0
                || oubliEchecs.compareTo(dureeVerrouillageMax) <= 0) {
            throw new IllegalArgumentException("avis.securite : il faut au moins 1 tentative avant verrouillage, une "
                    + "durée de verrouillage positive, une croissance d'au moins 1 et une durée maximale au moins égale "
                    + "à la première, et un oubli des échecs (oubli-echecs) plus long que la durée maximale.");
        }
    }
}
