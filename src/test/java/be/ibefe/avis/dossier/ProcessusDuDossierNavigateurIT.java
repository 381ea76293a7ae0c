package be.ibefe.avis.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dossier page draws its procedure with the bpmn-js viewer: the main process with the steps done and the call
 * where it waits, and the called process with the task in progress; the same steps are listed as text. Screenshot
 * in target/captures/.
 */
@AvisIntegrationTest
class ProcessusDuDossierNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Test
    void the_dossier_page_draws_its_process_with_the_steps_done_and_where_it_waits_now() {
        Api api = new Api(port);
        String dossier = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id")
                .asText();
        new Taches(api, travaux).terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));

        try (Navigateur navigateur = new Navigateur(port)) {
            navigateur.connecter("coordinateur").ouvrir("/dossiers/" + dossier);

            navigateur.attendre(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#processus .diagramme[data-processus='avis-cisp-agrement'] svg")));
            navigateur.attendre(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#processus .diagramme[data-processus='avis-analyse'] svg")));
            assertThat(navigateur.elements(By.cssSelector(
                    "[data-processus='avis-cisp-agrement'] .djs-element.etape-faite[data-element-id='CallActivity_Recevabilite']")))
                    .hasSize(1);
            assertThat(navigateur.elements(By.cssSelector(
                    "[data-processus='avis-cisp-agrement'] .djs-element.etape-en-cours[data-element-id='CallActivity_Analyse']")))
                    .hasSize(1);
            assertThat(navigateur.elements(By.cssSelector(
                    "[data-processus='avis-analyse'] .djs-element.etape-en-cours[data-element-id='Task_AnalyserDossier']")))
                    .hasSize(1);
            assertThat(navigateur.elements(By.cssSelector("#processus .djs-element.etape-en-cours"))).hasSize(2);
            assertThat(navigateur.element(By.cssSelector("#processus .legende-processus")).getText())
                    .contains("étape faite", "en cours");
            assertThat(navigateur.element(By.cssSelector("#processus ol.etapes")).getText())
                    .containsPattern("Vérifier la recevabilité .*— faite le \\d{2}/\\d{2}/\\d{4}")
                    .containsPattern("Analyser le dossier .*— en cours depuis le \\d{2}/\\d{2}/\\d{4}");
            navigateur.driver().executeScript("document.getElementById('processus').scrollIntoView(true)");
            navigateur.capture("dossier-processus");
        }
    }
}
