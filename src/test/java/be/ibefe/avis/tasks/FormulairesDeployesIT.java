package be.ibefe.avis.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.AvisIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task's Camunda Form is read from the engine's storage once per deployed form definition, not once per task: the
 * cache is keyed by the definition {@code camunda:formRefBinding="latest"} resolves to in the database on every read,
 * so a new version of the form, deployed by whichever node, is what the next read returns, without any node telling
 * this one (the version below is deployed straight into the engine's tables, past the cache).
 */
@AvisIntegrationTest
class FormulairesDeployesIT {

    private final String cle = "Form_EssaiCache_" + UUID.randomUUID().toString().substring(0, 8);
    private final String processus = "essai-formulaires-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> deploiements = new ArrayList<>();

    @Autowired
    FormulairesDeployes formulaires;

    @Autowired
    FormService formService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @AfterEach
    void menage() {
        deploiements.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void the_form_is_read_once_per_deployed_definition_and_a_new_version_is_seen_at_once() {
        deploiements.add(repositoryService.createDeployment().name(processus)
                .addModelInstance(processus + ".bpmn", Bpmn.createExecutableProcess(processus)
                        .camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_Essai").camundaCandidateGroups(Groupes.EQUIPE)
                        .camundaFormRef(cle).camundaFormRefBinding("latest").endEvent().done())
                .addString(cle + ".form", formulaire("Première version"))
                .deploy().getId());
        String premiere = tache();
        String seconde = tache();
        long avant = formulaires.contenusLus();

        assertThat(libelle(premiere)).isEqualTo("Première version");
        assertThat(formulaires.contenusLus()).isEqualTo(avant + 1);
        assertThat(libelle(premiere)).isEqualTo("Première version");
        assertThat(libelle(seconde)).as("another task of the same form").isEqualTo("Première version");
        assertThat(formulaires.contenusLus()).as("one read for the definition").isEqualTo(avant + 1);

        deploiements.add(repositoryService.createDeployment().name(cle)
                .addString(cle + ".form", formulaire("Deuxième version")).deploy().getId());

        assertThat(libelle(premiere)).as("the latest version, for a task created before it").isEqualTo(
                "Deuxième version");
        assertThat(libelle(seconde)).isEqualTo("Deuxième version");
        assertThat(formulaires.contenusLus()).as("one read for the new definition").isEqualTo(avant + 2);
    }

    private String tache() {
        String instance = runtimeService.startProcessInstanceByKey(processus).getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private String libelle(String tache) {
        return formulaires.deTache(formService, tache).champs().get(0).libelle();
    }

    private String formulaire(String libelle) {
        return """
                {
                  "id": "%s",
                  "type": "default",
                  "executionPlatform": "Camunda Platform",
                  "executionPlatformVersion": "7.24.0",
                  "schemaVersion": 16,
                  "components": [
                    { "id": "Field_Note", "key": "note", "type": "textfield", "label": "%s" }
                  ]
                }
                """.formatted(cle, libelle);
    }
}
