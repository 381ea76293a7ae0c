package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Fichiers;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A page of another site can make the browser send a form (multipart included) with the Basic credentials the
 * browser remembers: a state-changing call of the API is accepted only from the application's own origin, from an
 * origin the configuration admits (avis.securite.origines-admises), or from a client that sends no origin at all.
 */
@AvisIntegrationTest
class RequetesInterSitesIT {

    private static final String AUTRE_SITE = "https://malveillant.example";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String documents;

    @BeforeEach
    void dossier() {
        api = new Api(port);
        String dossier = api.post("coordinateur", "/api/dossiers", Demandes.creditAdaptation()).json().get("id")
                .asText();
        documents = "/api/dossiers/" + dossier + "/documents";
    }

    @Test
    void an_upload_sent_from_another_site_is_refused_and_nothing_is_stored() {
        long avant = nombreDeDocuments();

        Api.Reponse origine = deposer(api.requete("analyste", documents).header("Origin", AUTRE_SITE));
        Api.Reponse referent = deposer(api.requete("analyste", documents)
                .header("Referer", AUTRE_SITE + "/page-piegee.html"));
        Api.Reponse opaque = deposer(api.requete("analyste", documents).header("Origin", "null"));

        for (Api.Reponse refus : new Api.Reponse[] {origine, referent, opaque}) {
            assertThat(refus.status()).isEqualTo(403);
            assertThat(refus.estProbleme()).isTrue();
            assertThat(refus.json().get("detail").asText()).contains("autre site");
        }
        assertThat(nombreDeDocuments()).isEqualTo(avant);
    }

    @Test
    void the_engine_rest_api_refuses_a_change_sent_from_another_site() {
        Api.Reponse refus = api.envoyer(api.requete("admin", "/engine-rest/user/create")
                .header("Origin", AUTRE_SITE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"profile\":{\"id\":\"intrus\"},\"credentials\":{\"password\":\"Un-mot-de-passe-solide-42\"}}")));

        assertThat(refus.status()).isEqualTo(403);
        assertThat(refus.estProbleme()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = 'intrus'", Long.class))
                .isZero();
    }

    @Test
    void the_application_s_own_origin_an_admitted_one_and_clients_without_origin_are_accepted() {
        long avant = nombreDeDocuments();

        Api.Reponse memeOrigine = deposer(api.requete("analyste", documents)
                .header("Origin", "http://localhost:" + port));
        Api.Reponse memePage = deposer(api.requete("analyste", documents)
                .header("Referer", "http://localhost:" + port + "/dossiers/1"));
        Api.Reponse admise = deposer(api.requete("analyste", documents).header("Origin", "https://avis.example.be"));
        Api.Reponse sansOrigine = deposer(api.requete("analyste", documents));

        assertThat(memeOrigine.status()).isEqualTo(201);
        assertThat(memePage.status()).isEqualTo(201);
        assertThat(admise.status()).isEqualTo(201);
        assertThat(sansOrigine.status()).isEqualTo(201);
        assertThat(nombreDeDocuments()).isEqualTo(avant + 4);
    }

    @Test
    void reading_is_not_concerned() {
        assertThat(api.envoyer(api.requete("analyste", documents).header("Origin", AUTRE_SITE).GET()).status())
                .isEqualTo(200);
    }

    private Api.Reponse deposer(HttpRequest.Builder requete) {
        return api.envoyer(Api.fichier(requete, "fichier", "piece.pdf", Fichiers.pdf()));
    }

    private long nombreDeDocuments() {
        return jdbc.queryForObject("select count(*) from document", Long.class);
    }
}
