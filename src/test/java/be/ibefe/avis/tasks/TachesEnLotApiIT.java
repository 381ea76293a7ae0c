package be.ibefe.avis.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.security.Comptes;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/taches/lot/claim} and {@code /lot/complete}: a batch is refused whole (400) when it is empty, larger
 * than 100, of several kinds or its fields do not fit its form; otherwise each task is taken up or completed as alone,
 * and each refusal is the problem+json that the call on that task alone would have answered.
 */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TachesEnLotApiIT {

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

    Api api;
    Taches taches;

    @BeforeAll
    void api() {
        api = new Api(port);
        taches = new Taches(api, travaux);
        comptes.assurerUtilisateur("analyste2", "Anne", "Analyste", "analyste2", Groupes.EQUIPE);
    }

    /** A new CISP request of bassin Liège (or Huy-Waremme); returns its recevabilité task's id. */
    private String nouvelleTache(String coordination, String analyste) {
        ObjectNode demande = Demandes.cispNouvelleFiliere();
        String dossierId = api.post(coordination, "/api/dossiers", demande).json().get("id").asText();
        return taches.tache(analyste, dossierId, "Task_VerifierRecevabilite").get("id").asText();
    }

    private static List<String> inconnues(int nombre) {
        return IntStream.range(0, nombre).mapToObj(i -> "inconnue-" + UUID.randomUUID()).toList();
    }

    private static JsonNode resultat(Api.Reponse reponse, String id) {
        return StreamSupport.stream(reponse.json().get("resultats").spliterator(), false)
                .filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_batch_of_100_is_taken_up_task_by_task_and_one_of_101_is_refused_whole() {
        Api.Reponse cent = api.post("analyste", "/api/taches/lot/claim", Map.of("ids", inconnues(100)));
        assertThat(cent.status()).isEqualTo(200);
        assertThat(cent.json().get("resultats")).hasSize(100);
        assertThat(cent.json().get("refusees").asInt()).isEqualTo(100);
        assertThat(cent.json().get("resultats").get(0).get("probleme").get("status").asInt()).isEqualTo(404);

        Api.Reponse centUn = api.post("analyste", "/api/taches/lot/claim", Map.of("ids", inconnues(101)));
        assertThat(centUn.status()).isEqualTo(400);
        assertThat(centUn.estProbleme()).isTrue();
        assertThat(centUn.json().get("erreurs").get(0).get("champ").asText()).isEqualTo("ids");
        assertThat(centUn.json().get("erreurs").get(0).get("message").asText())
                .isEqualTo("Un lot compte au plus 100 tâches ; vous en avez choisi 101.");

        assertThat(api.post("analyste", "/api/taches/lot/claim", Map.of("ids", List.of())).status()).isEqualTo(400);
    }

    @Test
    void a_batch_of_100_is_completed_task_by_task_and_one_of_101_is_refused_whole() {
        Api.Reponse cent = api.post("analyste", "/api/taches/lot/complete", Map.of("ids", inconnues(100),
                "champs", Map.of("complet", true)));
        assertThat(cent.status()).isEqualTo(200);
        assertThat(cent.json().get("refusees").asInt()).isEqualTo(100);

        Api.Reponse centUn = api.post("analyste", "/api/taches/lot/complete", Map.of("ids", inconnues(101),
                "champs", Map.of("complet", true)));
        assertThat(centUn.status()).isEqualTo(400);
        assertThat(centUn.json().get("erreurs").get(0).get("message").asText()).contains("au plus 100 tâches");
    }

    @Test
    void each_task_is_taken_up_as_alone_only_those_offered_to_the_user_in_his_bassin() {
        String libre = nouvelleTache("coordinateur", "analyste");
        String priseParUnCollegue = nouvelleTache("coordinateur", "analyste");
        assertThat(api.post("analyste2", "/api/taches/" + priseParUnCollegue + "/claim", Map.of()).status())
                .isEqualTo(204);
        String deHuy = nouvelleTache("coordhuy", "analystehuy");

        Api.Reponse reponse = api.post("analyste", "/api/taches/lot/claim",
                Map.of("ids", List.of(libre, priseParUnCollegue, deHuy)));

        assertThat(reponse.status()).isEqualTo(200);
        assertThat(reponse.json().get("reussies").asInt()).isEqualTo(1);
        assertThat(resultat(reponse, libre).get("statut").asText()).isEqualTo("PRISE");
        assertThat(resultat(reponse, libre).get("nom").asText()).isEqualTo("Vérifier la recevabilité");
        JsonNode conflit = resultat(reponse, priseParUnCollegue);
        assertThat(conflit.get("statut").asText()).isEqualTo("REFUSEE");
        assertThat(conflit.get("probleme").get("status").asInt()).isEqualTo(409);
        assertThat(conflit.get("probleme").get("detail").asText())
                .isEqualTo("Cette tâche a déjà été prise en charge par analyste2.");
        assertThat(resultat(reponse, deHuy).get("probleme").get("status").asInt()).isEqualTo(404);
        assertThat(taskService.createTaskQuery().taskId(libre).singleResult().getAssignee()).isEqualTo("analyste");
        assertThat(taskService.createTaskQuery().taskId(priseParUnCollegue).singleResult().getAssignee())
                .isEqualTo("analyste2");
        assertThat(taskService.createTaskQuery().taskId(deHuy).singleResult().getAssignee()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where action = 'TACHE_PRISE'"
                + " and objet_id = ? and utilisateur = 'analyste'", Long.class, libre)).isEqualTo(1);

        // a task of another group is refused to a CSEF member, as alone (403)
        String autre = nouvelleTache("coordinateur", "analyste");
        Api.Reponse membre = api.post("membre1", "/api/taches/lot/claim", Map.of("ids", List.of(autre)));
        assertThat(membre.status()).isEqualTo(200);
        assertThat(resultat(membre, autre).get("probleme").get("status").asInt()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(autre).singleResult().getAssignee()).isNull();
    }

    @Test
    void fields_the_form_refuses_stop_the_whole_batch_before_any_completion() {
        List<String> ids = List.of(nouvelleTache("coordinateur", "analyste"),
                nouvelleTache("coordinateur", "analyste"));

        Api.Reponse reponse = api.post("analyste", "/api/taches/lot/complete", Map.of("ids", ids,
                "champs", Map.of("complet", false)));

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().get("erreurs").get(0).get("champ").asText()).isEqualTo("piecesManquantes");
        assertThat(taskService.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).count()).isEqualTo(2);
    }

    @Test
    void a_batch_of_several_kinds_is_refused_whole() {
        String recevabilite = nouvelleTache("coordinateur", "analyste");
        String dossierId = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id")
                .asText();
        taches.terminer("analyste", dossierId, "Task_VerifierRecevabilite", Map.of("complet", true));
        String analyse = taches.tache("analyste", dossierId, "Task_AnalyserDossier").get("id").asText();

        Api.Reponse reponse = api.post("analyste", "/api/taches/lot/complete", Map.of("ids",
                List.of(recevabilite, analyse), "champs", Map.of("complet", true)));

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().get("erreurs").get(0).get("message").asText())
                .startsWith("Un lot ne réunit que des tâches du même genre");
        assertThat(taskService.createTaskQuery().taskIdIn(recevabilite, analyse).count()).isEqualTo(2);
    }

    @Test
    void each_task_is_completed_on_its_own_and_one_completed_meanwhile_is_reported_without_stopping_the_others() {
        List<String> ids = List.of(nouvelleTache("coordinateur", "analyste"),
                nouvelleTache("coordinateur", "analyste"), nouvelleTache("coordinateur", "analyste"));
        assertThat(api.post("analyste2", "/api/taches/" + ids.get(1) + "/complete", Map.of("complet", true))
                .status()).isEqualTo(204);

        Api.Reponse reponse = api.post("analyste", "/api/taches/lot/complete", Map.of("ids", ids,
                "champs", Map.of("complet", true)));

        assertThat(reponse.status()).isEqualTo(200);
        assertThat(reponse.json().get("reussies").asInt()).isEqualTo(2);
        assertThat(reponse.json().get("refusees").asInt()).isEqualTo(1);
        assertThat(resultat(reponse, ids.get(0)).get("statut").asText()).isEqualTo("TERMINEE");
        assertThat(resultat(reponse, ids.get(2)).get("statut").asText()).isEqualTo("TERMINEE");
        JsonNode refusee = resultat(reponse, ids.get(1));
        assertThat(refusee.get("statut").asText()).isEqualTo("REFUSEE");
        assertThat(refusee.get("probleme").get("status").asInt()).isEqualTo(409);
        assertThat(refusee.get("probleme").get("title").asText()).isNotBlank();
        assertThat(refusee.get("probleme").get("detail").asText()).startsWith("La tâche « Vérifier la recevabilité »"
                + " a déjà été terminée");
        assertThat(taskService.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where action = 'TACHE_TERMINEE'"
                + " and objet_id in (?, ?, ?) and utilisateur = 'analyste'", Long.class, ids.get(0), ids.get(1),
                ids.get(2))).isEqualTo(2);
    }
}
