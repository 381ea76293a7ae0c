package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Fichiers;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.SessionPages;
import be.ibefe.avis.support.SessionWebapps;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Autowired
    Bassins bassins;

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

    /**
     * A page forwards to the API for what it serves (the bassin's logo, a séance's procès-verbal): the API's chain
     * must neither open a session nor give the page's one a new id. It did: the image response carried a new cookie
     * while the browser's other requests, sent with the old id, wrote that id back, and the user found the sign-in
     * page at his next click (BassinNavigateurIT, now and then).
     */
    @Test
    void what_a_page_serves_through_the_api_keeps_the_session_and_its_id() {
        Api api = new Api(port);
        Api.Reponse bassin = api.post("admin", "/api/bassins", Map.of("code", "SES", "nom", "Sessions"));
        assertThat(bassin.status()).as(bassin.corps()).isIn(201, 409);
        Api.Reponse logo = api.postFichier("admin", "/api/bassins/SES/logo", "fichier", "logo.png",
                Fichiers.image(12, 4, "png"));
        assertThat(logo.status()).as(logo.corps()).isEqualTo(200);
        String login = compte("sessionlogo", Groupes.COORDINATION);
        bassins.affecter(login, "SES");
        SessionPages pages = connecter(login);
        assertThat(pages.get("/bassin?code=SES").statusCode()).isEqualTo(200);
        String id = idDeLaSession(login);

        HttpResponse<String> image = pages.get("/bassin/SES/logo?v=1");

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().allValues("Set-Cookie")).as("aucun nouveau cookie de session").isEmpty();
        assertThat(idDeLaSession(login)).as("l'identifiant de la session").isEqualTo(id);
        assertThat(pages.get("/bassin?code=SES").statusCode()).as("toujours connecté").isEqualTo(200);

        // the procès-verbal of a séance, through the API's endpoint too
        String seance = new SeancesApi(api).creer("CSEF", "2024-05-28", List.of("membre1", "membre2", "membre3"))
                .get("id").asText();
        String coordinateur = compte("sessionpv", Groupes.COORDINATION);
        bassins.affecter(coordinateur, "LIE");
        SessionPages sesPages = connecter(coordinateur);
        String idCoordinateur = idDeLaSession(coordinateur);

        HttpResponse<String> pv = sesPages.get("/seances/" + seance + "/proces-verbal");

        assertThat(pv.statusCode()).as(pv.body()).isEqualTo(200);
        assertThat(pv.body()).contains("Procès-verbal");
        assertThat(pv.headers().allValues("Set-Cookie")).as("aucun nouveau cookie de session").isEmpty();
        assertThat(idDeLaSession(coordinateur)).as("l'identifiant de la session").isEqualTo(idCoordinateur);
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

    private String idDeLaSession(String login) {
        List<String> ids = jdbc.queryForList("select session_id from spring_session where principal_name = ?",
                String.class, login);
        assertThat(ids).as("une session de " + login).hasSize(1);
        return ids.get(0);
    }

    private long creeesDepuis(long debut) {
        return jdbc.queryForObject("select count(*) from spring_session where creation_time >= ?", Long.class, debut);
    }

    /** An account of the team of its own, so that no other test's session is counted with its. */
    private String compte(String prefixe) {
        return compte(prefixe, Groupes.EQUIPE);
    }

    private String compte(String prefixe, String groupe) {
        String login = prefixe + System.nanoTime();
        User compte = identityService.newUser(login);
        compte.setPassword(MOT_DE_PASSE);
        identityService.saveUser(compte);
        identityService.createMembership(login, groupe);
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
