package be.ibefe.avis.bassin;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The types of avis an administration asked for and receives (avis.notification.types-transmis-administration): for
 * those, each bassin names the administration in its identity, and a bassin that has not is told so. Which
 * administration, at which address, is never a setting: it is the bassin's data ({@link Administration}).
 */
@ConfigurationProperties("avis.notification")
public record TypesTransmis(Set<AvisType> typesTransmisAdministration) {

    public TypesTransmis {
        typesTransmisAdministration = typesTransmisAdministration == null ? Set.of()
                : Set.copyOf(typesTransmisAdministration);
    }

    public boolean attendu(AvisType type) {
        return typesTransmisAdministration.contains(type);
    }
}
