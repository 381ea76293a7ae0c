package be.ibefe.avis.report;

import static be.ibefe.avis.support.DossiersEnBase.Ligne.recu;
import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.DossiersEnBase;
import be.ibefe.avis.support.SessionPages;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The report as a web page: form login, the same accounts, coordination and admin only. */
@AvisIntegrationTest
class RapportPageIT {

    private static final String PREFIXE = "RAPPORT-PAGE-";
    private static final String PAGE = "/rapports/activite?annee=2008";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private SessionPages navigateur;

    @BeforeEach
    void dossiersDe2008() {
        navigateur = new SessionPages(port);
        DossiersEnBase.supprimer(jdbc, PREFIXE);
        DossiersEnBase.inserer(jdbc, List.of(recu(PREFIXE + 1, AvisType.EPS_FOREM, LocalDate.of(2008, 5, 2))
                .notifieApres(Decision.FAVORABLE, 25)));
    }

    @AfterEach
    void menage() {
        DossiersEnBase.supprimer(jdbc, PREFIXE);
    }

    @Test
    void a_coordinator_signs_in_and_reads_the_report_with_its_downloads() {
        HttpResponse<String> anonyme = get(PAGE);
        assertThat(anonyme.statusCode()).isEqualTo(302);
        assertThat(anonyme.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<String> connexion = seConnecter("coordinateur");
        assertThat(connexion.statusCode()).isEqualTo(302);
        assertThat(connexion.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(PAGE + "&continue"));

        HttpResponse<String> page = get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>Mission de remise d&#39;avis : activité 2008</h1>",
                "La CSEF a reçu, en 2008, 1 dossier de remise d&#39;avis concernant une convention",
                "Il a été considéré comme favorable.",
                "href=\"/rapports/activite?annee=2008&amp;format=pdf\"");

        HttpResponse<String> pdf = get(PAGE + "&format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    }

    @Test
    void the_sign_in_page_is_in_french_and_a_wrong_password_is_told() {
        assertThat(get("/login").body()).contains("<h1>Connexion</h1>", "Identifiant", "Mot de passe");

        // an unknown account: a wrong password for a real one would count towards its lock
        HttpResponse<String> refus = poster("/login", "username=personne&password=mauvais&_csrf=" + jeton());

        assertThat(refus.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(get("/login?error").body()).contains("Identifiant ou mot de passe incorrect.");
    }

    @Test
    void other_groups_are_refused_the_page() {
        seConnecter("analyste");

        assertThat(get(PAGE).statusCode()).isEqualTo(403);
    }

    @Test
    void signing_in_without_the_csrf_token_is_refused() {
        get("/login");

        assertThat(poster("/login", "username=coordinateur&password=coordinateur").statusCode()).isEqualTo(403);
        assertThat(get(PAGE).statusCode()).isEqualTo(302);
    }

    @Test
    void the_api_stays_stateless_beside_the_pages() {
        HttpResponse<String> api = new Api(port).envoyer(new Api(port).requete("coordinateur",
                "/api/rapports/activite?annee=2008")).brute();

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> seConnecter(String login) {
        return navigateur.seConnecter(login);
    }

    private String jeton() {
        return navigateur.jeton();
    }

    private HttpResponse<String> get(String chemin) {
        return navigateur.get(chemin);
    }

    private HttpResponse<String> poster(String chemin, String formulaire) {
        return navigateur.poster(chemin, formulaire);
    }
}
