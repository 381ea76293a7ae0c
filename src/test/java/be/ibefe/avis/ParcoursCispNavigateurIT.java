package be.ibefe.avis;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.support.Travaux;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The walking skeleton's CISP flow done by clicking in a real browser, by the three kinds of users: the coordinator
 * registers a request that came by mail, the analyst works its tasks, the coordinator runs the séance that decides
 * it. Screenshots of the main pages go to target/captures/.
 */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParcoursCispNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    Navigateur navigateur;
    String demandeur;
    String reference;
    String dossierUrl;

    @BeforeAll
    void navigateur() {
        navigateur = new Navigateur(port);
        demandeur = "CISP Atelier " + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterAll
    void fermer() {
        navigateur.close();
    }

    @Test
    @Order(1)
    void the_coordinator_registers_a_cisp_request_that_came_by_mail() {
        navigateur.connecter("coordinateur").suivre(By.linkText("Nouveau dossier"))
                .suivre(By.linkText("Agrément CISP"));
        navigateur.saisir(By.id("demandeur.nom"), demandeur).choisir(By.id("demandeur.categorie"), "CISP")
                .saisir(By.id("objet"), "Nouvelle filière « Commis de salle »")
                .choisir(By.id("donnees.nature"), "NOUVELLE_FILIERE")
                .saisir(By.id("donnees.centre.nom"), "Atelier du Monde")
                .saisir(By.id("donnees.centre.numeroAgrement"), "CISP-2020-117")
                .saisir(By.id("donnees.filieres[0].intitule"), "Commis de salle")
                .choisir(By.id("donnees.filieres[0].type"), "EFT")
                .choisir(By.id("donnees.filieres[0].categorie"), "FORMATION_PROFESSIONNALISANTE")
                .saisir(By.id("donnees.filieres[0].codeCedefop"), "1013")
                .saisir(By.id("donnees.filieres[0].codeRome"), "G1803")
                .saisir(By.id("donnees.filieres[0].heures"), "1 200")
                .saisir(By.id("donnees.filieres[0].stagiaires"), "10");
        navigateur.capture("nouveau-dossier");

        navigateur.suivre(By.xpath("//button[text()='Enregistrer le dossier']"));

        String page = navigateur.voit("procédure a démarré");
        reference = navigateur.element(By.cssSelector("h1")).getText().split(" ")[0];
        dossierUrl = navigateur.url();
        assertThat(reference).matches("LIE-CSEF-\\d{4}-\\d{4}");
        // codes by their French labels, numbers the French way, the applicant's contact and what was sent
        assertThat(page).contains(demandeur + " (CISP)", "Reçu", "Commis de salle", "1\u202F200",
                "Nouvelle filière", "Entreprise de formation par le travail (EFT)", "Formation professionnalisante",
                "Courriel du demandeur", "Courriers et courriels", "Aucun courrier ni courriel envoyé pour ce dossier.")
                .doesNotContain("NOUVELLE_FILIERE", "FORMATION_PROFESSIONNALISANTE", "null");
        navigateur.capture("dossier");
    }

    @Test
    @Order(2)
    void the_analyst_finds_the_task_checks_the_dossier_is_complete_and_analyses_it() {
        navigateur.connecter("analyste");
        assertThat(navigateur.titre()).startsWith("Mes tâches");
        navigateur.saisir(By.id("q"), reference);
        String ligne = "//tr[@data-reference='" + reference + "']";
        navigateur.attendre(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#resultats tbody tr"), 1));
        assertThat(navigateur.element(By.xpath(ligne)).getText()).contains("Vérifier la recevabilité", demandeur);
        navigateur.capture("mes-taches");

        navigateur.suivre(By.xpath(ligne + "//a[text()='Vérifier la recevabilité']"));
        navigateur.suivre(By.xpath("//button[text()='Prendre la tâche']"));
        assertThat(navigateur.voit("Attribuée à moi")).contains(demandeur, "Historique", "Documents");
        navigateur.cocher(By.id("complet"));
        navigateur.attendre(ExpectedConditions.invisibilityOfElementLocated(By.id("piecesManquantes")));
        navigateur.capture("tache-recevabilite");
        navigateur.suivre(By.xpath("//button[text()='Terminer la tâche']"));
        navigateur.voit("Tâche « Vérifier la recevabilité » terminée pour le dossier " + reference);
        // the engine's job executor evaluates the criteria a moment later; in the tests, the test runs it
        travaux.executerEnAttente();

        navigateur.saisir(By.id("q"), reference);
        navigateur.suivre(By.xpath(ligne + "//a[text()='Analyser le dossier']"));
        assertThat(navigateur.voit("Critères d'éligibilité")).contains("Filières", "OK");
        navigateur.capture("tache-analyse");
    }

    @Test
    @Order(3)
    void a_form_error_is_shown_in_french_beside_the_field_and_keeps_what_was_typed() {
        navigateur.choisir(By.id("propositionAvis"), "FAVORABLE");

        navigateur.suivre(By.xpath("//button[text()='Terminer la tâche']"));

        assertThat(navigateur.element(By.id("erreur-motivation")).getText())
                .isEqualTo("« Motivation » est obligatoire.");
        assertThat(navigateur.valeur(By.id("propositionAvis"))).isEqualTo("FAVORABLE");
        assertThat(navigateur.element(By.id("motivation")).getDomAttribute("aria-invalid")).isEqualTo("true");
        navigateur.capture("erreur-formulaire");
    }

    @Test
    @Order(4)
    void the_analyst_overrides_a_criterion_comments_and_proposes_the_avis() {
        String critere = "//tr[@data-critere='CISP_CODIFICATION']";
        navigateur.cliquer(By.xpath(critere + "//summary"))
                .choisir(By.id("resultat-CISP_CODIFICATION"), "A_VERIFIER")
                .saisir(By.id("motivation-CISP_CODIFICATION"), "Code ROME à confirmer avec le FOREM.");
        navigateur.suivre(By.xpath(critere + "//button[text()='Enregistrer la dérogation']"));
        assertThat(navigateur.voit("dérogation enregistrée")).contains("Code ROME à confirmer avec le FOREM.")
                .doesNotContain("CISP_CODIFICATION", "A_VERIFIER");
        assertThat(navigateur.element(By.cssSelector(".succes")).getText()).endsWith(": dérogation enregistrée (À vérifier).");
        assertThat(navigateur.element(By.xpath(critere)).getText()).contains("À vérifier", "(calculé : OK)");
        navigateur.saisir(By.id("commentaire"), "Demander le budget détaillé de la filière.");
        navigateur.suivre(By.xpath("//button[text()='Commenter']"));
        assertThat(navigateur.voit("Commentaire ajouté.")).contains("Demander le budget détaillé de la filière.");
        navigateur.choisir(By.id("propositionAvis"), "FAVORABLE")
                .saisir(By.id("motivation"), "Filière cohérente avec les besoins du bassin en Horeca.");

        navigateur.suivre(By.xpath("//button[text()='Terminer la tâche']"));

        navigateur.voit("Tâche « Analyser le dossier » terminée pour le dossier " + reference);
        navigateur.ouvrir(dossierUrl.substring(dossierUrl.indexOf("/dossiers")));
        assertThat(navigateur.voit("Proposition d'avis")).contains("Prêt pour séance", "Favorable",
                "Filière cohérente avec les besoins du bassin");
    }

    @Test
    @Order(5)
    void the_coordinator_builds_the_agenda_deliberates_with_a_deport_and_closes_the_seance() throws Exception {
        navigateur.connecter("coordinateur").suivre(By.linkText("Séances"));
        navigateur.choisir(By.id("chambre"), "CSEF").saisir(By.id("lieu"), "Liège, rue Natalis " + reference);
        // the presences are ticked when the séance is created, members named by their names
        assertThat(navigateur.element(By.id("presents-CSEF")).getText()).contains("Jean Lambert")
                .doesNotContain("membre2");
        for (int i = 1; i <= 4; i++) {
            navigateur.cocher(By.id("present-CSEF-membre" + i));
        }
        navigateur.suivre(By.xpath("//button[text()='Créer la séance']"));
        assertThat(navigateur.voit("Séance planifiée")).contains("4 présent(s) avec voix délibérative sur 5");
        assertThat(navigateur.element(By.id("presences")).getText()).contains("Jean Lambert").doesNotContain("membre2");
        navigateur.cocher(By.id("present-membre5"));
        navigateur.suivre(By.xpath("//button[text()='Enregistrer les présences']"));
        assertThat(navigateur.voit("Quorum atteint")).contains("5 présent(s) avec voix délibérative sur 5");

        navigateur.suivre(By.xpath("//button[text()=\"Construire l'ordre du jour\"]"));
        navigateur.voit("Ordre du jour construit");
        String point = "//article[.//a[text()='" + reference + "']]";
        navigateur.choisir(By.xpath(point + "//select[@name='decision']"), "FAVORABLE")
                .saisir(By.xpath(point + "//textarea[@name='motivation']"), "Avis conforme à la proposition.")
                .saisir(By.xpath(point + "//input[@name='pour']"), "3")
                .saisir(By.xpath(point + "//input[@name='contre']"), "0")
                .saisir(By.xpath(point + "//input[@name='abstentions']"), "1")
                .cocher(By.xpath(point + "//input[@name='deports' and @value='membre2']"));
        assertThat(navigateur.element(By.xpath(point + "//fieldset[.//input[@name='deports']]")).getText())
                .contains("Jean Lambert").doesNotContain("membre2");
        navigateur.capture("seance-deliberation");
        navigateur.suivre(By.xpath(point + "//button[text()='Enregistrer la délibération']"));

        assertThat(navigateur.voit("Délibération enregistrée pour le dossier " + reference))
                .contains("pour 3, contre 0, abstentions 1", "Jean Lambert (Déport déclaré en séance)");
        // closing cannot be undone: a page of its own asks to confirm it
        navigateur.suivre(By.linkText("Clôturer la séance…"));
        assertThat(navigateur.voit("La clôture est définitive"))
                .containsPattern("Points à l'ordre du jour : \\d+, dont \\d+ non encore examiné");
        navigateur.capture("seance-cloture-confirmation");
        navigateur.suivre(By.linkText("Annuler"));
        navigateur.voit("Séance planifiée");
        navigateur.suivre(By.linkText("Clôturer la séance…"));
        navigateur.suivre(By.xpath("//button[text()='Confirmer la clôture']"));

        navigateur.voit("Séance clôturée");
        assertThat(navigateur.element(By.linkText("Procès-verbal")).getDomAttribute("href"))
                .matches("/seances/\\d+/proces-verbal");
        assertThat(navigateur.element(By.linkText("Procès-verbal (PDF)")).getDomAttribute("href"))
                .matches("/seances/\\d+/proces-verbal\\?format=pdf");
        navigateur.capture("seance-cloturee");
        String pdf = navigateur.element(By.linkText("Procès-verbal (PDF)")).getDomAttribute("href");

        navigateur.suivre(By.linkText("Procès-verbal"));
        assertThat(navigateur.voit("Procès-verbal de la séance du")).contains("Déport : Jean Lambert")
                .doesNotContain("membre2");
        navigateur.capture("seance-proces-verbal");
        String seance = navigateur.url().replace("/proces-verbal", "");
        navigateur.suivre(By.linkText("← Revenir à la séance"));
        assertThat(navigateur.url()).isEqualTo(seance);
        navigateur.voit("Séance clôturée");
        navigateur.suivre(By.linkText("Procès-verbal"));
        HttpResponse<byte[]> telecharge = telechargerAvecLaSession(pdf);
        assertThat(telecharge.statusCode()).isEqualTo(200);
        assertThat(telecharge.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(TextePdf.de(telecharge.body())).contains("Procès-verbal de la séance du", reference);
        navigateur.driver().navigate().back();
    }

    /**
     * The PDF behind the page's link, fetched as the coordinator in a session of its own (form login): sharing the
     * browser's session cookie with a second HTTP client left the browser signed out in this test.
     */
    private HttpResponse<byte[]> telechargerAvecLaSession(String chemin) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String connexion = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher jeton = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(connexion);
        assertThat(jeton.find()).isTrue();
        HttpResponse<String> connecte = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=coordinateur&password=coordinateur&_csrf="
                        + URLEncoder.encode(jeton.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(connecte.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @Order(6)
    void the_dossier_is_notified_with_its_decision_and_its_timeline() {
        // the letters are produced and sent by the engine's jobs
        travaux.executerEnAttente();
        navigateur.ouvrir(dossierUrl.substring(dossierUrl.indexOf("/dossiers")));

        String page = navigateur.voit("Notifié");

        assertThat(page).contains("Décision", "Avis conforme à la proposition.", "Délibéré → Notifié",
                "Inscrit à l'ordre du jour → Délibéré", "Demander le budget détaillé de la filière.",
                "Analyser le dossier");
        String envois = navigateur.element(By.id("envois")).getText();
        assertThat(envois).contains("Avis au demandeur", "À poster").doesNotContain("ENVOYE", "A_POSTER",
                "DESACTIVE", "null");
        assertThat(navigateur.element(By.xpath("//section[@id='envois']//a[text()='Avis au demandeur']"))
                .getDomAttribute("href")).matches("/dossiers/\\d+/documents/\\d+");
        navigateur.capture("dossier-notifie");
        navigateur.suivre(By.linkText("Tableau de bord"));
        // the menu's link names no year: the current one, which has this dossier
        assertThat(navigateur.voit("Dossiers ouverts par type et par statut")).contains("Délais de traitement",
                "Tableau de bord " + LocalDate.now().getYear());
        assertThat(navigateur.valeur(By.id("annee"))).isEqualTo(String.valueOf(LocalDate.now().getYear()));
        assertThat(navigateur.texte()).doesNotContainPattern("\\d\\.\\d j");
        assertThat(navigateur.elements(By.cssSelector("svg rect"))).isNotEmpty();
        navigateur.capture("tableau-de-bord");
        navigateur.ouvrir("/dossiers");
        navigateur.voit("Tous :");
        navigateur.capture("dossiers");
    }
}
