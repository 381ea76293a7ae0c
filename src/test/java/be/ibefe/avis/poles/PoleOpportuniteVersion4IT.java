package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A dossier POLE_OPPORTUNITE started on avis-pole-opportunite 4.0 (src/test/resources/migration/v4, as it was: the
 * Bureau decided, chambre BUREAU) replayed after 5.0 (the pôle gives the avis) is deployed: it is left to finish on
 * 4.0, not migrated. The two versions differ only by the chambre they pass to avis-deliberation, read when the call
 * starts; migrating a dossier already in the decision would not change the chambre it waits for, and one not yet
 * there would then wait for the avis of a pôle it was not sent to. So it stays on its version, is decided by a séance
 * of the Bureau and ratified by the plénière, with the latest decision process, to its end. The 4.0 model is
 * deployed for this test only, then the project's 5.0 again, and both deployments are removed at the end.
 */
@AvisIntegrationTest
class PoleOpportuniteVersion4IT {

    private static final String CLE = "avis-pole-opportunite";
    private static final String JOUR = "2024-05-28";

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    RepositoryService depot;

    @Autowired
    RuntimeService runtime;

    @Autowired
    PolesDeTest polesDeTest;

    Api api;
    Taches taches;
    SeancesApi seances;
    private final List<String> deploiements = new ArrayList<>();

    @BeforeEach
    void clients() {
        api = new Api(port);
        taches = new Taches(api, travaux);
        seances = new SeancesApi(api);
    }

    @AfterEach
    void retirer() {
        deploiements.forEach(d -> depot.deleteDeployment(d, true, true));
    }

    @Test
    void a_dossier_of_the_version_where_the_bureau_decided_is_left_to_finish_with_the_bureau() {
        long pole = polesDeTest.reuni(LocalDate.of(2024, 4, 2)).poleId();
        deployer("avis-pole-opportunite 4.0", "migration/v4/avis-pole-opportunite.bpmn");
        ProcessDefinition v4 = derniere();
        assertThat(v4.getVersionTag()).isEqualTo("4.0");
        String dossier = taches.pretPourSeance(Demandes.poleOpportunite(pole));
        assertThat(instance(dossier).getProcessDefinitionId()).isEqualTo(v4.getId());
        JsonNode enAttente = api.get("coordinateur", "/api/dossiers/" + dossier).json();
        assertThat(enAttente.get("statut").asText()).isEqualTo("PRET_POUR_SEANCE");
        assertThat(enAttente.get("chambre").asText()).as("4.0 sent it to the Bureau").isEqualTo("BUREAU");

        deployer("avis-pole-opportunite 5.0", "processes/avis-pole-opportunite.bpmn");
        assertThat(derniere().getVersionTag()).isEqualTo("5.0");
        assertThat(instance(dossier).getProcessDefinitionId()).as("left on its version").isEqualTo(v4.getId());

        List<String> bureau = seances.membres("BUREAU", JOUR);
        seances.deciderEnSeance(dossier, "FAVORABLE", Map.of("pour", bureau.size()));
        JsonNode notifie = api.get("coordinateur", "/api/dossiers/" + dossier).json();
        assertThat(notifie.get("statut").asText()).isEqualTo("NOTIFIE");
        assertThat(notifie.get("decision").asText()).isEqualTo("FAVORABLE");

        String pleniere = seances.creer("INSTANCE_PLENIERE", "2024-06-04", seances.membres("INSTANCE_PLENIERE",
                "2024-06-04")).get("id").asText();
        Api.Reponse agenda = api.post("coordinateur", "/api/seances/" + pleniere + "/ordre-du-jour", "");
        assertThat(agenda.status()).as(agenda.corps()).isEqualTo(200);
        JsonNode point = agenda.json().get("points").findParents("dossierId").stream()
                .filter(p -> p.get("dossierId").asText().equals(dossier)).findFirst().orElseThrow();
        assertThat(point.get("nature").asText()).as("the Bureau's avis is ratified").isEqualTo("RATIFICATION");
        Api.Reponse ratification = api.post("coordinateur", "/api/seances/" + pleniere + "/ratifications",
                Map.of("dossierId", dossier, "ratifiee", true));
        assertThat(ratification.status()).as(ratification.corps()).isEqualTo(200);
        assertThat(api.post("coordinateur", "/api/seances/" + pleniere + "/cloture", "").status()).isEqualTo(200);
        travaux.executerEnAttente();

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossier).count())
                .as("ended on 4.0").isZero();
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("statut").asText())
                .isEqualTo("NOTIFIE");
    }

    private void deployer(String nom, String ressource) {
        deploiements.add(depot.createDeployment().name(nom).addClasspathResource(ressource).deploy().getId());
    }

    private ProcessDefinition derniere() {
        return depot.createProcessDefinitionQuery().processDefinitionKey(CLE).latestVersion().singleResult();
    }

    private ProcessInstance instance(String dossier) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CLE).processInstanceBusinessKey(dossier)
                .singleResult();
    }
}
