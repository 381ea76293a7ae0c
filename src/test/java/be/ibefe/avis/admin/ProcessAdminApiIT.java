package be.ibefe.avis.admin;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/admin/processus over HTTP: versions, upload checked against the house rules, migration of instances. */
@AvisIntegrationTest
class ProcessAdminApiIT {

    private static final String CHEMIN = "/api/admin/processus";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    RepositoryService repositoryService;

    Api api;
    String cle;

    @BeforeEach
    void client() {
        api = new Api(port);
        cle = "essai-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Reponse deposer(String utilisateur, Map<String, String> fichiers) {
        Multipart corps = new Multipart().fichiers("fichiers", fichiers);
        return api.envoyer(api.requete(utilisateur, CHEMIN).header("Content-Type", corps.contentType())
                .POST(corps.corps()));
    }

    private JsonNode processus(String cleProcessus) {
        return StreamSupport.stream(api.get("admin", CHEMIN).json().spliterator(), false)
                .filter(p -> p.get("cle").asText().equals(cleProcessus)).findFirst().orElseThrow();
    }

    /** An instance of the test's model; its business key far above the tests' dossier ids, which it must not name. */
    private ProcessInstance demarrer(String dossierId) {
        return runtimeService.startProcessInstanceByKey(cle, dossierId);
    }

    private String definitionDe(ProcessInstance instance) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
    }

    @Test
    void deployed_processes_are_listed_with_their_versions_and_running_instances() {
        long avant = processus("avis-cisp-agrement").at("/versions/0/instancesEnCours").asLong();
        api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere());

        JsonNode cisp = processus("avis-cisp-agrement");

        assertThat(cisp.get("derniereVersion").asInt()).isEqualTo(1);
        JsonNode version = cisp.at("/versions/0");
        assertThat(version.get("version").asInt()).isEqualTo(1);
        assertThat(version.get("versionTag").asText()).isEqualTo(Bpmn
                .readModelFromFile(new File("processes/avis-cisp-agrement.bpmn"))
                .<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById("avis-cisp-agrement").getCamundaVersionTag());
        assertThat(version.get("dateDeploiement").asText()).isNotBlank();
        assertThat(version.get("instancesEnCours").asLong()).isEqualTo(avant + 1);
    }

    @Test
    void only_administrators_reach_the_admin_api() {
        Api.Reponse liste = api.get("analyste", CHEMIN);
        Api.Reponse depot = deposer("coordinateur", ModelesEssai.fichier(cle, ModelesEssai.version1(cle)));

        assertThat(liste.status()).isEqualTo(403);
        assertThat(liste.estProbleme()).isTrue();
        assertThat(depot.status()).isEqualTo(403);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(cle).count()).isZero();
    }

    @Test
    void upload_deploys_a_new_version_and_an_unchanged_upload_deploys_nothing() {
        // the builder gives its flows random ids: the same file is the same text, not the same model built again
        Map<String, String> version1 = ModelesEssai.fichier(cle, ModelesEssai.version1(cle));
        Api.Reponse premier = deposer("admin", version1);
        Api.Reponse identique = deposer("admin", version1);
        Api.Reponse second = deposer("admin", ModelesEssai.fichier(cle, ModelesEssai.version2(cle)));

        assertThat(premier.status()).isEqualTo(201);
        assertThat(premier.json().get("nouvelleVersion").asBoolean()).isTrue();
        assertThat(premier.json().at("/processus/0/version").asInt()).isEqualTo(1);
        assertThat(identique.status()).isEqualTo(200);
        assertThat(identique.json().get("nouvelleVersion").asBoolean()).isFalse();
        assertThat(identique.json().at("/processus/0/nouvelleVersion").asBoolean()).isFalse();
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().at("/processus/0/version").asInt()).isEqualTo(2);
        assertThat(second.json().at("/processus/0/versionTag").asText()).isEqualTo("2.0");
        assertThat(processus(cle).get("versions").findValuesAsText("version")).containsExactly("1", "2");
        assertThat(processus(cle).at("/versions/1/deploiement").asText()).isEqualTo("administration");
    }

    @Test
    void a_form_deployed_at_start_is_not_deployed_again_when_uploaded_unchanged() throws IOException {
        Path formulaire = Path.of("forms", "analyser-dossier.form");

        Api.Reponse reponse = deposer("admin", Map.of("analyser-dossier.form", Files.readString(formulaire)));

        assertThat(reponse.status()).isEqualTo(200);
        assertThat(reponse.json().get("nouvelleVersion").asBoolean()).isFalse();
        assertThat(reponse.json().at("/formulaires/0/id").asText()).isEqualTo("Form_AnalyserDossier");
        assertThat(reponse.json().at("/formulaires/0/version").asInt()).isEqualTo(1);
    }

    @Test
    void a_model_and_the_new_form_it_uses_are_deployed_together() {
        String formulaire = "Form_" + cle.replace("-", "");
        BpmnModelInstance modele = ModelesEssai.version1(cle);
        modele.<UserTask>getModelElementById("Task_Completer").setCamundaFormRef(formulaire);

        Api.Reponse reponse = deposer("admin", Map.of(cle + ".bpmn", Bpmn.convertToString(modele),
                cle + ".form", "{\"id\": \"" + formulaire + "\", \"type\": \"default\", \"components\": []}"));

        assertThat(reponse.status()).isEqualTo(201);
        assertThat(reponse.json().at("/formulaires/0/id").asText()).isEqualTo(formulaire);
        assertThat(reponse.json().at("/formulaires/0/nouvelleVersion").asBoolean()).isTrue();
    }

    @Test
    void a_model_that_breaks_the_house_rules_is_refused_and_nothing_is_deployed() {
        BpmnModelInstance modele = ModelesEssai.version1(cle);
        UserTask tache = modele.getModelElementById("Task_Completer");
        tache.setCamundaCandidateGroups(null);
        tache.setCamundaFormRef("Form_Inexistant");

        Api.Reponse reponse = deposer("admin", ModelesEssai.fichier(cle, modele));

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.estProbleme()).isTrue();
        JsonNode erreurs = reponse.json().get("erreurs");
        assertThat(erreurs.findValuesAsText("champ")).containsExactly("Task_Completer", "Task_Completer");
        assertThat(erreurs.findValuesAsText("message")).containsExactly(
                "La tâche « Compléter le dossier » n'est proposée à personne : indiquez un groupe candidat "
                        + "(Candidate groups) ou un responsable (Assignee).",
                "Le formulaire « Form_Inexistant » de la tâche « Compléter le dossier » n'existe pas : il n'est "
                        + "ni déployé ni joint au dépôt.");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(cle).count()).isZero();
    }

    @Test
    void files_that_are_no_model_are_named_in_the_refusal() {
        Api.Reponse reponse = deposer("admin", Map.of("notes.txt", "à lire", "casse.bpmn", "<definitions",
                "sans-id.form", "{\"components\": []}"));

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().get("erreurs").findValuesAsText("champ"))
                .containsExactlyInAnyOrder("notes.txt", "casse.bpmn", "sans-id.form");
    }

    @Test
    void an_upload_without_file_is_refused() {
        Api.Reponse reponse = api.envoyer(api.requete("admin", CHEMIN)
                .header("Content-Type", new Multipart().contentType())
                .POST(new Multipart().champ("commentaire", "rien").corps()));

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().at("/erreurs/0/champ").asText()).isEqualTo("fichiers");
    }

    @Test
    void running_instances_move_to_version_2_except_one_waiting_at_a_removed_task() {
        deposer("admin", ModelesEssai.fichier(cle, ModelesEssai.version1(cle)));
        ProcessInstance aVerifier = demarrer("9100101");
        ProcessInstance aCompleter = demarrer("9100102");
        taskService.complete(taskService.createTaskQuery().processInstanceId(aCompleter.getId()).singleResult()
                .getId(), Map.of("complet", true));
        String version1 = definitionDe(aVerifier);
        deposer("admin", ModelesEssai.fichier(cle, ModelesEssai.version2(cle)));

        JsonNode avant = api.get("admin", CHEMIN + "/" + cle + "/instances").json();
        Api.Reponse migration = api.post("admin", CHEMIN + "/" + cle + "/migration", Map.of("versionSource", 1));
        JsonNode apres = api.get("admin", CHEMIN + "/" + cle + "/instances").json();

        assertThat(avant.at("/versions/0/instances").findValuesAsText("dossierId"))
                .containsExactly("9100101", "9100102");
        assertThat(avant.at("/versions/1/instances")).isEmpty();
        assertThat(avant.at("/versions/0/instances/1/activites/0").asText()).isEqualTo("Task_Completer");
        assertThat(migration.status()).isEqualTo(200);
        JsonNode rapport = migration.json();
        assertThat(rapport.get("versionCible").asInt()).isEqualTo(2);
        assertThat(rapport.get("migrees").asInt()).isEqualTo(1);
        assertThat(rapport.get("nonMigrees").asInt()).isEqualTo(1);
        assertThat(rapport.at("/instances/0/dossierId").asText()).isEqualTo("9100101");
        assertThat(rapport.at("/instances/0/migree").asBoolean()).isTrue();
        assertThat(rapport.at("/instances/1/dossierId").asText()).isEqualTo("9100102");
        assertThat(rapport.at("/instances/1/migree").asBoolean()).isFalse();
        assertThat(rapport.at("/instances/1/raison").asText()).isEqualTo("Non migrée : elle attend à « Compléter "
                + "le dossier » (Task_Completer), qui n'a pas d'équivalent dans la version 2.");
        assertThat(apres.at("/versions/0/instances").findValuesAsText("dossierId")).containsExactly("9100102");
        assertThat(apres.at("/versions/1/instances").findValuesAsText("dossierId")).containsExactly("9100101");
        assertThat(definitionDe(aCompleter)).isEqualTo(version1);

        taskService.complete(taskService.createTaskQuery().processInstanceId(aVerifier.getId()).singleResult()
                .getId(), Map.of("complet", true));
        assertThat(taskService.createTaskQuery().processInstanceId(aVerifier.getId()).singleResult()
                .getTaskDefinitionKey()).as("the migrated dossier follows version 2").isEqualTo("Task_Analyser");
    }

    @Test
    void only_the_named_instances_are_migrated() {
        deposer("admin", ModelesEssai.fichier(cle, ModelesEssai.version1(cle)));
        ProcessInstance choisie = demarrer("9100201");
        ProcessInstance laissee = demarrer("9100202");
        deposer("admin", ModelesEssai.fichier(cle, ModelesEssai.version2(cle)));

        JsonNode rapport = api.post("admin", CHEMIN + "/" + cle + "/migration",
                Map.of("versionSource", 1, "instances", List.of(choisie.getId(), "inconnue"))).json();

        assertThat(rapport.get("instances").findValuesAsText("migree")).containsExactly("true", "false");
        assertThat(rapport.at("/instances/1/raison").asText())
                .isEqualTo("Cette instance n'est pas en cours sur la version 1 de « %s ».".formatted(cle));
        assertThat(definitionDe(laissee)).isNotEqualTo(definitionDe(choisie));
    }

    @Test
    void migration_needs_an_older_version_of_a_known_process() {
        deposer("admin", ModelesEssai.fichier(cle, ModelesEssai.version1(cle)));

        Api.Reponse derniere = api.post("admin", CHEMIN + "/" + cle + "/migration", Map.of("versionSource", 1));
        Api.Reponse inconnue = api.post("admin", CHEMIN + "/inconnu/migration", Map.of("versionSource", 1));
        Api.Reponse sansVersion = api.post("admin", CHEMIN + "/" + cle + "/migration", Map.of());

        assertThat(derniere.status()).isEqualTo(409);
        assertThat(derniere.json().get("detail").asText())
                .isEqualTo("La version 1 est la dernière version de « %s » : il n'y a rien à migrer.".formatted(cle));
        assertThat(inconnue.status()).isEqualTo(404);
        assertThat(sansVersion.status()).isEqualTo(400);
        assertThat(sansVersion.json().at("/erreurs/0/champ").asText()).isEqualTo("versionSource");
    }
}
