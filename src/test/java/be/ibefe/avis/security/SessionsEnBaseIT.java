package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.SessionPages;
import be.ibefe.avis.support.SessionWebapps;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions of the pages and of the Camunda webapps live in the database (Spring Session JDBC, migration V35), so
 * that any node of a cluster serves any signed-in user; the API opens none; a sign-out or an expiry removes them.
 */
@AvisIntegrationTest
class SessionsEnBaseIT {

    private static final String MOT_DE_PASSE = "Cheval-Agrafe-Pile-42";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Autowired
    IdentityService identityService;

    private final List<String> crees = new ArrayList<>();

    @Test
    void a_sign_in_on_the_pages_is_a_row_of_the_database_and_a_sign_out_deletes_it() {
        String login = compte("sessionpages");
        SessionPages pages = connecter(login);

        assertThat(sessionsDe(login)).as("la session de l'utilisateur, en base").hasSize(1);
        assertThat(pages.get("/taches").statusCode()).isEqualTo(200);

        HttpResponse<String> deconnexion = pages.poster("/logout", List.of());

        assertThat(deconnexion.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?deconnecte"));
        assertThat(sessionsDe(login)).as("plus de session après la déconnexion").isEmpty();
        assertThat(pages.get("/taches").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void an_expired_session_is_deleted_by_the_cleanup_and_sends_back_to_the_sign_in() {
        String login = compte("sessionexpiree");
        SessionPages pages = connecter(login);
        assertThat(pages.get("/dossiers").statusCode()).isEqualTo(200);
        String session = sessionsDe(login).get(0);
        jdbc.update("update spring_session set expiry_time = ? where primary_id = ?",
                System.currentTimeMillis() - 1000, session);

        sessions.cleanUpExpiredSessions();

        assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes where session_primary_id = ?",
                Long.class, session)).as("ses attributs, effacés avec elle").isZero();
        assertThat(sessionsDe(login)).isEmpty();
        assertThat(pages.get("/dossiers").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void the_api_opens_no_session() {
        long debut = System.currentTimeMillis();

        Api.Reponse reponse = new Api(port).get("coordinateur", "/api/dossiers?size=1");

        assertThat(reponse.status()).isEqualTo(200);
        assertThat(reponse.brute().headers().allValues("Set-Cookie")).isEmpty();
        assertThat(creeesDepuis(debut)).isZero();
    }

    @Test
    void the_camunda_webapps_keep_their_sign_in_in_the_database() {
        long debut = System.currentTimeMillis();
        SessionWebapps webapps = new SessionWebapps(port);

        assertThat(webapps.connecter("cockpit", "admin").statusCode()).isEqualTo(200);

        assertThat(creeesDepuis(debut)).as("la session de Cockpit, en base").isPositive();
        // the webapps keep who signed in under this name (Camunda's AuthenticationUtil)
        assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes a join spring_session s on "
                + "s.primary_id = a.session_primary_id where a.attribute_name = 'authenticatedUser' and "
                + "s.creation_time >= ?", Long.class, debut)).as("l'authentification des applications Camunda")
                .isEqualTo(1);
        assertThat(webapps.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
    }

    private List<String> sessionsDe(String login) {
        return jdbc.queryForList("select primary_id from spring_session where principal_name = ?", String.class,
                login);
    }

    private long creeesDepuis(long debut) {
        return jdbc.queryForObject("select count(*) from spring_session where creation_time >= ?", Long.class, debut);
    }

    /** An account of the team of its own, so that no other test's session is counted with its. */
    private String compte(String prefixe) {
        String login = prefixe + System.nanoTime();
        User compte = identityService.newUser(login);
        compte.setPassword(MOT_DE_PASSE);
        identityService.saveUser(compte);
        identityService.createMembership(login, Groupes.EQUIPE);
        crees.add(login);
        return login;
    }

    private SessionPages connecter(String login) {
        SessionPages pages = new SessionPages(port);
        assertThat(pages.seConnecter(login, MOT_DE_PASSE).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return pages;
    }

    @AfterEach
    void menage() {
        crees.forEach(identityService::deleteUser);
    }
}
