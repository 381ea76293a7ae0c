package be.ibefe.avis.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.security.Comptes;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import be.ibefe.avis.system.ClockConfig;
import be.ibefe.avis.system.Dates;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * « Mes tâches » and a task's page in a real browser: the task's own due and follow-up dates and the filter on them,
 * « traiter la suivante », and a form's draft kept for its author alone until the task is completed.
 */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TachesNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    Comptes comptes;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dates dates;

    @Autowired
    Clock clock;

    Navigateur navigateur;
    Api api;
    Taches taches;

    @BeforeAll
    void navigateur() {
        navigateur = new Navigateur(port);
        api = new Api(port);
        taches = new Taches(api, travaux);
        comptes.assurerUtilisateur("analyste2", "Anne", "Analyste", "analyste2", Groupes.EQUIPE);
    }

    @AfterAll
    void fermer() {
        navigateur.close();
    }

    /** A new CISP request under a name of its own; returns its recevabilité task's id. */
    private String nouvelleTache(String demandeur, LocalDate echeance) {
        ObjectNode demande = Demandes.cispNouvelleFiliere();
        ((ObjectNode) demande.get("demandeur")).put("nom", demandeur);
        demande.put("echeance", echeance.toString());
        String dossierId = api.post("coordinateur", "/api/dossiers", demande).json().get("id").asText();
        return taches.tache("analyste", dossierId, "Task_VerifierRecevabilite").get("id").asText();
    }

    /** Three new tasks of one kind, under {@code marque}, ticked in the analyst's list. */
    private List<String> troisTachesCochees(String marque) {
        LocalDate echeance = LocalDate.now(clock).plusDays(90);
        List<String> ids = List.of(nouvelleTache(marque + " 1", echeance), nouvelleTache(marque + " 2", echeance),
                nouvelleTache(marque + " 3", echeance));
        navigateur.connecter("analyste").ouvrir("/taches?q=" + marque.replace(" ", "+"));
        for (String id : ids) {
            navigateur.cocher(By.cssSelector("input[name=ids][value='" + id + "']"));
        }
        return ids;
    }

    private static String marque() {
        return "Échéances " + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<String> demandeursListes() {
        return navigateur.elements(By.cssSelector("#resultats tbody tr td:nth-child(5)")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void the_list_and_the_task_page_show_the_tasks_own_due_and_follow_up_days_set_by_its_delay() {
        String marque = marque();
        LocalDate aujourdhui = LocalDate.now(clock);
        String id = nouvelleTache(marque, aujourdhui.plusDays(90));
        // avis.echeances.delai-taches: Task_VerifierRecevabilite 10 days; reminded rappel-jours-avant (3) before
        String aTraiterLe = dates.jour(aujourdhui.plusDays(10));
        String relanceLe = dates.jour(aujourdhui.plusDays(7));

        navigateur.connecter("analyste").ouvrir("/taches?q=" + marque.replace(" ", "+"));

        WebElement cellule = navigateur.element(By.cssSelector("#resultats tbody td.a-traiter"));
        assertThat(cellule.getText()).contains(aTraiterLe, "relance le " + relanceLe);
        assertThat(navigateur.texte()).contains("À traiter pour le", "Échéance du dossier",
                dates.jour(aujourdhui.plusDays(90)));
        navigateur.capture("taches-echeances");

        navigateur.ouvrir("/taches/" + id);
        assertThat(navigateur.element(By.cssSelector(".echeance-tache")).getText())
                .isEqualTo("À traiter pour le " + aTraiterLe + " · relance le " + relanceLe);
        navigateur.capture("tache-echeance");
    }

    @Test
    void the_due_date_filter_splits_the_tasks_on_their_own_due_date() {
        String marque = marque();
        LocalDate aujourdhui = LocalDate.now(clock);
        // all three dossiers are due in 90 days: only their tasks' due dates differ
        echeance(nouvelleTache(marque + " en retard", aujourdhui.plusDays(90)), aujourdhui.minusDays(1));
        echeance(nouvelleTache(marque + " cette semaine", aujourdhui.plusDays(90)), aujourdhui.plusDays(7));
        echeance(nouvelleTache(marque + " plus tard", aujourdhui.plusDays(90)), aujourdhui.plusDays(8));
        navigateur.connecter("analyste");

        navigateur.ouvrir("/taches?q=" + marque.replace(" ", "+") + "&echeanceTache=SEPT_JOURS");
        assertThat(demandeursListes()).containsExactly(marque + " cette semaine");
        assertThat(navigateur.element(By.cssSelector("#resultats tbody td.a-traiter")).getText())
                .contains("dans les 7 jours");
        navigateur.capture("taches-dans-les-7-jours");
        navigateur.ouvrir("/taches?q=" + marque.replace(" ", "+") + "&echeanceTache=DEPASSEE");
        assertThat(demandeursListes()).containsExactly(marque + " en retard");
        navigateur.ouvrir("/taches?q=" + marque.replace(" ", "+") + "&echeanceTache=PLUS_TARD");
        assertThat(demandeursListes()).containsExactly(marque + " plus tard");
        navigateur.ouvrir("/taches?q=" + marque.replace(" ", "+") + "&sort=echeanceTache,desc");
        assertThat(demandeursListes()).containsExactly(marque + " plus tard", marque + " cette semaine",
                marque + " en retard");
    }

    /** The engine's due date of a task: the end of the given day in Brussels, as the models set it. */
    private void echeance(String tacheId, LocalDate jour) {
        taskService.setDueDate(tacheId, Date.from(jour.atTime(LocalTime.of(23, 59, 59))
                .atZone(ClockConfig.BRUXELLES).toInstant()));
    }

    @Test
    void completing_with_traiter_la_suivante_opens_the_oldest_due_task_of_the_same_kind() {
        String marque = marque();
        LocalDate aujourdhui = LocalDate.now(clock);
        String premiere = nouvelleTache(marque + " A", aujourdhui.plusDays(90));
        String seconde = nouvelleTache(marque + " B", aujourdhui.plusDays(90));
        // older than any other test's tasks: these two come first among the analyst's recevabilité tasks
        echeance(premiere, LocalDate.of(2001, 1, 1));
        echeance(seconde, LocalDate.of(2001, 1, 2));

        navigateur.connecter("analyste").ouvrir("/taches/" + premiere);
        navigateur.cocher(By.id("complet")).cocher(By.id("_suivante"));
        navigateur.suivre(By.xpath("//button[text()='Terminer la tâche']"));

        assertThat(navigateur.url()).endsWith("/taches/" + seconde);
        assertThat(navigateur.voit("Voici la suivante.")).contains("Tâche « Vérifier la recevabilité » terminée",
                marque + " B");
        assertThat(navigateur.element(By.id("_suivante")).isSelected()).isTrue();
        navigateur.capture("tache-suivante");
        assertThat(taskService.createTaskQuery().taskId(premiere).count()).isZero();
    }

    @Test
    void without_traiter_la_suivante_the_list_comes_back() {
        String id = nouvelleTache(marque(), LocalDate.now(clock).plusDays(90));

        navigateur.connecter("analyste").ouvrir("/taches/" + id);
        navigateur.cocher(By.id("complet")).suivre(By.xpath("//button[text()='Terminer la tâche']"));

        assertThat(navigateur.url()).endsWith("/taches");
        assertThat(navigateur.voit("Tâche « Vérifier la recevabilité » terminée")).doesNotContain("Voici la suivante");
    }

    @Test
    void a_draft_comes_back_to_its_author_only_is_not_checked_and_goes_with_the_completion() {
        String id = nouvelleTache(marque(), LocalDate.now(clock).plusDays(90));
        navigateur.connecter("analyste").ouvrir("/taches/" + id);
        navigateur.saisir(By.id("piecesManquantes"), "Budget de la filière");

        navigateur.suivre(By.xpath("//button[text()='Enregistrer le brouillon']"));

        assertThat(navigateur.voit("Brouillon enregistré")).contains("Votre brouillon du ");
        assertThat(navigateur.valeur(By.id("piecesManquantes"))).isEqualTo("Budget de la filière");
        navigateur.capture("tache-brouillon");
        navigateur.connecter("analyste2").ouvrir("/taches/" + id);
        assertThat(navigateur.texte()).doesNotContain("Votre brouillon");
        assertThat(navigateur.valeur(By.id("piecesManquantes"))).isEmpty();
        // an empty draft is kept as well: the form's rules (a required field here) wait for the completion
        navigateur.suivre(By.xpath("//button[text()='Enregistrer le brouillon']"));
        assertThat(navigateur.voit("Brouillon enregistré")).doesNotContain("obligatoire");
        assertThat(jdbc.queryForObject("select count(*) from brouillon_tache where tache_id = ?", Long.class, id))
                .isEqualTo(2);

        navigateur.connecter("analyste").ouvrir("/taches/" + id);
        assertThat(navigateur.valeur(By.id("piecesManquantes"))).isEqualTo("Budget de la filière");
        navigateur.suivre(By.xpath("//button[text()='Terminer la tâche']"));

        assertThat(navigateur.voit("Tâche « Vérifier la recevabilité » terminée")).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from brouillon_tache where tache_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void tasks_of_one_kind_are_completed_in_a_batch_each_on_its_own_with_a_french_summary() {
        String marque = marque();
        List<String> ids = troisTachesCochees(marque);
        navigateur.suivre(By.xpath("//button[text()='Terminer la sélection en lot']"));
        assertThat(navigateur.voit("Terminer en lot : Vérifier la recevabilité")).contains(marque + " 1",
                marque + " 2", marque + " 3", "au plus 100 tâches");

        // the form is checked once: a required field left empty stops the batch before any completion
        navigateur.suivre(By.xpath("//button[text()='Terminer les 3 tâches']"));
        assertThat(navigateur.voit("Aucune tâche n'a été terminée")).isNotEmpty();
        assertThat(navigateur.element(By.id("piecesManquantes")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(taskService.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).count()).isEqualTo(3);

        // a colleague completes one meanwhile: the two others are completed, his is reported
        assertThat(api.post("analyste2", "/api/taches/" + ids.get(1) + "/complete",
                java.util.Map.of("complet", true)).status()).isEqualTo(204);
        navigateur.cocher(By.id("complet"));
        navigateur.suivre(By.xpath("//button[text()='Terminer les 3 tâches']"));

        assertThat(navigateur.element(By.cssSelector(".resume-lot")).getText())
                .isEqualTo("2 tâche(s) terminée(s), 1 refusée(s).");
        assertThat(navigateur.element(By.cssSelector("tr[data-tache='" + ids.get(1) + "']")).getText())
                .contains("Refusée", "La tâche « Vérifier la recevabilité » a déjà été terminée.");
        navigateur.capture("taches-lot-resultat");
        assertThat(taskService.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where action = 'TACHE_TERMINEE'"
                + " and objet_id in (?, ?, ?) and utilisateur = 'analyste'", Long.class, ids.get(0), ids.get(1),
                ids.get(2))).isEqualTo(2);
    }

    @Test
    void the_selected_tasks_are_taken_up_at_once_and_one_a_colleague_took_is_told() {
        String marque = marque();
        List<String> ids = troisTachesCochees(marque);
        // a colleague takes one of them meanwhile
        assertThat(api.post("analyste2", "/api/taches/" + ids.get(2) + "/claim", java.util.Map.of()).status())
                .isEqualTo(204);

        navigateur.suivre(By.xpath("//button[text()='Prendre la sélection']"));

        assertThat(navigateur.voit("2 tâche(s) prise(s), 1 refusée(s).")).isNotEmpty();
        // back to the list as it was filtered
        assertThat(demandeursListes()).containsExactlyInAnyOrder(marque + " 1", marque + " 2", marque + " 3");
        assertThat(navigateur.element(By.cssSelector("li[data-tache='" + ids.get(2) + "']")).getText())
                .contains("Vérifier la recevabilité", "Cette tâche a déjà été prise en charge par analyste2.");
        navigateur.capture("taches-prises-en-lot");
        assertThat(ids.stream().map(id -> taskService.createTaskQuery().taskId(id).singleResult().getAssignee()))
                .containsExactly("analyste", "analyste", "analyste2");
    }

    @Test
    void a_batch_of_several_kinds_goes_back_to_the_list_with_why() {
        String recevabilite = nouvelleTache(marque(), LocalDate.now(clock).plusDays(90));
        String dossierId = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id")
                .asText();
        taches.terminer("analyste", dossierId, "Task_VerifierRecevabilite", java.util.Map.of("complet", true));
        String analyse = taches.tache("analyste", dossierId, "Task_AnalyserDossier").get("id").asText();

        navigateur.connecter("analyste").ouvrir("/taches/lot?ids=" + recevabilite + "&ids=" + analyse);

        assertThat(navigateur.url()).endsWith("/taches");
        assertThat(navigateur.voit("Un lot ne réunit que des tâches du même genre")).contains(
                "« Vérifier la recevabilité »", "« Analyser le dossier »");
    }
}
