package be.ibefe.avis.admin;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The conventions the house rules check a process model against ({@code avis.processus} in application.yml).
 *
 * @param prefixeAvis the key prefix of the avis processes, e.g. {@code avis-} in {@code avis-cisp-agrement}
 * @param cleNotification the key of the shared notification process the decision process must call before it ends
 * @param cleDecision the key of the shared decision process (séance, notification, Instance plénière) every avis
 *     process must call before it ends
 * @param clesPartagees the keys of the shared processes called by the avis processes; they are not avis processes
 *     themselves
 * @param messagesConnus the message names the application correlates; a model may only wait for these
 */
@ConfigurationProperties("avis.processus")
public record ProcessConventions(String prefixeAvis, String cleNotification, String cleDecision,
        Set<String> clesPartagees, Set<String> messagesConnus) {

    public ProcessConventions {
        clesPartagees = clesPartagees == null ? Set.of() : Set.copyOf(clesPartagees);
        messagesConnus = messagesConnus == null ? Set.of() : Set.copyOf(messagesConnus);
    }

    /**
     * An avis process must hand the dossier to the decision process on every path; the shared processes it calls
     * need not.
     */
    public boolean estProcessusAvis(String cle) {
        return cle != null && cle.startsWith(prefixeAvis) && !clesPartagees.contains(cle);
    }

    /** The shared decision process must notify on every path. */
    public boolean estProcessusDecision(String cle) {
        return cle != null && cle.equals(cleDecision);
    }
}
