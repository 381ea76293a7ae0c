package be.ibefe.avis.notification;

import be.ibefe.avis.dossier.AvisType;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who receives what (avis.notification). {@code courrielActif} false (the embedded default, which has no mail
 * server) records every e-mail as not sent instead of sending it; the letters are produced either way.
 *
 * @param referencesLegales for each type, the legal basis quoted in the letters
 * @param administrations   for each type, the administration that asked for the avis and receives it
 */
@ConfigurationProperties("avis.notification")
public record ParametresNotification(boolean courrielActif, String expediteur, String instance, String lieu,
        Map<AvisType, String> referencesLegales, Map<AvisType, Administration> administrations) {

    public record Administration(String nom, String courriel) {
    }
}
