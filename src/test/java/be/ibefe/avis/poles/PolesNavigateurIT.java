package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.SeancesApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, a coordinator proposes a pôle from the pôles' page (a missing name is refused next to its
 * field), then records the Instance plénière's approval of its creation and of its fiche projet from the pôle's page:
 * the pôle reads « Actif ». Screenshots go to target/captures/.
 */
@AvisIntegrationTest
class PolesNavigateurIT {

    @LocalServerPort
    int port;

    @Test
    void the_coordinator_proposes_a_pole_and_records_the_instance_approval() {
        Api api = new Api(port);
        String date = "2037-03-17";
        String seance = new SeancesApi(api).creer("INSTANCE_PLENIERE", date,
                new SeancesApi(api).membres("INSTANCE_PLENIERE", date)).get("id").asText();

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

            navigateur.ouvrir("/poles");
            assertThat(navigateur.texte()).contains("Pôle intermodalité et logistique urbaine fluviale");
            navigateur.capture("poles-liste");
        }
        assertThat(api.get("coordhuy", "/api/poles").json().findValuesAsText("nom"))
                .doesNotContain("Pôle intermodalité et logistique urbaine fluviale");
    }
}
