package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Fichiers;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who may do what over the API, the engine's own REST API, passwords and headers. */
@AvisIntegrationTest
class SecuriteApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void the_engine_rest_api_needs_an_account_and_is_for_camunda_administrators_only() {
        assertThat(api.get(null, "/engine-rest/engine").status()).isEqualTo(401);
        assertThat(api.get("analyste", "/engine-rest/task").status()).isEqualTo(403);
        assertThat(api.get("coordinateur", "/engine-rest/process-definition").status()).isEqualTo(403);
        assertThat(api.get("admin", "/engine-rest/engine").status()).isEqualTo(200);
    }

    @Test
    void the_engine_rest_api_acts_in_the_name_of_its_caller() {
        String dossier = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id")
                .asText();
        String tache = taskService.createTaskQuery().processInstanceBusinessKey(dossier).singleResult().getId();

        Api.Reponse claim = api.postBrut("admin", "/engine-rest/task/" + tache + "/claim", "application/json",
                "{\"userId\": \"admin\"}");

        assertThat(claim.status()).isEqualTo(204);
        assertThat(historyService.createUserOperationLogQuery().taskId(tache)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CLAIM).singleResult().getUserId())
                .isEqualTo("admin");
    }

    @Test
    void members_of_the_csef_read_dossiers_but_do_not_register_them_nor_upload() {
        String dossier = api.post("analyste", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id")
                .asText();

        assertThat(api.get("membre3", "/api/dossiers/" + dossier).status()).isEqualTo(200);
        Api.Reponse enregistrement = api.post("membre3", "/api/dossiers", Demandes.cispNouvelleFiliere());
        assertThat(enregistrement.status()).isEqualTo(403);
        assertThat(enregistrement.estProbleme()).isTrue();
        assertThat(enregistrement.json().get("detail").asText())
                .isEqualTo("Vos groupes ne vous permettent pas cette action.");
        assertThat(api.postFichier("membre3", "/api/dossiers/" + dossier + "/documents", "fichier", "note.pdf",
                Fichiers.pdf()).status()).isEqualTo(403);
    }

    @Test
    void only_the_coordination_runs_seances_not_even_the_administrator() {
        Map<String, Object> seance = Map.of("chambre", "CSEF", "date", "2024-05-28",
                "membresPresents", List.of("membre1", "membre2", "membre3"));

        assertThat(api.post("admin", "/api/seances", seance).status()).isEqualTo(403);
        assertThat(api.post("analyste", "/api/seances", seance).status()).isEqualTo(403);
        assertThat(api.post("coordinateur", "/api/seances", seance).status()).isEqualTo(201);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        String empreinte = jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?", String.class,
                "membre4");

        assertThat(empreinte).startsWith("{BCRYPT}$2a$").doesNotContain("membre4");
    }

    @Test
    void api_answers_carry_the_protective_headers() {
        Api.Reponse reponse = api.get("analyste", "/api/dossiers");

        assertThat(reponse.brute().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(reponse.brute().headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(reponse.brute().headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(reponse.brute().headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void pages_allow_no_script_but_the_application_s_own() {
        Api.Reponse page = api.envoyer(api.requete(null, "/login").setHeader("Accept", "text/html"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.brute().headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'self'")
                .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
        assertThat(page.brute().headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.corps()).doesNotContain("javascript:");
    }
}
