package be.ibefe.avis.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Names, through {@code PUT /api/bassins/{code}} as the administrator, the administration a bassin's avis of one type
 * go to, the rest of its identity unchanged: the product ships no recipient, so a test that expects an e-mail to an
 * administration enters its address first, as a coordination would.
 */
public final class AdministrationsDuBassin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AdministrationsDuBassin() {
    }

    /** {@code nom} null removes the bassin's administration for the type; {@code adresse}, {@code courriel} may be null. */
    public static JsonNode nommer(Api api, String bassin, String type, String nom, String adresse, String courriel) {
        JsonNode actuelle = api.get("admin", "/api/bassins/" + bassin).json();
        ObjectNode corps = JSON.createObjectNode();
        for (String champ : List.of("version", "nom", "nomOfficiel", "libelleCsef", "libelleBureau", "libellePleniere",
                "adresse", "lieuSignature")) {
            corps.set(champ, actuelle.get(champ));
        }
        ArrayNode signataires = corps.putArray("signataires");
        actuelle.get("signataires").forEach(s -> {
            ObjectNode signataire = signataires.addObject();
            for (String champ : List.of("organe", "nom", "fonction", "debut", "fin")) {
                signataire.set(champ, s.get(champ));
            }
        });
        ArrayNode administrations = corps.putArray("administrations");
        actuelle.get("administrations").forEach(a -> {
            if (!a.get("nom").isNull() && !a.get("type").asText().equals(type)) {
                ObjectNode administration = administrations.addObject();
                for (String champ : List.of("type", "nom", "adresse", "courriel")) {
                    administration.set(champ, a.get(champ));
                }
            }
        });
        if (nom != null) {
            administrations.addObject().put("type", type).put("nom", nom).put("adresse", adresse)
                    .put("courriel", courriel);
        }
        Api.Reponse reponse = api.envoyer(api.requete("admin", "/api/bassins/" + bassin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.json(corps), StandardCharsets.UTF_8)));
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(200);
        return reponse.json();
    }
}
