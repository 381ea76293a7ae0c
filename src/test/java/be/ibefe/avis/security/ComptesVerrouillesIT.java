package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Navigateur;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lock keyed on login and client address, with a growing delay under a cap, and the « Comptes » page where an
 * administrator lifts it. Requests come over real HTTP from two loopback addresses (127.0.0.1 and 127.0.0.2); time is
 * the engine's clock, moved by the test.
 */
@AvisIntegrationTest
class ComptesVerrouillesIT {

    private static final String MOT_DE_PASSE = "Cheval-Agrafe-Pile-42";
    private static final String ATTAQUANT = "127.0.0.2";
    private static final String PROPRIETAIRE = "127.0.0.1";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Verrouillages verrouillages;

    String login;

    @BeforeEach
    void compte() {
        ClockUtil.setCurrentTime(new Date());
        login = "verrou" + System.nanoTime();
        User compte = identityService.newUser(login);
        compte.setPassword(MOT_DE_PASSE);
        identityService.saveUser(compte);
        identityService.createMembership(login, Groupes.EQUIPE);
    }

    @AfterEach
    void menage() {
        ClockUtil.reset();
        identityService.deleteUser(login);
        jdbc.update("delete from tentative_connexion where login = ?", login);
        jdbc.update("delete from tentative_connexion where login = 'admin'");
    }

    @Test
    void each_lock_after_the_threshold_lasts_longer_up_to_the_cap_and_a_locked_address_is_not_even_counted() {
        for (int i = 1; i <= 4; i++) {
            assertThat(appeler(ATTAQUANT, "mauvais").statut()).isEqualTo(401);
        }
        assertThat(fin()).isNull();

        long[] minutes = {1, 2, 4, 8, 15, 15};
        for (long attendu : minutes) {
            Instant avant = ClockUtil.getCurrentTime().toInstant();
            appeler(ATTAQUANT, "mauvais");
            assertThat(Duration.between(avant, fin())).isEqualTo(Duration.ofMinutes(attendu));
            // while locked, wrong passwords change nothing: one guess per lock
            Reponse verrouille = appeler(ATTAQUANT, MOT_DE_PASSE);
            assertThat(verrouille.statut()).isEqualTo(401);
            assertThat(verrouille.corps()).contains("temporairement verrouillé pour cette adresse", "(" + attendu
                    + (attendu == 1 ? " minute)" : " minutes)"));
            assertThat(Duration.between(avant, fin())).isEqualTo(Duration.ofMinutes(attendu));
            avancer(Duration.ofMinutes(attendu).minusSeconds(1));
            assertThat(appeler(ATTAQUANT, MOT_DE_PASSE).statut()).isEqualTo(401);
            avancer(Duration.ofSeconds(1));
        }
        assertThat(jdbc.queryForObject("select echecs from tentative_connexion where login = ?", Integer.class, login))
                .isEqualTo(10);

        assertThat(appeler(ATTAQUANT, MOT_DE_PASSE).statut()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from tentative_connexion where login = ?", Long.class, login))
                .isZero();
    }

    @Test
    void whoever_knows_a_login_locks_it_for_his_own_address_never_for_its_owner() {
        for (int i = 1; i <= 5; i++) {
            appeler(ATTAQUANT, "mauvais-" + i);
        }

        assertThat(appeler(ATTAQUANT, MOT_DE_PASSE).statut()).isEqualTo(401);
        assertThat(appeler(PROPRIETAIRE, MOT_DE_PASSE).statut()).isEqualTo(200);
        assertThat(appeler(ATTAQUANT, MOT_DE_PASSE).statut()).isEqualTo(401);
    }

    @Test
    void an_administrator_sees_the_lock_on_the_comptes_page_and_lifts_it_journaled() {
        for (int i = 1; i <= 5; i++) {
            appeler(PROPRIETAIRE, "mauvais-" + i);
        }
        assertThat(appeler(PROPRIETAIRE, MOT_DE_PASSE).statut()).isEqualTo(401);

        try (Navigateur navigateur = new Navigateur(port)) {
            navigateur.connecter("admin").suivre(By.linkText("Comptes"));
            assertThat(navigateur.element(By.cssSelector("tr[data-login='" + login + "']")).getText())
                    .contains(PROPRIETAIRE, "5");
            navigateur.capture("comptes-verrouilles");

            navigateur.suivre(By.xpath("//button[@aria-label='Déverrouiller " + login + "']"));

            assertThat(navigateur.voit("« " + login + " » est déverrouillé")).isNotEmpty();
            assertThat(navigateur.elements(By.cssSelector("tr[data-login='" + login + "']"))).isEmpty();
        }
        assertThat(appeler(PROPRIETAIRE, MOT_DE_PASSE).statut()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where action = 'COMPTE_DEVERROUILLE'"
                + " and objet_id = ? and utilisateur = 'admin'", Long.class, login)).isEqualTo(1);
    }

    private Reponse appeler(String depuis, String login, String motDePasse, String requete, String entetes) {
        return appeler(port, depuis, login, motDePasse, requete, entetes);
    }

    /**
     * Simultaneous wrong passwords from one address: each check waits for the count of the one before, so that no
     * more passwords are tested than the threshold (5) before the lock, however many arrive at once.
     */
    @Test
    void simultaneous_wrong_passwords_from_one_address_test_no_more_than_the_threshold() throws Exception {
        int rafale = 16;
        ExecutorService pool = Executors.newFixedThreadPool(rafale);
        CountDownLatch depart = new CountDownLatch(1);
        List<Future<Reponse>> reponses = new ArrayList<>();
        for (int i = 0; i < rafale; i++) {
            String motDePasse = "mauvais-" + i;
            reponses.add(pool.submit(() -> {
                depart.await();
                return appeler(ATTAQUANT, motDePasse);
            }));
        }
        depart.countDown();
        List<Reponse> recues = new ArrayList<>();
        for (Future<Reponse> reponse : reponses) {
            recues.add(reponse.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(recues).extracting(Reponse::statut).containsOnly(401);
        // the first four are told « incorrect »; the fifth locks, and every later one finds the lock untested
        assertThat(recues.stream().filter(r -> r.corps().contains("verrouillé")).count()).isEqualTo(rafale - 4);
        assertThat(jdbc.queryForObject("select echecs from tentative_connexion where login = ? and adresse = ?",
                Integer.class, login, ATTAQUANT)).isEqualTo(5);
        assertThat(appeler(PROPRIETAIRE, MOT_DE_PASSE).statut()).isEqualTo(200);
    }

    /** An X-Forwarded-For sent by a client itself, with no proxy trusted (the default), changes nothing. */
    @Test
    void a_client_cannot_choose_the_address_its_failures_are_counted_under() {
        for (int i = 1; i <= 5; i++) {
            appeler(ATTAQUANT, login, "mauvais-" + i, "GET /api/dossiers", "X-Forwarded-For: 198.51.100." + i
                    + "\r\n");
        }

        assertThat(jdbc.queryForList("select adresse from tentative_connexion where login = ?", String.class, login))
                .containsExactly(ATTAQUANT);
        assertThat(appeler(ATTAQUANT, login, MOT_DE_PASSE, "GET /api/dossiers", "X-Forwarded-For: 198.51.100.99\r\n")
                .statut()).isEqualTo(401);
    }

    /** The engine's own unlock (Camunda Admin, /engine-rest) is journaled like the « Comptes » page's. */
    @Test
    void an_unlock_through_the_engine_rest_api_is_journaled_in_the_administrator_s_name() {
        for (int i = 1; i <= 5; i++) {
            appeler(PROPRIETAIRE, "mauvais-" + i);
        }
        assertThat(appeler(PROPRIETAIRE, MOT_DE_PASSE).statut()).isEqualTo(401);

        assertThat(appeler("127.0.0.3", "admin", "admin", "POST /engine-rest/user/" + login + "/unlock", "")
                .statut()).isEqualTo(204);

        assertThat(appeler(PROPRIETAIRE, MOT_DE_PASSE).statut()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where action = 'COMPTE_DEVERROUILLE'"
                + " and objet_id = ? and utilisateur = 'admin'", Long.class, login)).isEqualTo(1);
    }

    @Test
    void an_unlock_by_the_application_s_code_is_journaled_too_and_one_with_nothing_to_lift_is_not() {
        for (int i = 1; i <= 5; i++) {
            appeler(PROPRIETAIRE, "mauvais-" + i);
        }

        assertThat(verrouillages.deverrouiller(login)).isTrue();
        assertThat(verrouillages.deverrouiller(login)).isFalse();

        assertThat(jdbc.queryForList("select utilisateur from journal_audit where action = 'COMPTE_DEVERROUILLE'"
                + " and objet_id = ?", String.class, login)).containsExactly(CurrentUser.SYSTEME);
    }

    @Test
    void old_counts_whose_lock_is_over_are_forgotten_by_the_scheduled_cleaning_the_others_kept() {
        Instant maintenant = ClockUtil.getCurrentTime().toInstant();
        Instant ilYADeuxJours = maintenant.minus(Duration.ofDays(2));
        inserer("10.9.0.1", ilYADeuxJours, null);
        inserer("10.9.0.2", ilYADeuxJours, ilYADeuxJours.plus(Duration.ofMinutes(15)));
        inserer("10.9.0.3", maintenant.minus(Duration.ofHours(23)), null);
        inserer("10.9.0.4", ilYADeuxJours, maintenant.plus(Duration.ofMinutes(1)));
        // the limit itself: exactly one day old is not yet older than a day
        inserer("10.9.0.5", maintenant.minus(Duration.ofDays(1)), null);

        assertThat(verrouillages.oublierLesAnciensEchecs()).isGreaterThanOrEqualTo(2);

        assertThat(jdbc.queryForList("select adresse from tentative_connexion where login = ? order by adresse",
                String.class, login)).containsExactly("10.9.0.3", "10.9.0.4", "10.9.0.5");
        avancer(Duration.ofMillis(1));
        verrouillages.oublierLesAnciensEchecs();
        assertThat(jdbc.queryForList("select adresse from tentative_connexion where login = ? order by adresse",
                String.class, login)).containsExactly("10.9.0.3", "10.9.0.4");
    }

    private void inserer(String adresse, Instant dernierEchec, Instant fin) {
        jdbc.update("insert into tentative_connexion (login, adresse, echecs, fin, dernier_echec) values (?, ?, 7, ?, ?)",
                login, adresse, fin == null ? null : Timestamp.from(fin), Timestamp.from(dernierEchec));
    }

    /**
     * A right password with no failure counted before it (every sign-in of the day, every HTTP Basic call) writes
     * nothing: read from H2's statistics of the statements run (the PostgreSQL pass has none to read).
     */
    @Test
    void a_right_password_deletes_a_count_only_when_there_was_one() {
        Assumptions.assumeTrue(jdbc.queryForObject("select count(*) from information_schema.tables"
                + " where table_name = 'QUERY_STATISTICS'", Long.class) > 0, "statistiques des requêtes de H2");
        jdbc.execute("set query_statistics true");
        try {
            long avant = suppressions();
            assertThat(appeler(PROPRIETAIRE, MOT_DE_PASSE).statut()).isEqualTo(200);
            assertThat(appeler(PROPRIETAIRE, MOT_DE_PASSE).statut()).isEqualTo(200);
            assertThat(suppressions()).isEqualTo(avant);

            assertThat(appeler(PROPRIETAIRE, "mauvais").statut()).isEqualTo(401);
            assertThat(appeler(PROPRIETAIRE, MOT_DE_PASSE).statut()).isEqualTo(200);
            assertThat(suppressions()).isEqualTo(avant + 1);
            assertThat(jdbc.queryForObject("select count(*) from tentative_connexion where login = ?", Long.class,
                    login)).isZero();
        } finally {
            jdbc.execute("set query_statistics false");
        }
    }

    /** How many times the count of one login and address has been deleted, since the statistics are on. */
    private long suppressions() {
        return jdbc.queryForList("select execution_count, sql_statement from information_schema.query_statistics")
                .stream().filter(l -> l.get("SQL_STATEMENT").toString().toLowerCase().startsWith(
                        "delete from tentative_connexion where login = ? and adresse = ?"))
                .mapToLong(l -> ((Number) l.get("EXECUTION_COUNT")).longValue()).sum();
    }

    private Instant fin() {
        return jdbc.query("select fin from tentative_connexion where login = ? and fin is not null",
                (rs, n) -> rs.getTimestamp("fin").toInstant(), login).stream().findFirst().orElse(null);
    }

    /**
     * More simultaneous wrong passwords than the database pool has connections (10): each is counted on the connection
     * of its own password check, so none waits for a second connection; all are refused in French (401), none fails
     * (500), and the owner still signs in at once.
     */
    @Test
    void a_burst_of_wrong_passwords_larger_than_the_pool_is_refused_and_counted_without_stalling_anything()
            throws Exception {
        int rafale = 24;
        ExecutorService pool = Executors.newFixedThreadPool(rafale);
        CountDownLatch depart = new CountDownLatch(1);
        List<Future<Reponse>> reponses = new ArrayList<>();
        for (int i = 0; i < rafale; i++) {
            String adresse = "127.0.1." + (10 + i);
            reponses.add(pool.submit(() -> {
                depart.await();
                return appeler(adresse, "faux");
            }));
        }
        depart.countDown();
        List<Integer> statuts = new ArrayList<>();
        for (Future<Reponse> reponse : reponses) {
            statuts.add(reponse.get(60, TimeUnit.SECONDS).statut());
        }
        pool.shutdown();

        assertThat(statuts).containsOnly(401);
        assertThat(jdbc.queryForObject("select count(*) from tentative_connexion where login = ?", Long.class, login))
                .isEqualTo(rafale);
        assertThat(appeler(PROPRIETAIRE, MOT_DE_PASSE).statut()).isEqualTo(200);
    }

    private static void avancer(Duration duree) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duree.toMillis()));
    }

    record Reponse(int statut, String corps) {
    }

    private Reponse appeler(String depuis, String motDePasse) {
        return appeler(depuis, login, motDePasse, "GET /api/dossiers", "");
    }

    /**
     * A request with HTTP Basic, over a socket bound to the given loopback address; {@code entetes}: more header
     * lines, each ending with CRLF.
     */
    static Reponse appeler(int port, String depuis, String login, String motDePasse, String requete,
            String entetes) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(depuis, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            String jeton = Base64.getEncoder().encodeToString((login + ":" + motDePasse)
                    .getBytes(StandardCharsets.UTF_8));
            OutputStream sortie = socket.getOutputStream();
            sortie.write((requete + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic "
                    + jeton + "\r\nAccept: application/json\r\n" + entetes + "Content-Length: 0\r\n"
                    + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            sortie.flush();
            InputStream entree = socket.getInputStream();
            String reponse = new String(entree.readAllBytes(), StandardCharsets.UTF_8);
            return new Reponse(Integer.parseInt(reponse.substring(9, 12)), reponse);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
