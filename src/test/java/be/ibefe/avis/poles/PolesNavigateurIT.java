package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Ecran;
import be.ibefe.avis.support.JourDeSeance;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.system.ClockConfig;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, a coordinator proposes a pôle from the pôles' page (a missing name is refused next to its
 * field), then records the Instance plénière's approval of its creation and of its fiche projet from the pôle's page:
 * the pôle reads « Actif ». A working group's members and meetings are recorded from their own pages, a refused
 * entry coming back with its errors beside their fields. Screenshots go to target/captures/.
 */
@AvisIntegrationTest
class PolesNavigateurIT {

    @LocalServerPort
    int port;

    @AfterEach
    void horloge() {
        ClockUtil.reset();
    }

    @Test
    void the_coordinator_proposes_a_pole_and_records_the_instance_approval() {
        Api api = new Api(port);
        String date = "2037-03-17";
        String seance = new SeancesApi(api).creer("INSTANCE_PLENIERE", date,
                new SeancesApi(api).membres("INSTANCE_PLENIERE", date)).get("id").asText();
        // the plénière is held on its day
        JourDeSeance.au(date);

        try (Navigateur navigateur = new Navigateur(port)) {
            navigateur.connecter("coordinateur").ouvrir("/poles");
            navigateur.choisir(By.id("nature"), "POLE").saisir(By.id("secteur"), "Logistique urbaine fluviale");
            navigateur.suivre(By.cssSelector("form[action$='/poles'] button[type=submit]"));
            assertThat(navigateur.element(By.id("erreur-nom")).getText()).isEqualTo("Le nom est obligatoire.");
            assertThat(navigateur.valeur(By.id("secteur"))).isEqualTo("Logistique urbaine fluviale");
            navigateur.capture("poles-erreur");

            navigateur.saisir(By.id("nom"), "Pôle intermodalité et logistique urbaine fluviale")
                    .saisir(By.id("dureeMois"), "24");
            navigateur.suivre(By.cssSelector("form[action$='/poles'] button[type=submit]"));
            assertThat(navigateur.voit("« Pôle intermodalité et logistique urbaine fluviale » est proposé à l'Instance"
                    + " plénière.")).isNotEmpty();
            assertThat(navigateur.element(By.id("statut")).getText()).isEqualTo("Proposé à l'Instance");
            // the bassin by its name, not its code
            assertThat(navigateur.element(By.xpath("//dt[text()='Bassin']/following-sibling::dd[1]")).getText())
                    .isEqualTo("Liège");
            String id = navigateur.url().replaceAll(".*/poles/(\\d+).*", "$1");
            Api.Reponse fiche = api.post("coordinateur", "/api/poles/" + id + "/fiches", PolesApiIT.fiche());
            assertThat(fiche.status()).as(fiche.corps()).isEqualTo(201);
            String creation = fiche.json().at("/approbations/0/id").asText();
            String validation = fiche.json().at("/approbations/1/id").asText();
            navigateur.ouvrir("/poles/" + id);
            navigateur.capture("pole-propose");

            navigateur.choisir(By.id("decision-" + validation), "REFUSE");
            navigateur.choisir(By.id("seance-" + validation), seance);
            navigateur.suivre(By.cssSelector("form[action$='/approbations/" + validation + "'] button[type=submit]"));
            assertThat(navigateur.element(By.id("erreur-motivation")).getText())
                    .isEqualTo("La motivation est obligatoire.");

            navigateur.choisir(By.id("seance-" + creation), seance).choisir(By.id("decision-" + creation), "APPROUVE");
            navigateur.suivre(By.cssSelector("form[action$='/approbations/" + creation + "'] button[type=submit]"));
            assertThat(navigateur.voit("Création du pôle : Pôle intermodalité et logistique urbaine fluviale — "
                    + "Approuvé par l'Instance.")).isNotEmpty();
            navigateur.choisir(By.id("seance-" + validation), seance)
                    .choisir(By.id("decision-" + validation), "APPROUVE");
            navigateur.suivre(By.cssSelector("form[action$='/approbations/" + validation + "'] button[type=submit]"));

            assertThat(navigateur.element(By.id("statut")).getText()).isEqualTo("Actif");
            assertThat(navigateur.texte()).contains("Inventaire de l'offre de formation en communication (Approuvé par "
                    + "l'Instance)", "Formations recensées", "20 formations", "Indicateur de résultat");
            assertThat(navigateur.elements(By.cssSelector("form[action*='/approbations/']"))).isEmpty();
            navigateur.capture("pole-actif");

            // a working group Huy-Waremme is associated with: both bassins by their names, in the list and its page
            Api.Reponse groupe = api.post("coordinateur", "/api/poles", Map.of("nature", "GROUPE_DE_TRAVAIL",
                    "nom", "GT interbassins logistique fluviale", "secteur", "Logistique", "bassinsAssocies",
                    List.of("HUY")));
            assertThat(groupe.status()).as(groupe.corps()).isEqualTo(201);
            navigateur.ouvrir("/poles");
            assertThat(navigateur.texte()).contains("Pôle intermodalité et logistique urbaine fluviale");
            assertThat(navigateur.element(By.xpath("//tr[td/a[text()='Pôle intermodalité et logistique urbaine "
                    + "fluviale']]/td[last()]")).getText()).isEqualTo("Liège");
            assertThat(navigateur.element(By.xpath("//tr[td/a[text()='GT interbassins logistique fluviale']]"
                    + "/td[last()]")).getText()).isEqualTo("Liège (avec Huy-Waremme)");
            navigateur.capture("poles-liste");
            navigateur.ouvrir("/poles/" + groupe.json().get("id").asText());
            assertThat(navigateur.element(By.xpath("//dt[text()='Bassin']/following-sibling::dd[1]")).getText())
                    .isEqualTo("Liège (avec Huy-Waremme)");
        }
        assertThat(api.get("coordhuy", "/api/poles").json().findValuesAsText("nom"))
                .doesNotContain("Pôle intermodalité et logistique urbaine fluviale");
    }

    @Test
    void the_coordinator_adds_a_member_and_records_a_meeting_decided_by_consensus_from_their_pages() {
        Api api = new Api(port);
        Api.Reponse groupe = api.post("coordinateur", "/api/poles", Map.of("nature", "GROUPE_DE_TRAVAIL", "nom",
                "Groupe de travail participation des publics", "secteur", "Participation des publics",
                "dureeMois", 12));
        assertThat(groupe.status()).as(groupe.corps()).isEqualTo(201);
        String id = groupe.json().get("id").asText();
        String aujourdhui = LocalDate.now(ClockConfig.BRUXELLES).toString();

        try (Navigateur navigateur = new Navigateur(port)) {
            navigateur.connecter("coordinateur").ouvrir("/poles/" + id);
            navigateur.suivre(By.linkText("Ajouter un membre"));
            navigateur.saisir(By.id("representant"), "Aline Dupont").choisir(By.id("categorie"),
                    "OPERATEURS_EMPLOI_FORMATION_INSERTION").saisir(By.id("commune"), "Seraing");
            navigateur.suivre(By.cssSelector("main form button[type=submit]"));
            WebElement organisation = navigateur.element(By.id("organisation"));
            assertThat(navigateur.element(By.id("erreur-organisation")).getText())
                    .isEqualTo("L'organisation est obligatoire.");
            assertThat(navigateur.element(By.id("erreur-debut")).getText())
                    .isEqualTo("La date de début est obligatoire.");
            assertThat(organisation.getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(navigateur.driver().switchTo().activeElement())
                    .isEqualTo(navigateur.element(By.cssSelector("main .resume-erreurs")));
            assertThat(navigateur.valeur(By.id("representant"))).isEqualTo("Aline Dupont");
            assertThat(navigateur.valeur(By.id("commune"))).isEqualTo("Seraing");
            captures(navigateur, "pole-membre-erreur");

            navigateur.saisir(By.id("organisation"), "Le Forem");
            navigateur.driver().executeScript("arguments[0].value = arguments[1]",
                    navigateur.element(By.id("debut")), aujourdhui);
            navigateur.suivre(By.cssSelector("main form button[type=submit]"));
            assertThat(navigateur.voit("Le Forem est ajouté au groupe de travail.")).isNotEmpty();
            assertThat(navigateur.texte()).contains("Aline Dupont", "Seraing");

            navigateur.suivre(By.linkText("Enregistrer une réunion"));
            navigateur.driver().executeScript("arguments[0].value = arguments[1]",
                    navigateur.element(By.id("date")), aujourdhui);
            navigateur.saisir(By.id("decisions"), "Un questionnaire est envoyé aux opérateurs.\n\n"
                    + "La prochaine réunion se tient en visioconférence.");
            String membre = navigateur.element(By.cssSelector("#presents input[type=checkbox]"))
                    .getDomAttribute("value");
            navigateur.cocher(By.id("present-" + membre));
            navigateur.suivre(By.cssSelector("main form button[type=submit]"));
            assertThat(navigateur.element(By.id("erreur-lieu")).getText())
                    .isEqualTo("Le lieu d'une réunion en présentiel est obligatoire.");
            assertThat(navigateur.element(By.id("lieu")).getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(navigateur.element(By.id("present-" + membre)).isSelected()).as("ticks kept").isTrue();
            assertThat(navigateur.valeur(By.id("decisions"))).contains("Un questionnaire est envoyé aux opérateurs.");
            captures(navigateur, "pole-reunion-erreur");

            navigateur.cocher(By.id("webinaire"));
            navigateur.suivre(By.cssSelector("main form button[type=submit]"));
            assertThat(navigateur.voit("Réunion du %s enregistrée, avec 2 décision(s) prise(s) par consensus."
                    .formatted(LocalDate.parse(aujourdhui).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))))
                    .isNotEmpty();
            assertThat(navigateur.texte()).contains("visioconférence", "Présents : 1 sur 1",
                    "La prochaine réunion se tient en visioconférence.");
            captures(navigateur, "pole-reunion-enregistree");
        }
        assertThat(api.get("coordinateur", "/api/poles/" + id).json().at("/reunions/0/decisions").size()).isEqualTo(2);
    }

    private static void captures(Navigateur navigateur, String nom) {
        Ecran.largeur(navigateur, Ecran.TELEPHONE);
        assertThat(Ecran.debordements(navigateur)).as(nom + " à 390 px").isEmpty();
        navigateur.capture(nom + "-390");
        Ecran.largeur(navigateur, Ecran.PORTABLE);
        navigateur.capture(nom + "-1366");
    }
}
