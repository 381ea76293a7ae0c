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
        assertThat(menu()).containsExactly("Mes tâches", "Dossiers", "Pôles");
        assertThat(navigateur.connecter("membre1").titre()).startsWith("Mes tâches");
        assertThat(menu()).containsExactly("Mes tâches", "Dossiers", "Pôles");
        navigateur.connecter("coordinateur");
        assertThat(menu()).containsExactly("Mes tâches", "Dossiers", "Nouveau dossier", "Import par lot", "Séances",
                "Tableau de bord", "Métiers prioritaires", "Pôles", "Opérateurs ALE", "Rapport d'activité", "Bassin");
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
        navigateur.capture("metiers-prioritaires");
        navigateur.suivre(By.xpath("//button[@aria-label='Retirer " + metier + "']"));
        assertThat(navigateur.voit("Métier retiré")).doesNotContain(metier);
    }
}
