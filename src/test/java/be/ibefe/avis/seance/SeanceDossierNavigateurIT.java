package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Ecran;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, the coordinator deliberates an ASBL's crédit-adaptation with the file in front of him: the
 * équipe's proposal, the KO criterion highlighted, the documents, and the decision field set to the proposal. Going
 * against the KO criterion takes a motivation that names it. Screenshots go to target/captures/.
 */
@AvisIntegrationTest
class SeanceDossierNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    Clock clock;

    @Test
    void the_coordinator_deliberates_with_the_proposal_and_the_ko_criterion_in_view() {
        Api api = new Api(port);
        SeancesApi seances = new SeancesApi(api);
        String dossier = SeanceDossierIT.asblProposeeDefavorable(api, new Taches(api, travaux));
        String seance = seances.creer("CSEF", "2024-05-28", List.of("membre1", "membre2", "membre3", "membre4"))
                .get("id").asText();
        assertThat(api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "").status())
                .isEqualTo(200);
        String reference = api.get("coordinateur", "/api/dossiers/" + dossier).json().get("reference").asText();
        String point = "#point-" + dossier;

        try (Navigateur navigateur = new Navigateur(port)) {
            navigateur.connecter("coordinateur").ouvrir("/seances/" + seance);

            assertThat(navigateur.element(By.cssSelector(point + " .proposition")).getText())
                    .isEqualTo("Proposition de l'équipe : Défavorable – Une ASBL est exclue du crédit-adaptation.");
            By forme = By.cssSelector(point + " tr[data-critere='CA_FORME_JURIDIQUE']");
            assertThat(navigateur.element(forme).getDomAttribute("class")).isEqualTo("critere-KO");
            assertThat(navigateur.element(forme).getText())
                    .contains("Forme juridique", "KO", "Forme juridique ASBL : exclue du crédit-adaptation.");
            assertThat(navigateur.element(forme).findElement(By.tagName("td")).getCssValue("background-color"))
                    .isEqualTo("rgba(253, 236, 238, 1)");
            assertThat(navigateur.element(By.cssSelector(point + " tr[data-critere='CA_TAUX_HORAIRE']")).getText())
                    .contains("OK", "(calculé : KO)", "Dérogation : 80 heures de tutorat non comptées.");
            assertThat(navigateur.element(By.id("ko-" + dossier)).getText()).isEqualTo("Critère KO : "
                    + "« Forme juridique ». Une décision favorable doit y répondre dans sa motivation, en le nommant.");
            assertThat(navigateur.element(By.linkText("Statuts.pdf")).getDomAttribute("href"))
                    .matches("/dossiers/" + dossier + "/documents/\\d+");
            assertThat(navigateur.valeur(By.id("decision-" + dossier))).isEqualTo("DEFAVORABLE");
            montrer(navigateur, point);
            navigateur.capture("seance-point-critere-ko");

            navigateur.choisir(By.id("decision-" + dossier), "FAVORABLE")
                    .saisir(By.id("motivation-" + dossier), "Le projet est utile au bassin.")
                    .saisir(By.id("pour-" + dossier), "3").saisir(By.id("contre-" + dossier), "1");
            navigateur.suivre(By.cssSelector(point + " button[type=submit]"));

            assertThat(navigateur.element(By.id("erreur-point-" + dossier + "-motivation")).getText()).isEqualTo(
                    "La décision « Favorable » va à l'encontre du critère KO « Forme juridique » : "
                            + "la motivation doit y répondre en le nommant.");
            assertThat(navigateur.valeur(By.id("decision-" + dossier))).isEqualTo("FAVORABLE");
            montrer(navigateur, point);
            navigateur.capture("seance-point-critere-ko-refus");

            navigateur.saisir(By.id("motivation-" + dossier), "Forme juridique : l'ASBL agit ici comme une "
                    + "entreprise d'économie sociale marchande, le Bureau passe outre.");
            navigateur.suivre(By.cssSelector(point + " button[type=submit]"));

            assertThat(navigateur.voit("Délibération enregistrée pour le dossier " + reference + " : Favorable."))
                    .contains("pour 3, contre 1, abstentions 0");
        }
    }

    @Test
    void a_seance_to_come_prepares_its_agenda_and_offers_no_decision_nor_closing_before_its_day() {
        Api api = new Api(port);
        SeancesApi seances = new SeancesApi(api);
        String dossier = SeanceDossierIT.asblProposeeDefavorable(api, new Taches(api, travaux));
        // two days ahead: still to come if midnight passes while the test runs
        LocalDate demain = LocalDate.now(clock).plusDays(2);
        String seance = seances.creer("CSEF", demain.toString(), seances.membres("CSEF", demain.toString()))
                .get("id").asText();
        assertThat(api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "").status())
                .isEqualTo(200);
        String point = "#point-" + dossier;

        try (Navigateur navigateur = new Navigateur(port)) {
            navigateur.connecter("coordinateur").ouvrir("/seances/" + seance);

            assertThat(navigateur.element(By.id("pas-encore")).getText()).isEqualTo("La séance du "
                    + demain.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " n'a pas encore eu lieu : son ordre "
                    + "du jour et ses présences se préparent dès maintenant ; ses décisions et sa clôture "
                    + "s'enregistrent à partir de ce jour-là.");
            assertThat(navigateur.elements(By.cssSelector(point + " form[action$='/deliberations']"))).isEmpty();
            assertThat(navigateur.elements(By.cssSelector(point + " form[action$='/retirer']"))).hasSize(1);
            assertThat(navigateur.elements(By.id("titre-cloture"))).isEmpty();
            assertThat(navigateur.elements(By.linkText("Clôturer la séance…"))).isEmpty();
            assertThat(navigateur.elements(By.xpath("//button[text()=\"Construire l'ordre du jour\"]"))).hasSize(1);
            Ecran.captures(navigateur, "seance-a-venir", By.id("pas-encore"));

            navigateur.ouvrir("/seances/" + seance + "/cloture");
            assertThat(navigateur.url()).endsWith("/seances/" + seance);
        }
        // the dossier goes back to wait for a séance: the shared database keeps no point on a séance to come
        assertThat(api.envoyer(api.requete("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier)
                .DELETE()).status()).isEqualTo(200);
    }

    /** Scrolls the point to the top of the window, for the screenshot to show it. */
    private static void montrer(Navigateur navigateur, String point) {
        navigateur.driver().executeScript("arguments[0].scrollIntoView(true)",
                navigateur.element(By.cssSelector(point)));
    }
}
