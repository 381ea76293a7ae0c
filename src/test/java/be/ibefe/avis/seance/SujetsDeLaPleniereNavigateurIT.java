package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.JourDeSeance;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.SeancesApi;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, from the séance's page of the Instance plénière: a pôle proposed from the pôles' page is put on
 * the agenda, decided there (a missing choice refused next to it), the pôle reads « Actif » and the procès-verbal has
 * its line; the year's thématiques communes are validated the same way. Screenshots go to target/captures/.
 */
@AvisIntegrationTest
class SujetsDeLaPleniereNavigateurIT {

    @LocalServerPort
    int port;

    @AfterEach
    void horloge() {
        ClockUtil.reset();
    }

    @Test
    void a_pole_from_its_creation_to_the_instance_approval_in_the_pleniere_seance() {
        Api api = new Api(port);
        String date = "2038-05-18";
        String seance = new SeancesApi(api).creer("INSTANCE_PLENIERE", date,
                new SeancesApi(api).membres("INSTANCE_PLENIERE", date)).get("id").asText();
        // the plénière is held on its day
        JourDeSeance.au(date);
        String nom = "Pôle maintenance ferroviaire";

        try (Navigateur navigateur = new Navigateur(port)) {
            navigateur.connecter("coordinateur").ouvrir("/poles");
            navigateur.choisir(By.id("nature"), "POLE").saisir(By.id("nom"), nom)
                    .saisir(By.id("secteur"), "Maintenance du matériel roulant");
            navigateur.suivre(By.cssSelector("form[action$='/poles'] button[type=submit]"));
            assertThat(navigateur.element(By.id("statut")).getText()).isEqualTo("Proposé à l'Instance");
            String pole = navigateur.url().replaceAll(".*/poles/(\\d+).*", "$1");
            String creation = api.get("coordinateur", "/api/poles/" + pole).json().at("/approbations/0/id").asText();

            navigateur.ouvrir("/seances/" + seance);
            navigateur.choisir(By.id("sujet"), "POLE-" + creation);
            navigateur.suivre(By.cssSelector("form[action$='/sujets'] button[type=submit]"));
            assertThat(navigateur.voit("Point inscrit à l'ordre du jour.")).isNotEmpty();
            String cle = "pole-" + creation;
            assertThat(navigateur.element(By.cssSelector("#sujet-" + cle + " h3")).getText())
                    .isEqualTo("1. Création du pôle : " + nom);

            navigateur.suivre(By.cssSelector("#sujet-" + cle + " form[action$='/decision'] button[type=submit]"));
            assertThat(navigateur.element(By.id("erreur-sujet-" + cle + "-approuve")).getText())
                    .isEqualTo("Précisez si l'Instance approuve ce point ou le refuse.");
            navigateur.capture("seance-sujet-pole-erreur");

            navigateur.cliquer(By.id("approuve-" + cle)).saisir(By.id("pour-" + cle), "4")
                    .saisir(By.id("contre-" + cle), "0").saisir(By.id("abstentions-" + cle), "1");
            navigateur.suivre(By.cssSelector("#sujet-" + cle + " form[action$='/decision'] button[type=submit]"));
            assertThat(navigateur.voit("Création du pôle : " + nom + " : approuvé.")).isNotEmpty();
            assertThat(navigateur.element(By.cssSelector("#sujet-" + cle + " .statut-sujet")).getText())
                    .isEqualTo("Approuvé");
            assertThat(navigateur.elements(By.cssSelector("#sujet-" + cle + " form"))).isEmpty();
            navigateur.capture("seance-sujet-pole-approuve");

            navigateur.suivre(By.linkText("Création du pôle : " + nom));
            assertThat(navigateur.element(By.id("statut")).getText()).isEqualTo("Actif");
            assertThat(navigateur.element(By.linkText("en séance")).getDomAttribute("href"))
                    .isEqualTo("/seances/" + seance + "#sujet-" + cle);
            navigateur.capture("pole-actif-par-la-seance");

            navigateur.ouvrir("/seances/" + seance + "/cloture");
            navigateur.suivre(By.cssSelector("main form button[type=submit]"));
            navigateur.suivre(By.linkText("Procès-verbal"));
            assertThat(navigateur.texte()).contains("1. Création du pôle : " + nom, "Approuvé par l'Instance.",
                    "Votes : 4 pour, 0 contre, 1 abstention(s).");
            navigateur.capture("pv-sujet-pole");
        }
    }

    @Test
    void the_thematiques_communes_validated_in_the_pleniere_seance() {
        Api api = new Api(port);
        Map<String, Object> proposition = Map.of("dateGroupeTravail", "2057-09-21", "metiers", List.of(
                Map.of("libelle", "Technicien de maintenance", "famille", "Industrie", "action", "CREER"),
                Map.of("libelle", "Soudeur", "codeRome", "H2913", "famille", "Industrie", "action", "MAINTENIR")));
        Api.Reponse proposee = api.envoyer(api.requete("coordinateur", "/api/thematiques-communes/2057")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.json(proposition))));
        assertThat(proposee.status()).as(proposee.corps()).isEqualTo(200);
        String id = proposee.json().get("id").asText();
        String seance = new SeancesApi(api).creer("INSTANCE_PLENIERE", "2057-10-16",
                new SeancesApi(api).membres("INSTANCE_PLENIERE", "2057-10-16")).get("id").asText();
        JourDeSeance.au("2057-10-16");

        try (Navigateur navigateur = new Navigateur(port)) {
            navigateur.connecter("coordinateur").ouvrir("/seances/" + seance);
            navigateur.choisir(By.id("sujet"), "THEMATIQUES-" + id);
            navigateur.suivre(By.cssSelector("form[action$='/sujets'] button[type=submit]"));
            String cle = "thematiques-" + id;
            assertThat(navigateur.element(By.cssSelector("#sujet-" + cle + " h3")).getText())
                    .isEqualTo("1. Thématiques communes 2057 : 2 métier(s) prioritaire(s) proposé(s)");

            navigateur.cliquer(By.id("refuse-" + cle));
            navigateur.suivre(By.cssSelector("#sujet-" + cle + " form[action$='/decision'] button[type=submit]"));
            assertThat(navigateur.element(By.id("erreur-sujet-" + cle + "-motivation")).getText())
                    .isEqualTo("La motivation est obligatoire.");
            navigateur.capture("seance-thematiques-erreur");

            navigateur.cliquer(By.id("approuve-" + cle));
            navigateur.suivre(By.cssSelector("#sujet-" + cle + " form[action$='/decision'] button[type=submit]"));
            assertThat(navigateur.element(By.cssSelector("#sujet-" + cle + " .statut-sujet")).getText())
                    .isEqualTo("Approuvé");
            assertThat(navigateur.texte()).contains("(consensus)");
            navigateur.capture("seance-thematiques-validees");

            navigateur.ouvrir("/thematiques-communes?annee=2057");
            assertThat(navigateur.texte()).contains("16/10/2057");
            assertThat(navigateur.element(By.linkText("point de l'ordre du jour")).getDomAttribute("href"))
                    .isEqualTo("/seances/" + seance + "#sujet-" + cle);
            navigateur.capture("thematiques-validees-par-la-seance");

            navigateur.ouvrir("/seances/" + seance + "/cloture");
            navigateur.suivre(By.cssSelector("main form button[type=submit]"));
            navigateur.suivre(By.linkText("Procès-verbal"));
            assertThat(navigateur.texte()).contains("1. Thématiques communes 2057", "Approuvé par l'Instance.",
                    "Décision prise par consensus.");
            navigateur.capture("pv-thematiques");
        }
        assertThat(api.get("coordinateur", "/api/thematiques-communes/2057").json().get("statut").asText())
                .isEqualTo("VALIDEES");
        assertThat(api.get("coordinateur", "/api/metiers-prioritaires/2058").json().findValuesAsText("libelle"))
                .containsExactlyInAnyOrder("Technicien de maintenance", "Soudeur");
    }
}
