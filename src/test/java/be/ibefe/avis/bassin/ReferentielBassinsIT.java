package be.ibefe.avis.bassin;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.SessionPages;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The AIBEFE's ten bassins as reference data: available to every user, served once an administrator activates one,
 * which then has a working identity to complete — its own names, « [à compléter : …] » for the rest, never another
 * bassin's data.
 */
@AvisIntegrationTest
class ReferentielBassinsIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentitesBassins identites;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void the_ten_bassins_of_the_aibefe_are_listed_with_those_the_installation_serves() {
        JsonNode referentiel = api.get("analystehuy", "/api/bassins/referentiel").json();

        assertThat(referentiel.findValuesAsText("code")).containsExactly("BW", "BXL", "HC", "HS", "HUY", "LIE", "LUX",
                "NAM", "VER", "WAPI");
        assertThat(bassin(referentiel, "LIE").get("servi").asBoolean()).isTrue();
        assertThat(bassin(referentiel, "HUY").get("servi").asBoolean()).isTrue();
        assertThat(bassin(referentiel, "LIE").get("libelleCsef").asText()).isEqualTo("CSEF");
        assertThat(bassin(referentiel, "WAPI").get("nomOfficiel").asText())
                .isEqualTo("Instance Bassin Enseignement qualifiant - Formation - Emploi de Wallonie picarde");
        assertThat(bassin(referentiel, "BXL").get("libelleCsef").isNull()).isTrue();
    }

    @Test
    void an_administrator_serves_a_bassin_of_the_aibefe_by_its_code_and_it_starts_from_its_own_names_only() {
        assertThat(api.post("coordinateur", "/api/bassins", Map.of("code", "VER")).status()).isEqualTo(403);

        Api.Reponse servi = api.post("admin", "/api/bassins", Map.of("code", "ver"));

        assertThat(servi.status()).as(servi.corps()).isIn(201, 409);
        JsonNode verviers = api.get("admin", "/api/bassins/VER").json();
        assertThat(verviers.get("nom").asText()).isEqualTo("Verviers");
        assertThat(verviers.get("nomOfficiel").asText())
                .isEqualTo("Instance Bassin Enseignement qualifiant - Formation - Emploi de Verviers");
        assertThat(verviers.get("libelleCsef").asText()).isEqualTo("Chambre Emploi Formation (CEF)");
        assertThat(verviers.get("manquants")).extracting(JsonNode::asText)
                .contains("l'adresse postale", "le lieu de signature").doesNotContain("le nom officiel de l'Instance");
        assertThat(verviers.get("destinatairesManquants")).hasSize(5);
        EnTete enTete = identites.enTete("VER", LocalDate.of(2025, 3, 4));
        assertThat(enTete.lieu()).isEqualTo("[à compléter : lieu de signature]");
        assertThat(enTete.adresse()).containsExactly("[à compléter : adresse postale de l'Instance]");
        assertThat(enTete.signataires()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from operateur_ale_reconnu where bassin = 'VER'",
                Integer.class)).isZero();
        assertThat(bassin(api.get("admin", "/api/bassins/referentiel").json(), "VER").get("servi").asBoolean())
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where action = 'BASSIN_CREE' "
                + "and objet_id = 'VER'", Integer.class)).isEqualTo(1);

        Api.Reponse encore = api.post("admin", "/api/bassins", Map.of("code", "VER"));
        assertThat(encore.status()).isEqualTo(409);
        assertThat(encore.json().get("detail").asText()).isEqualTo("Le bassin « VER » existe déjà.");
        Api.Reponse inconnu = api.post("admin", "/api/bassins", Map.of("code", "XYZ"));
        assertThat(inconnu.status()).isEqualTo(400);
        assertThat(inconnu.json().at("/erreurs/0/champ").asText()).isEqualTo("nom");
    }

    @Test
    void the_bassin_page_lets_an_administrator_serve_a_bassin_and_no_one_else() {
        SessionPages admin = new SessionPages(port, "admin");
        assertThat(admin.get("/bassin").body()).contains("Les bassins de l'AIBEFE", "Servir Luxembourg");
        assertThat(new SessionPages(port, "coordinateur").get("/bassin").body()).doesNotContain("Servir Luxembourg");
        assertThat(new SessionPages(port, "coordinateur").poster("/bassin/servir", "code=LUX").statusCode())
                .isEqualTo(403);

        var servi = admin.poster("/bassin/servir", "code=LUX");

        assertThat(servi.statusCode()).isIn(302, 303);
        assertThat(servi.headers().firstValue("Location").orElseThrow()).endsWith("/bassin?code=LUX");
        assertThat(admin.get("/bassin?code=LUX").body()).contains("Bassin Luxembourg (LUX)",
                "Instance Bassin Enseignement qualifiant - Formation - Emploi de Luxembourg");
        var deja = admin.poster("/bassin/servir", "code=LUX");
        assertThat(deja.statusCode()).isEqualTo(409);
        assertThat(deja.body()).contains("Le bassin « LUX » existe déjà.");
    }

    private static JsonNode bassin(JsonNode referentiel, String code) {
        return StreamSupport.stream(referentiel.spliterator(), false).filter(b -> b.get("code").asText().equals(code))
                .findFirst().orElseThrow();
    }
}
