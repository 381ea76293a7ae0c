package be.ibefe.avis.tasks;

import static be.ibefe.avis.support.SessionWebapps.MOTEUR;
import static be.ibefe.avis.support.SessionWebapps.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.security.Comptes;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SessionWebapps;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A task's form and who may complete it hold in the engine itself: completed from Camunda Tasklist, from the engine's
 * REST API or by the application's own code, a task takes only what its form allows, from the users the task is
 * offered to in the dossier's bassin, and every completion is journaled once, in the name of whoever completed it.
 */
@AvisIntegrationTest
class TerminerHorsDeLApiIT {

    private static final Map<String, Object> AJOURNE = Map.of("propositionAvis", "AJOURNE",
            "motivation", "Le demandeur doit préciser son budget.");
    private static final Map<String, Object> FAVORABLE = Map.of("propositionAvis", "FAVORABLE",
            "motivation", "Les critères sont rencontrés.");

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Comptes comptes;

    @Autowired
    Bassins bassins;

    Api api;
    Taches taches;

    @BeforeEach
    void client() {
        api = new Api(port);
        taches = new Taches(api, travaux);
    }

    @Test
    void tasklist_refuses_a_value_the_form_does_not_offer_and_leaves_the_task_and_the_dossier_as_they_were() {
        String dossier = enregistrer();
        String tache = analyse(dossier);
        SessionWebapps tasklist = tasklist("analyste");

        HttpResponse<String> complete = tasklist.post(MOTEUR + "/task/" + tache + "/complete", variables(AJOURNE));

        assertThat(complete.statusCode()).as(complete.body()).isEqualTo(400);
        assertThat(json(complete).get("message").asText()).contains("propositionAvis", "« AJOURNE »");
        assertThat(taskService.createTaskQuery().taskId(tache).count()).isOne();
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("statut").asText())
                .isEqualTo("EN_ANALYSE");
        assertThat(completions(tache)).isEmpty();
    }

    @Test
    void tasklist_s_form_submission_needs_the_required_fields() {
        String tache = analyse(enregistrer());

        HttpResponse<String> soumission = tasklist("analyste").post(MOTEUR + "/task/" + tache + "/submit-form",
                variables(Map.of("propositionAvis", "FAVORABLE")));

        assertThat(soumission.statusCode()).as(soumission.body()).isEqualTo(400);
        assertThat(json(soumission).get("message").asText()).contains("motivation", "« Motivation » est obligatoire");
        assertThat(taskService.createTaskQuery().taskId(tache).count()).isOne();
    }

    @Test
    void a_valid_completion_from_tasklist_goes_on_and_is_journaled_once_in_the_analyst_s_name() {
        String dossier = enregistrer();
        String tache = analyse(dossier);

        HttpResponse<String> complete = tasklist("analyste").post(MOTEUR + "/task/" + tache + "/complete",
                variables(FAVORABLE));

        assertThat(complete.statusCode()).as(complete.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(tache).count()).isZero();
        assertThat(completions(tache)).singleElement().satisfies(ligne -> {
            assertThat(ligne.get("utilisateur")).isEqualTo("analyste");
            assertThat(ligne.get("dossier_id")).hasToString(dossier);
            assertThat((String) ligne.get("avant")).contains("Task_AnalyserDossier");
            assertThat((String) ligne.get("apres")).contains("\"propositionAvis\":\"FAVORABLE\"",
                    "\"motivation\":\"Les critères sont rencontrés.\"");
        });
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("statut").asText())
                .isEqualTo("PRET_POUR_SEANCE");
    }

    @Test
    void the_engine_rest_api_holds_the_same_rules_for_a_camunda_administrator() {
        String tache = analyse(enregistrer());
        String chemin = "/engine-rest/task/" + tache;

        Api.Reponse horsCandidats = api.postBrut("admin", chemin + "/complete", "application/json",
                variables(FAVORABLE));
        assertThat(horsCandidats.status()).as(horsCandidats.corps()).isEqualTo(403);
        assertThat(horsCandidats.json().get("message").asText()).contains("Analyser le dossier", "equipe");
        assertThat(taskService.createTaskQuery().taskId(tache).count()).isOne();

        assertThat(api.postBrut("admin", chemin + "/claim", "application/json", "{\"userId\": \"admin\"}").status())
                .isEqualTo(204);
        Api.Reponse ajourne = api.postBrut("admin", chemin + "/complete", "application/json", variables(AJOURNE));
        assertThat(ajourne.status()).as(ajourne.corps()).isEqualTo(400);
        assertThat(taskService.createTaskQuery().taskId(tache).count()).isOne();

        Api.Reponse favorable = api.postBrut("admin", chemin + "/complete", "application/json",
                variables(FAVORABLE));
        assertThat(favorable.status()).as(favorable.corps()).isEqualTo(204);
        assertThat(completions(tache)).singleElement()
                .satisfies(ligne -> assertThat(ligne.get("utilisateur")).isEqualTo("admin"));
    }

    @Test
    void neither_a_member_outside_the_candidate_group_nor_a_user_of_another_bassin_completes_it() {
        String tache = analyse(enregistrer());

        HttpResponse<String> membre = tasklist("membre2").post(MOTEUR + "/task/" + tache + "/complete",
                variables(FAVORABLE));
        Api.Reponse autreBassin = api.postBrut("coordhuy", "/engine-rest/task/" + tache + "/complete",
                "application/json", variables(FAVORABLE));

        assertThat(membre.statusCode()).as(membre.body()).isEqualTo(403);
        assertThat(autreBassin.status()).as(autreBassin.corps()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(tache).count()).isOne();
        assertThat(completions(tache)).isEmpty();
    }

    /**
     * A task without tenant (an instance started before its dossier had a bassin) escapes the engine's tenant check:
     * the dossier's bassin still decides.
     */
    @Test
    void a_candidate_of_another_bassin_does_not_complete_a_task_the_tenant_check_misses() {
        comptes.assurerUtilisateur("analystehuy", "Hélène", "Analyste Huy", "analystehuy", Groupes.EQUIPE);
        bassins.affecter("analystehuy", "HUY");
        String dossier = enregistrer();
        String cle = "essai-garde-sans-tenant";
        String deploiement = repositoryService.createDeployment().name(cle).addModelInstance(cle + ".bpmn",
                Bpmn.createExecutableProcess(cle).camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_AnalyserDossier").name("Analyser le dossier")
                        .camundaCandidateGroups(Groupes.EQUIPE).camundaFormRef("Form_AnalyserDossier")
                        .camundaFormRefBinding("latest").endEvent().done()).deploy().getId();
        try {
            String instance = runtimeService.startProcessInstanceByKey(cle, dossier).getId();
            String tache = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

            HttpResponse<String> huy = tasklist("analystehuy").post(MOTEUR + "/task/" + tache + "/complete",
                    variables(FAVORABLE));

            assertThat(huy.statusCode()).as(huy.body()).isEqualTo(403);
            assertThat(json(huy).get("message").asText())
                    .contains("relève du bassin de Liège, auquel vous n'appartenez pas.");
            assertThat(taskService.createTaskQuery().taskId(tache).count()).isOne();
        } finally {
            repositoryService.deleteDeployment(deploiement, true);
        }
    }

    @Test
    void the_application_s_own_code_completing_without_a_user_keeps_to_the_form_and_is_journaled_as_the_system() {
        String tache = analyse(enregistrer());

        assertThatThrownBy(() -> taskService.complete(tache, AJOURNE)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("propositionAvis");
        assertThat(taskService.createTaskQuery().taskId(tache).count()).isOne();

        taskService.complete(tache, FAVORABLE);
        assertThat(completions(tache)).singleElement()
                .satisfies(ligne -> assertThat(ligne.get("utilisateur")).isEqualTo("systeme"));
    }

    @Test
    void our_api_journals_a_completion_once_in_the_name_of_its_user() {
        String dossier = enregistrer();
        String tache = taches.tache("analyste", dossier, "Task_VerifierRecevabilite").get("id").asText();

        taches.terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));

        assertThat(completions(tache)).singleElement().satisfies(ligne -> {
            assertThat(ligne.get("utilisateur")).isEqualTo("analyste");
            assertThat((String) ligne.get("apres")).contains("\"complet\":true", "\"piecesManquantes\":null");
        });
    }

    private String enregistrer() {
        Api.Reponse dossier = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere());
        assertThat(dossier.status()).as(dossier.corps()).isEqualTo(201);
        return dossier.json().get("id").asText();
    }

    /** The dossier through its recevabilité, at « Analyser le dossier »: that task's id. */
    private String analyse(String dossier) {
        taches.terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));
        return taches.tache("analyste", dossier, "Task_AnalyserDossier").get("id").asText();
    }

    private SessionWebapps tasklist(String login) {
        SessionWebapps session = new SessionWebapps(port);
        assertThat(session.connecter("tasklist", login).statusCode()).isEqualTo(200);
        return session;
    }

    /** The body of the engine's REST calls that complete a task: each value as {@code {"value": ...}}. */
    private static String variables(Map<String, Object> valeurs) {
        Map<String, Object> variables = new LinkedHashMap<>();
        valeurs.forEach((cle, valeur) -> variables.put(cle, Map.of("value", valeur)));
        return Api.json(Map.of("variables", variables));
    }

    private List<Map<String, Object>> completions(String tache) {
        return jdbc.queryForList("""
                select utilisateur, dossier_id, avant, apres from journal_audit
                where action = 'TACHE_TERMINEE' and objet_id = ? order by id""", tache);
    }
}
