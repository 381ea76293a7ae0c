package be.ibefe.avis.notification;

import be.ibefe.avis.bassin.AvisType;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who receives what (avis.notification). {@code courrielActif} false (the embedded default, which has no mail
 * server) records every e-mail as not sent instead of sending it; the letters are produced either way.
 *
 * The Instance that writes (its official name, place of signature, signatories) is its bassin's data
 * ({@code be.ibefe.avis.bassin.IdentitesBassins}), not a setting; so are the administrations that receive the avis
 * ({@code be.ibefe.avis.bassin.Administration}): the product ships none, so that no avis ever goes to an address
 * nobody entered.
 *
 * @param expediteur        the address e-mails leave from, required when {@code courrielActif}
 * @param referencesLegales for each type, the legal basis quoted in the letters
 */
@ConfigurationProperties("avis.notification")
public record ParametresNotification(boolean courrielActif, String expediteur,
        Map<AvisType, String> referencesLegales) {
}
