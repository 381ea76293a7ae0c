package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Generic names of the bodies (avis.chambres), for a page where no bassin is chosen yet (the chambres offered when
 * convening a séance). Official texts name a body as its bassin does
 * ({@link be.ibefe.avis.bassin.IdentitesBassins#noms}).
 */
@ConfigurationProperties("avis")
public record LibellesChambres(Map<Chambre, String> chambres) {

    public String libelle(Chambre chambre) {
        return chambres.getOrDefault(chambre, chambre.name());
    }
}
