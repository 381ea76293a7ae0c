package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, Huy-Waremme's coordination refuses at its plénière the ratification of an urgent measure of its
 * Bureau: the point names the measure as Huy-Waremme names its Bureau, and once refused says what the votes were
 * for; the procès-verbal says the same. Screenshots go to target/captures/.
 */
@AvisIntegrationTest
class PleniereDuBassinNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Test
    void a_refused_ratification_reads_as_huy_names_its_bureau_and_says_what_the_votes_were_for() {
        Api api = new Api(port);
        String dossier = new Taches(api, travaux).pretPourSeance(Demandes.creditAdaptation(), "coordhuy",
                "analystehuy");
        Api.Reponse urgence = api.post("coordhuy", "/api/dossiers/" + dossier + "/procedure-urgente",
                Map.of("decision", "FAVORABLE", "motivation", "Conforme aux critères.", "date", "2024-08-05",
                        "justification", "Le SPW statue dans la semaine.", "membresPresents",
                        PleniereDuBassinIT.BUREAU_HUY));
        assertThat(urgence.status()).as(urgence.corps()).isEqualTo(200);
        travaux.executerEnAttente();
        List<String> membres = api.get("coordhuy", "/api/mandats?chambre=INSTANCE_PLENIERE&date=2024-08-26").json()
                .findValuesAsText("membre");
        Api.Reponse creee = api.post("coordhuy", "/api/seances", Map.of("chambre", "INSTANCE_PLENIERE",
                "date", "2024-08-26", "lieu", "Huy", "membresPresents", membres));
        assertThat(creee.status()).as(creee.corps()).isEqualTo(201);
        String pleniere = creee.json().get("id").asText();
        assertThat(api.post("coordhuy", "/api/seances/" + pleniere + "/ordre-du-jour", "").status()).isEqualTo(200);
        String point = "#point-" + dossier;

        try (Navigateur navigateur = new Navigateur(port)) {
            navigateur.connecter("coordhuy").ouvrir("/seances/" + pleniere);
            assertThat(navigateur.element(By.cssSelector(point)).getText()).contains("Mesure urgente prise par le "
                    + PleniereDuBassinIT.BUREAU_HUY_LIBELLE + " le 05/08/2024, à ratifier");

            navigateur.cocher(By.id("ratifiee-non-" + dossier))
                    .saisir(By.id("motivation-r-" + dossier), PleniereDuBassinIT.MOTIF)
                    .saisir(By.id("pour-r-" + dossier), "4").saisir(By.id("contre-r-" + dossier), "1")
                    .saisir(By.id("abstentions-r-" + dossier), "0");
            navigateur.suivre(By.cssSelector(point + " form[action$='/ratifications'] button[type=submit]"));

            assertThat(navigateur.element(By.cssSelector(point + " .recit-vote")).getText())
                    .isEqualTo("Vote sur le refus de ratifier : 4 voix pour le refus, 1 contre, 0 abstention.");
            assertThat(navigateur.element(By.cssSelector(point)).getText()).doesNotContain("(pour 4")
                    .doesNotContainIgnoringCase("Liège");
            navigateur.driver().executeScript("arguments[0].scrollIntoView(true)",
                    navigateur.element(By.cssSelector(point)));
            navigateur.capture("pleniere-huy-ratification-refusee");

            assertThat(api.post("coordhuy", "/api/seances/" + pleniere + "/cloture", "").status()).isEqualTo(200);
            navigateur.ouvrir("/seances/" + pleniere + "/proces-verbal");
            assertThat(navigateur.texte()).contains("Ratification de la mesure urgente prise par le "
                    + PleniereDuBassinIT.BUREAU_HUY_LIBELLE + " le 05/08/2024 : Favorable",
                    "Ratification refusée : " + PleniereDuBassinIT.MOTIF,
                    "Vote sur le refus de ratifier : 4 voix pour le refus, 1 contre, 0 abstention.");
            navigateur.driver().executeScript("window.scrollTo(0, document.body.scrollHeight)");
            navigateur.capture("pleniere-huy-proces-verbal");
        }
        travaux.executerEnAttente();
    }
}
