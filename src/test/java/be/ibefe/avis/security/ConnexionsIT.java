package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.SessionPages;
import be.ibefe.avis.support.SessionWebapps;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in: a lock after wrong passwords that ends by itself and says until when; an unknown login answered like
 * a known one, after the same work; one password policy for every way a password is set.
 */
@AvisIntegrationTest
class ConnexionsIT {

    /** avis.securite.tentatives-avant-verrouillage, duree-verrouillage: the first lock (application.yml). */
    private static final int TENTATIVES = 5;
    private static final Duration DUREE = Duration.ofMinutes(1);
    private static final String MOT_DE_PASSE = "Cheval-Agrafe-Pile-42";
    private static final String CHEMIN = "/api/dossiers";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    Comptes comptes;

    Api api;
    final List<String> crees = new ArrayList<>();

    @BeforeEach
    void maintenant() {
        api = new Api(port);
        ClockUtil.setCurrentTime(new Date());
    }

    @AfterEach
    void menage() {
        ClockUtil.reset();
        crees.forEach(identityService::deleteUser);
    }

    @Test
    void wrong_passwords_lock_the_login_for_a_while_said_until_when_then_the_right_one_works_again() {
        String login = compte("verrou");
        for (int i = 1; i < TENTATIVES; i++) {
            assertThat(appeler(login, "mauvais-" + i).status()).isEqualTo(401);
        }
        // below the threshold the right password still works, and starts the count afresh
        assertThat(appeler(login, MOT_DE_PASSE).status()).isEqualTo(200);
        for (int i = 1; i <= TENTATIVES; i++) {
            appeler(login, "mauvais-" + i);
        }

        Api.Reponse verrouille = appeler(login, MOT_DE_PASSE);

        assertThat(verrouille.status()).isEqualTo(401);
        assertThat(verrouille.estProbleme()).isTrue();
        assertThat(verrouille.json().get("detail").asText())
                .contains("temporairement verrouillé", "jusqu'au ")
                .doesNotContain("Identifiez-vous");

        avancer(DUREE.minusSeconds(1));
        assertThat(appeler(login, MOT_DE_PASSE).status()).isEqualTo(401);
        avancer(Duration.ofSeconds(1));
        assertThat(appeler(login, MOT_DE_PASSE).status()).isEqualTo(200);
    }

    @Test
    void an_administrator_lifts_a_lock_before_its_end() {
        String login = compte("deverrou");
        for (int i = 1; i <= TENTATIVES; i++) {
            appeler(login, "mauvais-" + i);
        }

        Api.Reponse deverrouillage = api.envoyer(api.requete("admin", "/engine-rest/user/" + login + "/unlock")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(deverrouillage.status()).isEqualTo(204);
        assertThat(appeler(login, MOT_DE_PASSE).status()).isEqualTo(200);
    }

    @Test
    void the_sign_in_page_says_the_login_is_locked_and_until_when() {
        String login = compte("verroupage");
        SessionPages pages = new SessionPages(port);
        for (int i = 1; i <= TENTATIVES; i++) {
            pages.seConnecter(login, "mauvais-" + i);
        }

        HttpResponse<String> refus = pages.seConnecter(login, MOT_DE_PASSE);

        assertThat(refus.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(pages.get("/login?error").body()).contains("temporairement verrouillé", "jusqu&#39;au ")
                .doesNotContain("Identifiant ou mot de passe incorrect.");
    }

    @Test
    void an_unknown_login_is_answered_exactly_like_a_known_one_locked_included() {
        String connu = compte("connu");
        String inconnu = "inconnu" + System.nanoTime();

        for (int i = 1; i <= TENTATIVES + 1; i++) {
            Api.Reponse reponseConnu = appeler(connu, "mauvais-" + i);
            Api.Reponse reponseInconnu = appeler(inconnu, "mauvais-" + i);

            assertThat(reponseInconnu.status()).isEqualTo(reponseConnu.status()).isEqualTo(401);
            assertThat(reponseInconnu.corps()).isEqualTo(reponseConnu.corps());
            assertThat(reponseInconnu.brute().headers().map()).containsOnlyKeys(
                    reponseConnu.brute().headers().map().keySet());
        }
        assertThat(appeler(inconnu, MOT_DE_PASSE).corps()).isEqualTo(appeler(connu, MOT_DE_PASSE).corps())
                .contains("temporairement verrouillé");
    }

    @Test
    void an_unknown_login_costs_one_password_check_like_a_known_one() {
        String connu = compte("couteux");
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        PasswordManager origine = configuration.getPasswordManager();
        AtomicInteger verifications = new AtomicInteger();
        configuration.setPasswordManager(new PasswordManager(configuration.getPasswordEncryptor(), List.of()) {
            @Override
            public boolean check(String motDePasse, String empreinte) {
                verifications.incrementAndGet();
                return origine.check(motDePasse, empreinte);
            }
        });
        try {
            appeler(connu, "mauvais");
            int pourUnConnu = verifications.getAndSet(0);
            appeler("inconnu" + System.nanoTime(), "mauvais");
            int pourUnInconnu = verifications.get();

            assertThat(pourUnConnu).isEqualTo(1);
            assertThat(pourUnInconnu).isEqualTo(pourUnConnu);
        } finally {
            configuration.setPasswordManager(origine);
        }
    }

    @Test
    void the_engine_rest_api_refuses_a_weak_password_in_french_and_accepts_a_strong_one() {
        String login = "rest" + System.nanoTime();

        Api.Reponse faible = creerParLeMoteur(login, "a");
        Api.Reponse sonLogin = creerParLeMoteur(login, login + "-2024-abc");
        Api.Reponse solide = creerParLeMoteur(login, MOT_DE_PASSE);
        crees.add(login);

        assertThat(faible.status()).isEqualTo(400);
        assertThat(faible.json().get("message").asText()).contains("au moins 12 caractères");
        assertThat(sonLogin.status()).isEqualTo(400);
        assertThat(solide.status()).isEqualTo(204);
        assertThat(identityService.checkPassword(login, MOT_DE_PASSE)).isTrue();
    }

    @Test
    void camunda_admin_and_our_own_accounts_follow_the_same_policy() {
        SessionWebapps admin = new SessionWebapps(port);
        admin.connecter("admin", "admin");
        String login = "admin" + System.nanoTime();

        HttpResponse<String> refus = admin.post(SessionWebapps.MOTEUR + "/user/create",
                "{\"profile\":{\"id\":\"" + login + "\"},\"credentials\":{\"password\":\"court\"}}");

        assertThat(refus.statusCode()).isEqualTo(400);
        assertThat(identityService.createUserQuery().userId(login).count()).isZero();
        assertThatThrownBy(() -> comptes.assurerUtilisateur(login, "Paul", "Faible", "motdepasse"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("au moins 12 caractères");
        assertThat(identityService.createUserQuery().userId(login).count()).isZero();
    }

    @Test
    void in_the_demo_profile_alone_a_password_equal_to_the_login_is_accepted() {
        String login = "demonstration" + System.nanoTime();

        comptes.assurerUtilisateur(login, "Dora", "Démo", login);
        crees.add(login);

        assertThat(identityService.checkPassword(login, login)).isTrue();
    }

    private String compte(String prefixe) {
        String login = prefixe + System.nanoTime();
        User compte = identityService.newUser(login);
        compte.setPassword(MOT_DE_PASSE);
        identityService.saveUser(compte);
        identityService.createMembership(login, Groupes.EQUIPE);
        crees.add(login);
        return login;
    }

    private Api.Reponse appeler(String login, String motDePasse) {
        return api.envoyer(api.requete(null, CHEMIN).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((login + ":" + motDePasse).getBytes(StandardCharsets.UTF_8))).GET());
    }

    private Api.Reponse creerParLeMoteur(String login, String motDePasse) {
        return api.envoyer(api.requete("admin", "/engine-rest/user/create").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"" + login + "\",\"firstName\":"
                        + "\"Rita\",\"lastName\":\"Reste\",\"email\":\"rita@example.be\"},\"credentials\":"
                        + "{\"password\":\"" + motDePasse + "\"}}")));
    }

    private static void avancer(Duration duree) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duree.toMillis()));
    }
}
