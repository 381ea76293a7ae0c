package be.ibefe.avis.thematiques;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.JourDeSeance;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.SeancesApi;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coordinator carries the working group's proposal to the Instance plénière and records its validation, in a
 * real browser; the validated métiers are then the list of the next year, and a member reads without changing.
 */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThematiquesCommunesNavigateurIT {

    @LocalServerPort
    int port;

    Navigateur navigateur;

    @BeforeAll
    void navigateur() {
        navigateur = new Navigateur(port);
    }

    @AfterAll
    void fermer() {
        navigateur.close();
    }

    @AfterEach
    void horloge() {
        ClockUtil.reset();
    }

    @Test
    void proposal_plenary_point_validation_and_the_list_of_the_next_year() {
        SeancesApi seances = new SeancesApi(new Api(port));
        String seance = seances.creer("INSTANCE_PLENIERE", "2055-10-11",
                seances.membres("INSTANCE_PLENIERE", "2055-10-11")).get("id").asText();

        navigateur.connecter("coordinateur").suivre(By.linkText("Thématiques communes"))
                .ouvrir("/thematiques-communes?annee=2055");
        assertThat(navigateur.voit("Aucune proposition pour 2055")).contains("servent aux demandes de 2056");

        navigateur.driver().executeScript("document.getElementById('dateGroupeTravail').value = '2055-09-20';");
        navigateur.saisir(By.id("orientation"), "Promouvoir les métiers techniques auprès des CPMS.")
                .saisir(By.id("metiers"), "Soudeur ; H2913 ; Industrie ; maintenir\nCouvreur ; ; Construction ; remplacer")
                .suivre(By.xpath("//button[text()='Enregistrer la proposition']"));
        assertThat(navigateur.element(By.id("erreur-metiers")).getText()).isEqualTo(
                "Ligne 2 : L'action sur l'offre est obligatoire : créer, maintenir ou adapter.");
        assertThat(navigateur.valeur(By.id("orientation"))).isEqualTo("Promouvoir les métiers techniques auprès des CPMS.");

        navigateur.saisir(By.id("metiers"), "Soudeur ; H2913 ; Industrie ; maintenir\nCouvreur ; ; Construction ; créer")
                .suivre(By.xpath("//button[text()='Enregistrer la proposition']"));
        assertThat(navigateur.voit("Proposition des thématiques communes 2055 enregistrée."))
                .contains("Proposées par le groupe de travail", "20/09/2055", "2 métier(s) prioritaire(s)",
                        "Créer l'offre : 1", "Maintenir l'offre : 1");

        navigateur.choisir(By.id("seanceId"), seance).suivre(By.xpath("//button[text()='Inscrire']"));
        assertThat(navigateur.voit("Inscrites à l'ordre du jour de la séance")).contains("11/10/2055");

        // before its day the plénière's decision is not offered; on its day it is
        assertThat(navigateur.element(By.id("pas-encore")).getText()).isEqualTo("La séance du 11/10/2055 n'a pas "
                + "encore eu lieu : la plénière décide à partir de ce jour-là.");
        assertThat(navigateur.elements(By.xpath("//button[text()='Enregistrer la décision']"))).isEmpty();
        JourDeSeance.au("2055-10-11");
        navigateur.ouvrir("/thematiques-communes?annee=2055");
        assertThat(navigateur.elements(By.id("pas-encore"))).isEmpty();
        navigateur.suivre(By.xpath("//button[text()='Enregistrer la décision']"));
        assertThat(navigateur.element(By.id("erreur-validees")).getText()).contains("Indiquez si les thématiques communes");

        navigateur.cliquer(By.cssSelector("input[name=validees][value=oui]"))
                .suivre(By.xpath("//button[text()='Enregistrer la décision']"));
        assertThat(navigateur.voit("Thématiques communes 2055 validées"))
                .contains("Validées par l'Instance plénière", "par consensus", "11/10/2055");
        assertThat(navigateur.elements(By.id("metiers"))).as("no proposal form once validated").isEmpty();
        navigateur.capture("thematiques-communes-validees");

        navigateur.ouvrir("/metiers-prioritaires?annee=2056");
        assertThat(navigateur.voit("2 métier(s)")).contains("Soudeur", "Couvreur", "Maintenir", "Créer");

        navigateur.connecter("membre1").ouvrir("/thematiques-communes?annee=2055");
        assertThat(navigateur.voit("Validées par l'Instance plénière")).contains("Soudeur");
        assertThat(navigateur.elements(By.tagName("form")).stream().filter(f -> f.getAttribute("action")
                .contains("/thematiques-communes/"))).as("a member reads only").isEmpty();
        navigateur.capture("thematiques-communes-membre");
    }

    @Test
    void the_calendar_page_gives_the_bassin_s_milestones_and_one_s_own_feed_address() {
        navigateur.connecter("membrehuy1").suivre(By.linkText("Calendrier"));
        assertThat(navigateur.voit("Jalons récurrents du bassin")).contains("Prise d'effet des agréments CISP",
                "Appel à projets APRC : réception des propositions", "Aucune adresse en service.");

        navigateur.suivre(By.xpath("//button[text()='Créer une nouvelle adresse']"));
        assertThat(navigateur.element(By.id("adresse")).getText()).matches("http://.*/ical/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(navigateur.texte()).contains("Adresse en service depuis le");
        navigateur.capture("calendrier");

        navigateur.suivre(By.xpath("//button[text()=\"Révoquer l'adresse\"]"));
        assertThat(navigateur.voit("Adresse révoquée")).contains("Aucune adresse en service.");
    }
}
