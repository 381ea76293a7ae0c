package be.ibefe.avis;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.poles.PolesDeTest;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.Axe;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Ecran;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of the application, as each role that may open it (the pages of the controllers: lists, a dossier and
 * its documents, a task « Analyser le dossier », a séance and its procès-verbal, an import, the reports, the
 * bassin, the administration, the sign-in and error pages), at a phone's 390 px and a laptop's 1366 px: no page
 * scrolls sideways nor has an element beyond the screen, and axe-core finds no serious or critical accessibility
 * violation. Screenshots of each page at both widths go to {@code target/captures/}, axe's report to
 * {@code target/axe/rapport.txt}.
 */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToutesLesPagesNavigateurIT {

    private static final List<Integer> LARGEURS = List.of(Ecran.TELEPHONE, Ecran.PORTABLE);

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    PolesDeTest polesDeTest;

    Navigateur navigateur;
    Axe axe;
    String dossier;
    String dossierEnSeance;
    String tacheAnalyse;
    String seance;
    String importation;
    String pole;
    String dossierDePole;

    @BeforeAll
    void donnees() throws IOException {
        navigateur = new Navigateur(port);
        axe = new Axe(navigateur);
        Api api = new Api(port);
        Taches taches = new Taches(api, travaux);
        dossier = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id").asText();
        taches.terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));
        tacheAnalyse = taches.tache("analyste", dossier, "Task_AnalyserDossier").get("id").asText();
        dossierEnSeance = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        // an objet at its limit typed without a space (2 000 letters): the lists break it rather than scroll sideways
        assertThat(api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere().put("objet",
                "Soudage".repeat(285) + "Soude")).status()).isEqualTo(201);
        seance = new SeancesApi(api).creer("CSEF", "2039-%02d-%02d".formatted(ThreadLocalRandom.current().nextInt(1, 13),
                ThreadLocalRandom.current().nextInt(1, 29)), List.of("membre1", "membre2", "membre3", "membre4",
                "membre5")).get("id").asText();
        pole = api.post("coordinateur", "/api/poles", Map.of("nature", "GROUPE_DE_TRAVAIL", "nom",
                "Groupe de travail des pages", "secteur", "Toutes les pages", "dureeMois", 12)).json().get("id")
                .asText();
        dossierDePole = taches.pretPourSeance(Demandes.poleOpportunite(polesDeTest.reuni(LocalDate.of(2024, 4, 15))
                .poleId()));
        Path fichier = Files.createTempFile("fonds-equipement-", ".csv");
        String lot = "PAGES-" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(fichier, "referenceExterne;objet;dateReception;demandeur.nom;demandeur.categorie;"
                + "donnees.ecole;donnees.option;donnees.metier;donnees.equipement;donnees.montant\n"
                + lot + "-1;Équipement de soudage;2024-03-12;École technique;ECOLE;École technique;Soudage;Soudeur;"
                + "Poste à souder;1000\n", StandardCharsets.UTF_8);
        navigateur.connecter("coordinateur").ouvrir("/imports").choisir(By.id("type"), "EQUIPEMENT");
        navigateur.element(By.id("fichier")).sendKeys(fichier.toAbsolutePath().toString());
        navigateur.suivre(By.cssSelector("main form button[type=submit]"));
        navigateur.voit("1 dossier(s) créé(s)");
        importation = navigateur.url().replaceAll(".*/imports/(\\d+).*", "$1");
        Files.delete(fichier);
    }

    @AfterAll
    void fermer() {
        Ecran.largeur(navigateur, Ecran.PORTABLE);
        navigateur.close();
    }

    /** The pages each role may open, by the name of their screenshot. */
    private Map<String, Map<String, String>> pagesParRole() {
        String dossierPage = "/dossiers/" + dossier;
        Map<String, Map<String, String>> pages = new LinkedHashMap<>();
        pages.put("coordinateur", pages("taches", "/taches", "dossiers", "/dossiers", "dossier", dossierPage,
                "documents", dossierPage + "/documents", "nouveau-dossier-type", "/dossiers/nouveau",
                "nouveau-dossier", "/dossiers/nouveau?type=CISP_AGREMENT", "imports", "/imports",
                "import", "/imports/" + importation, "seances", "/seances?annee=2039", "seance", "/seances/" + seance,
                "proces-verbal", "/seances/" + seance + "/proces-verbal",
                "tableau-de-bord", "/tableau-de-bord?annee=" + Year.now().getValue(),
                "metiers-prioritaires", "/metiers-prioritaires", "operateurs-ale", "/operateurs-ale-reconnus",
                "rapport-activite", "/rapports/activite", "bassin", "/bassin", "poles", "/poles",
                "pole", "/poles/" + pole, "pole-nouveau-membre", "/poles/" + pole + "/membres/nouveau",
                "pole-nouvelle-reunion", "/poles/" + pole + "/reunions/nouvelle",
                "pole-nouvelle-fiche", "/poles/" + pole + "/fiches/nouvelle",
                "dossier-avis-d-opportunite", "/dossiers/" + dossierDePole,
                "avis-du-pole", "/dossiers/" + dossierDePole + "/avis-du-pole",
                "thematiques-communes", "/thematiques-communes", "calendrier", "/calendrier",
                "page-introuvable", "/dossiers/999999999"));
        pages.put("analyste", pages("taches", "/taches", "tache-analyse", "/taches/" + tacheAnalyse,
                "dossiers", "/dossiers", "dossier", dossierPage, "documents", dossierPage + "/documents",
                "acces-refuse", "/seances"));
        pages.put("membre1", pages("taches", "/taches", "dossiers", "/dossiers",
                "dossier", "/dossiers/" + dossierEnSeance));
        pages.put("admin", pages("modeles-de-processus", "/admin/processus", "operateurs-ale",
                "/operateurs-ale-reconnus", "rapport-activite", "/rapports/activite", "bassin", "/bassin",
                "comptes", "/admin/comptes"));
        pages.put("aibefe", pages("dossiers", "/dossiers", "dossier", dossierPage,
                "rapport-activite", "/rapports/activite", "bassin", "/bassin"));
        return pages;
    }

    /** Names and paths, in pairs, kept in their order. */
    private static Map<String, String> pages(String... nomsEtChemins) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (int i = 0; i < nomsEtChemins.length; i += 2) {
            pages.put(nomsEtChemins[i], nomsEtChemins[i + 1]);
        }
        return pages;
    }

    @Test
    void every_page_fits_a_phone_and_a_laptop_screen_and_axe_finds_nothing_serious_for_every_role() {
        List<String> defauts = new ArrayList<>();
        for (int largeur : LARGEURS) {
            Ecran.largeur(navigateur, largeur);
            navigateur.driver().manage().deleteAllCookies();
            verifier("anonyme", "connexion", "/login", largeur, defauts);
            pagesParRole().forEach((role, pages) -> {
                navigateur.connecter(role);
                pages.forEach((nom, chemin) -> verifier(role, nom, chemin, largeur, defauts));
            });
        }
        assertThat(defauts).isEmpty();
    }

    private void verifier(String role, String nom, String chemin, int largeur, List<String> defauts) {
        navigateur.ouvrir(chemin);
        navigateur.element(By.tagName("body"));
        String libelle = role + " " + chemin + " à " + largeur + " px";
        Ecran.debordements(navigateur).forEach(d -> defauts.add(libelle + " déborde : " + d));
        axe.gravesSur(libelle).forEach(v -> defauts.add(libelle + " axe : " + v));
        navigateur.capture(role + "-" + nom + "-" + largeur);
    }

    @Test
    void the_task_page_shows_the_request_data_in_readable_width_and_fits_a_phone() {
        navigateur.connecter("analyste");
        Ecran.largeur(navigateur, Ecran.PORTABLE);
        navigateur.ouvrir("/taches/" + tacheAnalyse);
        List<WebElement> valeurs = navigateur.elements(By.cssSelector("dl.resume dd"));
        assertThat(valeurs).isNotEmpty();
        // before: the « Données de la demande » values were about 16 px wide, one letter per line
        assertThat(valeurs).allSatisfy(dd -> assertThat(dd.getRect().getWidth()).as(dd.getText()).isGreaterThan(150));

        Ecran.largeur(navigateur, Ecran.TELEPHONE);
        navigateur.ouvrir("/taches/" + tacheAnalyse);
        assertThat(Ecran.debordements(navigateur)).isEmpty();
        assertThat(navigateur.elements(By.cssSelector("dl.resume dd")))
                .allSatisfy(dd -> assertThat(dd.getRect().getWidth()).as(dd.getText()).isGreaterThan(150));

        // the task list, as cards: a task's name keeps its words whole (before: every word broken)
        navigateur.ouvrir("/taches?q=" + api().get("analyste", "/api/dossiers/" + dossier).json().get("reference")
                .asText());
        WebElement nomTache = navigateur.element(By.cssSelector("#resultats tbody td a"));
        assertThat(nomTache.getText()).isEqualTo("Analyser le dossier");
        assertThat(nomTache.getRect().getWidth()).isGreaterThan(150);
        assertThat(Ecran.debordements(navigateur)).isEmpty();
        Ecran.largeur(navigateur, Ecran.PORTABLE);
    }

    @Test
    void a_refused_form_marks_its_fields_invalid_and_puts_the_focus_on_the_summary_of_its_errors() {
        navigateur.connecter("coordinateur").ouvrir("/dossiers/nouveau?type=CISP_AGREMENT");
        navigateur.suivre(By.xpath("//button[text()='Enregistrer le dossier']"));

        WebElement objet = navigateur.element(By.id("objet"));
        assertThat(objet.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(objet.getDomAttribute("aria-describedby")).contains("erreur-objet");
        WebElement resume = navigateur.element(By.cssSelector("main .resume-erreurs"));
        assertThat(navigateur.driver().switchTo().activeElement()).isEqualTo(resume);
        assertThat(resume.getText()).contains("L'objet de la demande est obligatoire.");
        navigateur.cliquer(By.linkText("L'objet de la demande est obligatoire."));
        assertThat(navigateur.driver().switchTo().activeElement()).isEqualTo(objet);
    }

    @Test
    void the_first_key_stop_of_a_page_is_the_skip_link_to_its_content() {
        navigateur.connecter("analyste").ouvrir("/taches");
        navigateur.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement lien = navigateur.driver().switchTo().activeElement();
        assertThat(lien.getText()).isEqualTo("Aller au contenu");
        assertThat(lien.getRect().getY()).isGreaterThanOrEqualTo(0);
        lien.sendKeys(Keys.ENTER);
        assertThat(navigateur.url()).endsWith("#contenu");
        assertThat(navigateur.elements(By.cssSelector("main#contenu"))).hasSize(1);
    }

    @Test
    void the_sorted_column_of_the_task_list_is_announced() {
        navigateur.connecter("analyste").ouvrir("/taches?sort=echeance,desc");
        assertThat(navigateur.elements(By.cssSelector("#resultats th[aria-sort]"))).singleElement()
                .satisfies(th -> {
                    assertThat(th.getText()).startsWith("Échéance");
                    assertThat(th.getDomAttribute("aria-sort")).isEqualTo("descending");
                });
        navigateur.ouvrir("/taches?sort=nom");
        assertThat(navigateur.elements(By.cssSelector("#resultats th[aria-sort]"))).singleElement()
                .satisfies(th -> assertThat(th.getDomAttribute("aria-sort")).isEqualTo("ascending"));
    }

    private Api api() {
        return new Api(port);
    }
}
