package be.ibefe.avis.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No way into the engine runs code on the server: the probe's models are refused through our API and through the
 * engine's REST API alike, nothing of them is deployed and nothing runs; what is deployed through the engine's REST
 * API lands in the audit journal; and the engine itself has no scripts and resolves no bean but the models'.
 */
@AvisIntegrationTest
class ModelesSansCodeIT {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String cle;
    Path temoin;

    @BeforeEach
    void client() throws Exception {
        api = new Api(port);
        cle = "sonde-" + UUID.randomUUID().toString().substring(0, 8);
        temoin = Files.createTempDirectory("sonde").resolve("execute");
    }

    /** The probe's vectors, each with a command that would leave a file behind if it ran. */
    static Stream<Integer> vecteurs() {
        return IntStream.range(0, SecuriteDesModelesTest.VECTEURS.size()).boxed();
    }

    private String modele(int vecteur) {
        return SecuriteDesModelesTest.modele(SecuriteDesModelesTest.VECTEURS.get(vecteur)
                .replace("/tmp/sonde", temoin.toString())).replace("id=\"essai\"", "id=\"" + cle + "\"");
    }

    private Api.Reponse deposerParNotreApi(String xml) {
        Multipart corps = new Multipart().fichiers("fichiers", Map.of(cle + ".bpmn", xml));
        return api.envoyer(api.requete("admin", "/api/admin/processus").header("Content-Type", corps.contentType())
                .POST(corps.corps()));
    }

    private Api.Reponse deposerParLeMoteur(String utilisateur, String xml) {
        Multipart corps = new Multipart().champ("deployment-name", cle)
                .fichiers("data", Map.of(cle + ".bpmn", xml));
        return api.envoyer(api.requete(utilisateur, "/engine-rest/deployment/create")
                .header("Content-Type", corps.contentType()).POST(corps.corps()));
    }

    @ParameterizedTest
    @MethodSource("vecteurs")
    void a_model_that_could_run_code_is_refused_by_our_api_and_by_the_engine_rest_api(int vecteur) {
        String xml = modele(vecteur);

        Api.Reponse notreApi = deposerParNotreApi(xml);
        Api.Reponse moteur = deposerParLeMoteur("admin", xml);

        assertThat(notreApi.status()).isEqualTo(400);
        assertThat(notreApi.estProbleme()).isTrue();
        assertThat(notreApi.json().at("/erreurs/0/champ").asText()).isIn("Task_1", "Flow_3");
        assertThat(moteur.status()).as(moteur.corps()).isEqualTo(400);
        assertThat(moteur.corps()).contains("Déploiement refusé");
        assertThat(repositoryService.createDeploymentQuery().deploymentName(cle).count()).isZero();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(cle).count()).isZero();
        assertThat(temoin).doesNotExist();
    }

    @Test
    void the_engine_rest_api_takes_no_resource_the_application_does_not_use() {
        Multipart corps = new Multipart().champ("deployment-name", cle).fichiers("data",
                Map.of(cle + ".dmn", "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"/>",
                        cle + ".html", "<script>alert(1)</script>"));

        Api.Reponse reponse = api.envoyer(api.requete("admin", "/engine-rest/deployment/create")
                .header("Content-Type", corps.contentType()).POST(corps.corps()));

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.corps()).contains("n'accepte que des modèles BPMN");
        assertThat(repositoryService.createDeploymentQuery().deploymentName(cle).count()).isZero();
    }

    @Test
    void a_deployment_through_the_engine_rest_api_is_in_the_audit_journal_under_its_author() {
        String xml = SecuriteDesModelesTest.modele(SecuriteDesModelesTest.tacheDeService(
                "camunda:delegateExpression=\"${evaluerEligibilite}\"", "")).replace("id=\"essai\"",
                "id=\"" + cle + "\"");

        Api.Reponse reponse = deposerParLeMoteur("admin", xml);

        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(200);
        String deploiement = reponse.json().get("id").asText();
        assertThat(jdbc.queryForList("select utilisateur from journal_audit where action = ? and objet_id = ?",
                String.class, OperationsDuMoteur.ACTION, deploiement)).containsExactly("admin");
    }

    @Test
    void the_engine_runs_no_script_whatever_its_language() {
        Stream.of("javascript", "groovy", "juel", "python").forEach(langage ->
                assertThatThrownBy(() -> configuration.getScriptFactory().createScriptFromSource(langage, "1"))
                        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("désactivés"));
    }

    /** An expression already in the database, or one the rules missed, still cannot walk into reflection. */
    @Test
    void at_run_time_expressions_reach_only_the_model_beans_and_never_reflection() {
        ExecutionEntity execution = new ExecutionEntity();

        assertThat(evaluer("${echeances}", execution)).isNotNull();
        Stream.of("${dataSource}", "${jdbcTemplate}", "${processEngine}", "${runtimeService}").forEach(expression ->
                assertThatThrownBy(() -> evaluer(expression, execution)).hasMessageContaining("Cannot resolve"));
        Stream.of("${echeances.getClass()}", "${echeances.class}", "${evaluerEligibilite.getClass().forName('x')}")
                .forEach(expression -> assertThatThrownBy(() -> evaluer(expression, execution))
                        .hasMessageContaining("n'est pas accessible depuis un modèle"));
    }

    private Object evaluer(String texte, ExecutionEntity execution) {
        Expression expression = configuration.getExpressionManager().createExpression(texte);
        return configuration.getCommandExecutorTxRequired().execute(commande -> expression.getValue(execution));
    }
}
