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

    /** GET /api/dossiers with HTTP Basic, over a socket bound to the given loopback address. */
    private Reponse appeler(String depuis, String motDePasse) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(depuis, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            String jeton = Base64.getEncoder().encodeToString((login + ":" + motDePasse)
                    .getBytes(StandardCharsets.UTF_8));
            OutputStream sortie = socket.getOutputStream();
            sortie.write(("GET /api/dossiers HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic "
                    + jeton + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
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
