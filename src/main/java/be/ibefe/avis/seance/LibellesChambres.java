package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.Chambre;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this bassin names its bodies (avis.chambres): "CSEF" in Liège, "Chambre Emploi Formation (CEF)" elsewhere.
 */
@ConfigurationProperties("avis")
public record LibellesChambres(Map<Chambre, String> chambres) {

    public String libelle(Chambre chambre) {
        return chambres.getOrDefault(chambre, chambre.name());
    }
}
