package be.ibefe.avis;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Axe;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Ecran;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.SessionPages;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of form of the pages, sent with errors in Chromium: the page the server sends back marks each field in
 * error {@code aria-invalid="true"} and describes it by its message ({@code aria-describedby}), lists the errors at
 * its top in a summary that takes the focus, each a link that puts the focus in its field; axe-core finds nothing
 * serious. The marks come from the server (the page's script only moves the focus).
 */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormulairesAccessiblesNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    Navigateur navigateur;
    Axe axe;
    Api api;
    Taches taches;

    @BeforeAll
    void ouvrir() {
        navigateur = new Navigateur(port);
        axe = new Axe(navigateur);
        api = new Api(port);
        taches = new Taches(api, travaux);
        Ecran.largeur(navigateur, Ecran.PORTABLE);
    }

    @AfterAll
    void fermer() {
        navigateur.close();
    }

    @Test
    void the_nouveau_dossier_form() {
        navigateur.connecter("coordinateur").ouvrir("/dossiers/nouveau?type=CISP_AGREMENT");
        navigateur.saisir(By.id("demandeur.adresse.codePostal"), "40");
        navigateur.suivre(By.xpath("//button[text()='Enregistrer le dossier']"));

        refuse("nouveau-dossier", champs("objet", "demandeur.nom", "demandeur.categorie", "demandeur.adresse.rue",
                "demandeur.adresse.codePostal", "demandeur.adresse.localite"));
        assertThat(navigateur.valeur(By.id("demandeur.adresse.codePostal"))).isEqualTo("40");
        assertThat(navigateur.element(By.id("erreur-demandeur.adresse.codePostal")).getText())
                .isEqualTo("Le code postal belge compte 4 chiffres, de 1000 à 9999 (ex. 4000).");
    }

    @Test
    void the_form_creating_a_seance() {
        navigateur.connecter("coordinateur").ouvrir("/seances");
        navigateur.suivre(By.xpath("//button[text()='Créer la séance']"));

        refuse("seance", champs("chambre"));
    }

    @Test
    void the_form_of_a_task() {
        String dossier = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id")
                .asText();
        taches.terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));
        String tache = taches.tache("analyste", dossier, "Task_AnalyserDossier").get("id").asText();
        api.post("analyste", "/api/taches/" + tache + "/claim", "");
        navigateur.connecter("analyste").ouvrir("/taches/" + tache);
        navigateur.suivre(By.xpath("//button[text()='Terminer la tâche']"));

        refuse("tache", champs("propositionAvis", "motivation"));
    }

    @Test
    void the_deliberation_form_of_a_point_of_a_seance() {
        String dossier = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        String seance = new SeancesApi(api).creer("CSEF", "2024-05-28",
                List.of("membre1", "membre2", "membre3", "membre4")).get("id").asText();
        api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "");
        navigateur.connecter("coordinateur").ouvrir("/seances/" + seance);
        navigateur.choisir(By.id("decision-" + dossier), "");
        navigateur.suivre(By.cssSelector("#point-" + dossier + " button[type=submit]"));

        Map<String, String> champs = new LinkedHashMap<>();
        champs.put("decision-" + dossier, "erreur-point-" + dossier + "-decision");
        champs.put("motivation-" + dossier, "erreur-point-" + dossier + "-motivation");
        refuse("deliberation", champs);
    }

    @Test
    void the_forms_of_the_lists_a_coordinator_keeps() {
        navigateur.connecter("coordinateur").ouvrir("/metiers-prioritaires");
        navigateur.suivre(By.xpath("//button[text()='Ajouter']"));
        refuse("metiers-prioritaires", champs("libelle"));

        navigateur.ouvrir("/operateurs-ale-reconnus");
        navigateur.suivre(By.xpath("//button[text()='Ajouter']"));
        refuse("operateurs-ale", champs("nom"));
    }

    @Test
    void without_javascript_the_server_marks_the_fields_and_writes_the_summary() {
        HttpResponse<String> page = new SessionPages(port, "coordinateur")
                .poster("/dossiers/nouveau", List.of(Map.entry("type", "CISP_AGREMENT"),
                        Map.entry("demandeur.adresse.codePostal", "40")));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).containsPattern("id=\"demandeur\\.adresse\\.codePostal\"[^>]*aria-invalid=\"true\""
                + "[^>]*aria-describedby=\"erreur-demandeur\\.adresse\\.codePostal\"")
                .contains("id=\"resume-erreurs\"", "href=\"#erreur-objet\"");
    }

    /** Each field by its id, described by the message {@code erreur-<id>}. */
    private static Map<String, String> champs(String... ids) {
        Map<String, String> champs = new LinkedHashMap<>();
        for (String id : ids) {
            champs.put(id, "erreur-" + id);
        }
        return champs;
    }

    /** The page came back refused: fields marked and described, summary focused and linked, axe clean. */
    private void refuse(String formulaire, Map<String, String> champs) {
        WebElement resume = navigateur.element(By.id("resume-erreurs"));
        assertThat(navigateur.driver().switchTo().activeElement()).as("focus sur le résumé").isEqualTo(resume);
        champs.forEach((id, message) -> {
            WebElement champ = navigateur.element(By.id(id));
            assertThat(champ.getDomAttribute("aria-invalid")).as(id).isEqualTo("true");
            assertThat(champ.getDomAttribute("aria-describedby")).as(id).contains(message);
            String texte = navigateur.element(By.id(message)).getText();
            assertThat(texte).as(id).isNotBlank();
            assertThat(resume.getText()).contains(texte);
        });
        axe.gravesSur(formulaire).forEach(v -> assertThat(v).as("axe sur " + formulaire).isNull());
        navigateur.capture("formulaire-" + formulaire + "-refuse");
        Map.Entry<String, String> premier = champs.entrySet().iterator().next();
        navigateur.cliquer(By.cssSelector("#resume-erreurs a[href='#" + premier.getValue() + "']"));
        assertThat(navigateur.driver().switchTo().activeElement()).as("focus dans " + premier.getKey())
                .isEqualTo(navigateur.element(By.id(premier.getKey())));
    }
}
