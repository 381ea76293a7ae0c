package be.ibefe.avis.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A delegate that fails (here the eligibility rules) does not undo what the user did: the step is retried, then
 * becomes an incident an administrator sees; once repaired, a retry resumes the dossier where it stopped.
 */
@AvisIntegrationTest
class PannesIT {

    static final String CATEGORIE = "Pannes";

    @LocalServerPort
    int port;

    @Autowired
    EligibiliteEnPanne eligibilite;

    @Autowired
    Travaux travaux;

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @AfterEach
    void reparer() {
        eligibilite.reparer();
    }

    @Test
    void a_failing_rule_keeps_the_recevabilite_becomes_an_incident_and_resumes_once_repaired() {
        String dossier = api.post("coordinateur", "/api/dossiers", Demandes.aprc()).json().get("id").asText();
        String tache = new Taches(api, travaux).completer("analyste", dossier, "Task_VerifierRecevabilite");
        eligibilite.tomber();

        assertThat(api.post("analyste", tache, Map.of("complet", true)).status()).isEqualTo(204);
        Job evaluation = managementService.createJobQuery().activityId("Task_EvaluerEligibilite")
                .processInstanceId(instanceAnalyse(dossier)).singleResult();
        for (int essai = 1; essai <= 3; essai++) {
            assertThatThrownBy(() -> travaux.executer(evaluation)).hasMessageContaining("Panne simulée");
            Fiabilite.compter(CATEGORIE, "règle d'éligibilité en panne", "échec du travail, réessai prévu");
        }
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(instanceAnalyse(dossier))
                .singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getIncidentMessage()).contains("Panne simulée");
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("statut").asText())
                .as("the recevabilité stays done").isEqualTo("RECU");
        assertThat(api.get("admin", "/engine-rest/incident?processInstanceId=" + instanceAnalyse(dossier)).json()
                .findValuesAsText("incidentMessage")).anyMatch(m -> m.contains("Panne simulée"));

        eligibilite.reparer();
        managementService.setJobRetries(evaluation.getId(), 1);
        travaux.executer(evaluation);

        assertThat(runtimeService.createIncidentQuery().processInstanceId(instanceAnalyse(dossier)).count()).isZero();
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("statut").asText())
                .isEqualTo("EN_ANALYSE");
        Fiabilite.compter(CATEGORIE, "règle d'éligibilité réparée puis relancée", "dossier repris en analyse");
    }

    private String instanceAnalyse(String dossier) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dossier)
                .processDefinitionKey("avis-analyse").singleResult().getId();
    }
}
