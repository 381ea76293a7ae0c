package be.ibefe.avis;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.security.Comptes;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages in a real browser: what each group's menu offers, French error pages, forms that keep what was typed. */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    Comptes comptes;

    @Autowired
    Travaux travaux;

    Navigateur navigateur;

    @BeforeAll
    void navigateur() {
        navigateur = new Navigateur(port);
    }

    @AfterAll
    void fermer() {
        navigateur.close();
    }

    private List<String> menu() {
        return navigateur.elements(By.cssSelector(".entete nav a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void each_group_is_offered_only_the_pages_it_may_use() {
        assertThat(navigateur.connecter("analyste").titre()).startsWith("Mes tâches");
        assertThat(menu()).containsExactly("Mes tâches", "Dossiers", "Pôles", "Thématiques communes", "Calendrier");
        assertThat(navigateur.connecter("membre1").titre()).startsWith("Mes tâches");
        assertThat(menu()).containsExactly("Mes tâches", "Dossiers", "Pôles", "Thématiques communes", "Calendrier");
        navigateur.connecter("coordinateur");
        assertThat(menu()).containsExactly("Mes tâches", "Dossiers", "Nouveau dossier", "Import par lot", "Séances",
                "Tableau de bord", "Métiers prioritaires", "Pôles", "Thématiques communes", "Calendrier", "Opérateurs ALE",
                "Rapport d'activité", "Bassin");
        navigateur.connecter("admin");
        assertThat(navigateur.url()).endsWith("/admin/processus");
        assertThat(menu()).containsExactly("Opérateurs ALE", "Rapport d'activité", "Bassin", "Modèles de processus",
                "Comptes", "Cockpit");
        navigateur.capture("admin-processus");
    }

    @Test
    void a_page_outside_the_users_groups_is_refused_in_french_with_a_way_back() {
        navigateur.connecter("analyste").ouvrir("/seances");

        assertThat(navigateur.voit("Accès refusé")).contains("réservée à d'autres groupes que les vôtres",
                "Aller à l'accueil");
        navigateur.capture("erreur-403");
    }

    @Test
    void an_unknown_dossier_or_address_is_a_french_not_found_page() {
        navigateur.connecter("coordinateur").ouvrir("/dossiers/999999999");
        assertThat(navigateur.voit("Page introuvable")).contains("Aucun dossier n° 999999999.");

        navigateur.ouvrir("/nulle-part");
        assertThat(navigateur.voit("Page introuvable")).contains("Cette page n'existe pas");
        navigateur.capture("erreur-404");
    }

    @Test
    void every_page_under_seances_dossiers_taches_and_rapports_answers_an_unknown_id_with_the_french_page() {
        navigateur.connecter("coordinateur");
        for (String page : List.of("/seances/99999/proces-verbal", "/seances/99999/proces-verbal?format=pdf",
                "/seances/99999", "/seances/99999/cloture", "/dossiers/99999/documents", "/dossiers/99999/documents/1",
                "/taches/inconnue", "/rapports/activite?annee=1999")) {
            navigateur.ouvrir(page);
            assertThat(navigateur.element(By.cssSelector("h1")).getText()).as(page)
                    .isIn("Page introuvable", "Demande invalide");
            assertThat(navigateur.texte()).as(page).contains("Aller à l'accueil").doesNotContain("\"status\"");
        }
        navigateur.ouvrir("/seances/99999/proces-verbal");
        navigateur.capture("erreur-404-proces-verbal");
    }

    @Test
    void a_page_offers_only_what_its_user_may_do() {
        Api api = new Api(port);
        String dossierId = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id")
                .asText();
        By taches = By.linkText("Tâches de ce dossier");
        navigateur.connecter("coordinateur").ouvrir("/dossiers/" + dossierId);
        assertThat(navigateur.elements(taches)).hasSize(1);
        navigateur.ouvrir("/dossiers/" + dossierId + "/documents");
        assertThat(navigateur.elements(By.id("fichier"))).hasSize(1);

        // the regional role reads the dossier, works no task
        navigateur.connecter("aibefe").ouvrir("/dossiers/" + dossierId);
        navigateur.voit("Données de la demande");
        assertThat(navigateur.elements(taches)).isEmpty();
        navigateur.capture("dossier-regional");
        // a CSEF member reads the documents, deposits none: the API's rule, on the page
        navigateur.connecter("membre1").ouvrir("/dossiers/" + dossierId + "/documents");
        navigateur.voit("Documents");
        assertThat(navigateur.elements(By.id("fichier"))).isEmpty();
        assertThat(api.postFichier("membre1", "/api/dossiers/" + dossierId + "/documents", "fichier", "note.txt",
                "texte".getBytes()).status()).isEqualTo(403);
    }

    @Test
    void codes_are_shown_by_their_french_labels() {
        navigateur.connecter("admin").ouvrir("/admin/processus");
        assertThat(navigateur.voit("Modèles de processus")).doesNotContain("SpringAutoDeployment");
        navigateur.connecter("coordinateur").ouvrir("/dossiers/nouveau?type=CISP_AGREMENT");
        assertThat(navigateur.element(By.id("demandeur.categorie")).getText()).contains("Entreprise")
                .doesNotContain("ENTREPRISE");
        assertThat(navigateur.element(By.id("donnees.nature")).getText()).contains("Nouvelle filière")
                .doesNotContain("NOUVELLE_FILIERE");
        navigateur.ouvrir("/metiers-prioritaires");
        assertThat(navigateur.element(By.id("action")).getText()).contains("Maintenir l'offre", "Adapter l'offre",
                "Créer l'offre").doesNotContain("MAINTENIR");
    }

    @Test
    void the_dashboard_and_the_report_open_on_a_year_with_a_selector_and_a_bassin_selector_for_the_region() {
        int annee = LocalDate.now().getYear();
        ObjectNode deCetteAnnee = Demandes.cispNouvelleFiliere();
        deCetteAnnee.put("dateReception", LocalDate.now().toString()).remove("echeance");
        Api.Reponse cree = new Api(port).post("coordinateur", "/api/dossiers", deCetteAnnee);
        assertThat(cree.status()).as(cree.corps()).isEqualTo(201);
        navigateur.connecter("coordinateur").suivre(By.linkText("Tableau de bord"));
        assertThat(navigateur.element(By.cssSelector("h1")).getText()).isEqualTo("Tableau de bord " + annee);
        assertThat(navigateur.valeur(By.id("annee"))).isEqualTo(String.valueOf(annee));
        navigateur.suivre(By.linkText("Rapport d'activité"));
        assertThat(navigateur.valeur(By.id("annee"))).isEqualTo(String.valueOf(annee));
        assertThat(navigateur.elements(By.id("bassin"))).isEmpty();
        navigateur.choisir(By.id("annee"), "2024").suivre(By.xpath("//button[text()='Afficher']"));
        assertThat(navigateur.element(By.cssSelector("h1")).getText()).endsWith("2024");

        navigateur.connecter("aibefe").suivre(By.linkText("Rapport d'activité"));
        assertThat(navigateur.element(By.id("bassin")).getText()).contains("Tous les bassins", "(LIE)", "(HUY)");
        navigateur.choisir(By.id("bassin"), "HUY").suivre(By.xpath("//button[text()='Afficher']"));
        assertThat(navigateur.url()).contains("bassin=HUY");
        assertThat(navigateur.valeur(By.id("bassin"))).isEqualTo("HUY");
        assertThat(navigateur.element(By.linkText("PDF")).getDomAttribute("href")).contains("bassin=HUY");
        navigateur.capture("rapport-choix-annee-bassin");
    }

    @Test
    void a_task_a_colleague_took_meanwhile_is_a_french_conflict_page() {
        comptes.assurerUtilisateur("analyste2", "Anne", "Analyste", "analyste2", Groupes.EQUIPE);
        Api api = new Api(port);
        String dossierId = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id")
                .asText();
        String tache = new Taches(api, travaux).tache("analyste", dossierId, "Task_VerifierRecevabilite").get("id").asText();
        navigateur.connecter("analyste").ouvrir("/taches/" + tache);
        navigateur.voit("Non attribuée");

        assertThat(api.post("analyste2", "/api/taches/" + tache + "/claim", "").status()).isEqualTo(204);
        navigateur.suivre(By.xpath("//button[text()='Prendre la tâche']"));

        assertThat(navigateur.voit("Conflit")).contains("Cette tâche a déjà été prise en charge par analyste2.",
                "Revenir à la page précédente");
        navigateur.capture("erreur-409");
    }

    @Test
    void a_script_typed_in_a_dossier_is_shown_as_text_on_every_page_never_run() {
        String script = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        ObjectNode demande = Demandes.cispNouvelleFiliere();
        demande.put("objet", "Demande " + script);
        ((ObjectNode) demande.get("demandeur")).put("nom", "CISP " + script);
        Api api = new Api(port);
        String dossierId = api.post("coordinateur", "/api/dossiers", demande).json().get("id").asText();

        for (String page : List.of("coordinateur /dossiers/" + dossierId, "coordinateur /dossiers?q=xss",
                "analyste /taches?q=xss")) {
            navigateur.connecter(page.split(" ")[0]).ouvrir(page.split(" ")[1]);
            assertThat(navigateur.texte()).as(page).contains("<script>alert('xss')</script>");
            assertThat(navigateur.elements(By.xpath("//script[contains(., 'xss')] | //img[@src='x']"))).as(page)
                    .isEmpty();
        }
        navigateur.capture("texte-hostile-echappe");
    }

    @Test
    void signing_out_returns_to_the_login_page_and_pages_ask_to_sign_in_again() {
        navigateur.connecter("analyste").suivre(By.xpath("//button[text()='Se déconnecter']"));

        assertThat(navigateur.voit("Vous êtes déconnecté.")).contains("Connexion");
        navigateur.ouvrir("/taches");
        assertThat(navigateur.url()).endsWith("/login");
        navigateur.capture("connexion");
    }

    @Test
    void a_new_dossier_form_adds_rows_names_the_field_in_error_and_keeps_every_value() {
        String nom = "CISP Essai " + UUID.randomUUID().toString().substring(0, 8);
        navigateur.connecter("coordinateur").ouvrir("/dossiers/nouveau?type=CISP_AGREMENT");
        navigateur.saisir(By.id("demandeur.nom"), nom).choisir(By.id("demandeur.categorie"), "CISP")
                .saisir(By.id("donnees.filieres[0].intitule"), "Aide-cuisinier");
        navigateur.suivre(By.xpath("//button[text()='Ajouter une ligne à « Filières »']"));
        assertThat(navigateur.valeur(By.id("demandeur.nom"))).isEqualTo(nom);
        assertThat(navigateur.valeur(By.id("donnees.filieres[0].intitule"))).isEqualTo("Aide-cuisinier");
        navigateur.saisir(By.id("donnees.filieres[1].intitule"), "Commis de salle")
                .saisir(By.id("donnees.filieres[1].heures"), "douze");

        navigateur.suivre(By.xpath("//button[text()='Enregistrer le dossier']"));

        assertThat(navigateur.voit("La demande n'est pas enregistrée")).doesNotContain("procédure a démarré");
        assertThat(navigateur.element(By.id("erreur-donnees.filieres[1].heures")).getText())
                .isEqualTo("« Heures » doit être un nombre entier.");
        assertThat(navigateur.element(By.id("erreur-objet")).getText())
                .isEqualTo("L'objet de la demande est obligatoire.");
        assertThat(navigateur.valeur(By.id("donnees.filieres[1].heures"))).isEqualTo("douze");
        assertThat(navigateur.valeur(By.id("donnees.filieres[1].intitule"))).isEqualTo("Commis de salle");
        assertThat(navigateur.valeur(By.id("demandeur.nom"))).isEqualTo(nom);
        navigateur.capture("nouveau-dossier-erreurs");

        navigateur.suivre(By.xpath("//button[text()='Retirer « Filières 1 »']"));
        assertThat(navigateur.valeur(By.id("donnees.filieres[0].intitule"))).isEqualTo("Commis de salle");
        assertThat(navigateur.elements(By.id("donnees.filieres[1].intitule"))).isEmpty();
    }

    @Test
    void the_coordination_maintains_the_metiers_prioritaires() {
        String metier = "Soudeur orbital " + UUID.randomUUID().toString().substring(0, 6);
        navigateur.connecter("coordinateur").suivre(By.linkText("Métiers prioritaires"));
        navigateur.saisir(By.id("libelle"), metier).saisir(By.id("codeRome"), "H29").choisir(By.id("action"), "CREER");

        navigateur.suivre(By.xpath("//button[text()='Ajouter']"));

        assertThat(navigateur.element(By.id("erreur-codeRome")).getText()).startsWith("Code ROME V3 « H29 » invalide");
        assertThat(navigateur.valeur(By.id("libelle"))).isEqualTo(metier);
        navigateur.saisir(By.id("codeRome"), "H2913");
        navigateur.suivre(By.xpath("//button[text()='Ajouter']"));
        assertThat(navigateur.voit("« " + metier + " » ajouté")).contains("H2913");
        assertThat(navigateur.element(By.xpath("//tr[td[text()='" + metier + "']]")).getText())
                .contains("Créer l'offre").doesNotContain("CREER");
        navigateur.capture("metiers-prioritaires");
        navigateur.suivre(By.xpath("//button[@aria-label='Retirer " + metier + "']"));
        assertThat(navigateur.voit("Métier retiré")).doesNotContain(metier);
    }
}
