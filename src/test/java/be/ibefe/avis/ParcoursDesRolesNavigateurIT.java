package be.ibefe.avis;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Axe;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Ecran;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The day of each of the four roles, clicked through in Chromium on a phone (390 px) and a laptop (1366 px): the
 * analyst (his tasks, analysing a dossier, then « traiter la suivante »), the coordinator (a request arrived by post,
 * with the applicant's postal address; a séance, its closing and its procès-verbal), a CSEF member (his tasks, a
 * dossier, his calendar with the séances) and the administrator (the process models, the locked accounts). Every page
 * on the way fits the screen without scrolling sideways and axe-core finds nothing serious on it; screenshots go to
 * {@code target/captures/parcours-<rôle>-<page>-<largeur>.png}.
 */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParcoursDesRolesNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    Navigateur navigateur;
    Axe axe;
    Api api;

    @BeforeAll
    void ouvrir() {
        navigateur = new Navigateur(port);
        axe = new Axe(navigateur);
        api = new Api(port);
    }

    @AfterAll
    void fermer() {
        Ecran.largeur(navigateur, Ecran.PORTABLE);
        navigateur.close();
    }

    @ParameterizedTest(name = "à {0} px")
    @ValueSource(ints = {Ecran.TELEPHONE, Ecran.PORTABLE})
    void the_analyst_analyses_a_dossier_then_goes_on_with_the_next_task_of_the_same_kind(int largeur) {
        String lot = "Parcours " + UUID.randomUUID().toString().substring(0, 8);
        Taches taches = new Taches(api, travaux);
        for (int i = 1; i <= 2; i++) {
            ObjectNode demande = Demandes.cispNouvelleFiliere();
            ((ObjectNode) demande.get("demandeur")).put("nom", lot + " " + i);
            String dossier = api.post("coordinateur", "/api/dossiers", demande).json().get("id").asText();
            taches.terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));
        }
        List<String> defauts = new ArrayList<>();
        Ecran.largeur(navigateur, largeur);

        navigateur.connecter("analyste").ouvrir("/taches?q=" + lot.replace(' ', '+'));
        assertThat(navigateur.elements(By.cssSelector("#resultats tbody tr"))).hasSize(2);
        verifier("analyste", "taches", largeur, defauts);
        navigateur.suivre(By.linkText("Analyser le dossier"));
        String premiere = navigateur.url();
        navigateur.suivre(By.xpath("//button[text()='Prendre la tâche']"));
        assertThat(navigateur.voit("Critères d'éligibilité")).contains(lot);
        verifier("analyste", "analyser", largeur, defauts);
        navigateur.choisir(By.id("propositionAvis"), "FAVORABLE")
                .saisir(By.id("motivation"), "Filière cohérente avec les besoins du bassin.")
                .cocher(By.id("_suivante"));
        navigateur.suivre(By.xpath("//button[text()='Terminer la tâche']"));

        assertThat(navigateur.voit("terminée")).contains("Analyser le dossier");
        assertThat(navigateur.url()).contains("/taches/").isNotEqualTo(premiere);
        assertThat(navigateur.element(By.id("_suivante")).isSelected()).isTrue();
        verifier("analyste", "tache-suivante", largeur, defauts);
        assertThat(defauts).isEmpty();
    }

    @ParameterizedTest(name = "à {0} px")
    @ValueSource(ints = {Ecran.TELEPHONE, Ecran.PORTABLE})
    void the_coordinator_registers_a_posted_request_holds_a_seance_and_closes_it_with_its_minutes(int largeur) {
        String demandeur = "Commune de Parcours " + UUID.randomUUID().toString().substring(0, 8);
        List<String> defauts = new ArrayList<>();
        Ecran.largeur(navigateur, largeur);

        navigateur.connecter("coordinateur").ouvrir("/dossiers/nouveau");
        verifier("coordinateur", "nouveau-dossier-type", largeur, defauts);
        navigateur.suivre(By.linkText(AvisType.INTERPELLATION.libelle()));
        navigateur.saisir(By.id("demandeur.nom"), demandeur).choisir(By.id("demandeur.categorie"), "INSTANCE")
                .saisir(By.id("demandeur.adresse.rue"), "Place du Marché 2")
                .saisir(By.id("demandeur.adresse.codePostal"), "4000")
                .saisir(By.id("demandeur.adresse.localite"), "Liège")
                .saisir(By.id("objet"), "Interpellation sur les places de stage")
                .saisir(By.id("donnees.sujet"), "Places de stage en soins infirmiers");
        verifier("coordinateur", "nouveau-dossier", largeur, defauts);
        navigateur.suivre(By.xpath("//button[text()='Enregistrer le dossier']"));

        String page = navigateur.voit("procédure a démarré");
        // the applicant's panel: no e-mail, so the letters go by post to the address typed
        assertThat(navigateur.element(By.xpath("//dt[text()='Adresse postale du demandeur']/following-sibling::dd[1]"))
                .getText()).isEqualTo("Place du Marché 2\n4000 Liège");
        assertThat(navigateur.element(By.xpath("//dt[text()='Courriel du demandeur']/following-sibling::dd[1]"))
                .getText()).isEqualTo("—");
        assertThat(page).contains(demandeur, "par la poste, à cette adresse");
        verifier("coordinateur", "dossier", largeur, defauts);

        navigateur.suivre(By.linkText("Séances"));
        verifier("coordinateur", "seances", largeur, defauts);
        navigateur.choisir(By.id("chambre"), "CSEF").saisir(By.id("lieu"), "Liège, " + demandeur);
        for (int i = 1; i <= 4; i++) {
            navigateur.cocher(By.id("present-CSEF-membre" + i));
        }
        navigateur.suivre(By.xpath("//button[text()='Créer la séance']"));
        navigateur.voit("Séance planifiée");
        verifier("coordinateur", "seance", largeur, defauts);
        navigateur.suivre(By.linkText("Clôturer la séance…"));
        navigateur.voit("La clôture est définitive");
        verifier("coordinateur", "cloture", largeur, defauts);
        navigateur.suivre(By.xpath("//button[text()='Confirmer la clôture']"));
        navigateur.voit("Séance clôturée");
        navigateur.suivre(By.linkText("Procès-verbal"));
        assertThat(navigateur.voit("Procès-verbal de la séance du")).doesNotContain("membre1");
        verifier("coordinateur", "proces-verbal", largeur, defauts);
        navigateur.suivre(By.linkText("← Revenir à la séance"));
        navigateur.voit("Séance clôturée");
        assertThat(defauts).isEmpty();
    }

    @ParameterizedTest(name = "à {0} px")
    @ValueSource(ints = {Ecran.TELEPHONE, Ecran.PORTABLE})
    void a_csef_member_reads_his_tasks_a_dossier_and_his_calendar(int largeur) {
        String dossier = new Taches(api, travaux).pretPourSeance(Demandes.cispNouvelleFiliere());
        List<String> defauts = new ArrayList<>();
        Ecran.largeur(navigateur, largeur);

        navigateur.connecter("membre1");
        assertThat(navigateur.titre()).startsWith("Mes tâches");
        verifier("membre1", "taches", largeur, defauts);
        navigateur.suivre(By.linkText("Dossiers"));
        verifier("membre1", "dossiers", largeur, defauts);
        navigateur.ouvrir("/dossiers/" + dossier);
        assertThat(navigateur.voit("Proposition d'avis")).contains("Prêt pour séance", "Favorable");
        verifier("membre1", "dossier", largeur, defauts);
        navigateur.suivre(By.linkText("Calendrier"));
        verifier("membre1", "calendrier", largeur, defauts);
        assertThat(defauts).isEmpty();
    }

    @ParameterizedTest(name = "à {0} px")
    @ValueSource(ints = {Ecran.TELEPHONE, Ecran.PORTABLE})
    void the_administrator_reads_the_process_models_and_the_locked_accounts(int largeur) {
        List<String> defauts = new ArrayList<>();
        Ecran.largeur(navigateur, largeur);

        navigateur.connecter("admin").ouvrir("/admin/processus");
        assertThat(navigateur.voit("Modèles de processus")).contains("avis-cisp-agrement");
        verifier("admin", "modeles", largeur, defauts);
        navigateur.ouvrir("/admin/comptes");
        navigateur.voit("Comptes verrouillés");
        verifier("admin", "comptes", largeur, defauts);
        assertThat(defauts).isEmpty();
    }

    /** The page fits the screen, axe finds nothing serious on it, and its screenshot is kept. */
    private void verifier(String role, String nom, int largeur, List<String> defauts) {
        String libelle = "%s, %s à %d px".formatted(role, nom, largeur);
        Ecran.debordements(navigateur).forEach(d -> defauts.add(libelle + " déborde : " + d));
        axe.gravesSur(libelle).forEach(v -> defauts.add(libelle + " axe : " + v));
        navigateur.capture("parcours-%s-%s-%d".formatted(role, nom, largeur));
    }
}
