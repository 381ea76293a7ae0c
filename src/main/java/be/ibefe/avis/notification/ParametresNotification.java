package be.ibefe.avis.notification;

import be.ibefe.avis.dossier.AvisType;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who receives what (avis.notification). {@code courrielActif} false (the embedded default, which has no mail
 * server) records every e-mail as not sent instead of sending it; the letters are produced either way.
 *
 * The Instance that writes (its official name, place of signature, signatories) is its bassin's data
 * ({@code be.ibefe.avis.bassin.IdentitesBassins}), not a setting.
 *
 * @param expediteur        the address e-mails leave from, required when {@code courrielActif}
 * @param referencesLegales for each type, the legal basis quoted in the letters
 * @param administrations   for each type, the administration that asked for the avis and receives it
 */
@ConfigurationProperties("avis.notification")
public record ParametresNotification(boolean courrielActif, String expediteur,
        Map<AvisType, String> referencesLegales, Map<AvisType, Administration> administrations) {

    public record Administration(String nom, String courriel) {
    }
}
