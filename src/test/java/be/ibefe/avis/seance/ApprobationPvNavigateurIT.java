package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.JourDeSeance;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.SeancesApi;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, the coordinator approves the procès-verbal of the previous CSEF from the page of the next one:
 * the approval point comes first on its agenda, a correction with a postponement is refused next to the field, the
 * approval with its votes is recorded, and the PV and the calendar then read « approuvé ». Screenshots go to
 * target/captures/.
 */
@AvisIntegrationTest
class ApprobationPvNavigateurIT {

    @LocalServerPort
    int port;

    @AfterEach
    void horloge() {
        ClockUtil.reset();
    }

    @Test
    void the_coordinator_approves_the_previous_pv_from_the_seance_page() {
        Api api = new Api(port);
        SeancesApi seances = new SeancesApi(api);
        String pv = seances.creer("CSEF", "2036-02-12", ApprobationPvIT.CSEF).get("id").asText();
        JourDeSeance.le("2036-02-12", () -> assertThat(api.post("coordinateur", "/api/seances/" + pv + "/cloture", "")
                .status()).isEqualTo(200));
        String seance = seances.creer("CSEF", "2036-03-11", ApprobationPvIT.CSEF).get("id").asText();
        String point = "#pv-" + pv;
        // the séance that approves is held on its day
        JourDeSeance.au("2036-03-11");

        try (Navigateur navigateur = new Navigateur(port)) {
            navigateur.connecter("coordinateur").ouvrir("/seances/" + seance);

            assertThat(navigateur.element(By.cssSelector(point + " h3")).getText())
                    .isEqualTo("Approbation du procès-verbal de la séance du 12/02/2036");
            assertThat(navigateur.element(By.cssSelector(point + " .statut-approbation")).getText())
                    .isEqualTo("À examiner");
            navigateur.cocher(By.id("reporte-" + pv)).saisir(By.id("corrections-" + pv), "Lire « Renard ».");
            navigateur.suivre(By.cssSelector(point + " button[type=submit]"));

            assertThat(navigateur.element(By.id("erreur-pv-" + pv + "-corrections")).getText()).isEqualTo(
                    "Les corrections sont notées avec l'approbation : un procès-verbal dont l'approbation est "
                            + "reportée n'en porte pas.");
            assertThat(navigateur.valeur(By.id("corrections-" + pv))).isEqualTo("Lire « Renard ».");

            navigateur.cocher(By.id("approuve-" + pv)).saisir(By.id("pv-pour-" + pv), "4")
                    .saisir(By.id("pv-contre-" + pv), "0").saisir(By.id("pv-abstentions-" + pv), "1");
            navigateur.driver().executeScript("arguments[0].scrollIntoView(true)",
                    navigateur.element(By.cssSelector(point)));
            navigateur.capture("seance-approbation-pv-formulaire");
            navigateur.suivre(By.cssSelector(point + " button[type=submit]"));

            assertThat(navigateur.voit("Approbation du procès-verbal de la séance du 12/02/2036 : procès-verbal "
                    + "approuvé.")).isNotEmpty();
            assertThat(navigateur.element(By.cssSelector(point)).getText()).contains("Procès-verbal approuvé",
                    "(pour 4, contre 0, abstentions 1)", "enregistré par Claire Coordinatrice",
                    "Corrections apportées lors de l'approbation : Lire « Renard ».");
            assertThat(navigateur.elements(By.cssSelector(point + " form"))).isEmpty();
            navigateur.driver().executeScript("arguments[0].scrollIntoView(true)",
                    navigateur.element(By.cssSelector(point)));
            navigateur.capture("seance-approbation-pv-enregistree");

            navigateur.ouvrir("/seances/" + pv + "/proces-verbal");
            assertThat(navigateur.element(By.className("statut-pv")).getText()).isEqualTo("Procès-verbal approuvé "
                    + "le 11/03/2036 par la CSEF en sa séance du "
                    + "11/03/2036");
            assertThat(navigateur.texte()).contains("Corrections apportées lors de l'approbation", "Lire « Renard ».");
            navigateur.capture("proces-verbal-approuve");

            navigateur.ouvrir("/seances/" + pv);
            assertThat(navigateur.element(By.id("statut-pv")).getText()).startsWith("Procès-verbal approuvé le 11/03/2036");
            navigateur.ouvrir("/seances?annee=2036");
            assertThat(navigateur.texte()).contains("Clôturée – Procès-verbal approuvé le 11/03/2036", "Planifiée");
        }
    }
}
