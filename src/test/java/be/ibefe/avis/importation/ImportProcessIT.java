package be.ibefe.avis.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.ibefe.avis.dossier.DossierRepository;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * processes/avis-import.bpmn on the real engine: the processes of an import's dossiers start after its commit,
 * {@value DemarrerProceduresImportees#PAR_TRANSACTION} per job, both branches of Gateway_Restantes, and a start that
 * keeps failing becomes an incident the import's page reports, while the processes already started stay started.
 */
@AvisIntegrationTest
class ImportProcessIT {

    private static final String ENTETE = "referenceExterne;objet;dateReception;demandeur.nom;demandeur.categorie;"
            + "donnees.ecole;donnees.option;donnees.metier;donnees.equipement;donnees.montant\n";
    private static final int LIGNES = DemarrerProceduresImportees.PAR_TRANSACTION + 10;

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ManagementService managementService;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    Travaux travaux;

    @Autowired
    FileDesImports file;

    Api api;
    String lot;

    @BeforeEach
    void initialiser() {
        BpmnAwareTests.init(processEngine);
        api = new Api(port);
        lot = "PRO-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void the_processes_start_after_the_import_a_batch_per_job_until_none_remains() {
        long id = importer();
        ProcessInstance demarrage = demarrage(id);
        assertThat(demarrage).isWaitingAt("Task_DemarrerProcedures");
        assertThat(instancesDuLot()).isZero();

        executer(demarrage);
        // Gateway_Restantes, « oui » : some remain, a new job for the next batch
        assertThat(demarrage).hasPassed("Gateway_Restantes").isWaitingAt("Task_DemarrerProcedures")
                .variables().containsEntry(DemarrerProceduresImportees.VARIABLE_RESTANTES, 10L);
        assertThat(instancesDuLot()).isEqualTo(DemarrerProceduresImportees.PAR_TRANSACTION);
        assertThat(suivre(id).get("proceduresDemarrees").asInt()).isEqualTo(DemarrerProceduresImportees.PAR_TRANSACTION);

        executer(demarrage);
        // « non » : none remains, the process ends
        assertThat(demarrage).hasPassed("EndEvent_Import").isEnded();
        assertThat(instancesDuLot()).isEqualTo(LIGNES);
        assertThat(suivre(id).get("proceduresDemarrees").asInt()).isEqualTo(LIGNES);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("avis-recevabilite")
                .processInstanceBusinessKey(String.valueOf(dossiers.findByReferenceExterne(lot + "-" + LIGNES)
                        .orElseThrow().getId())).singleResult().getTenantId())
                .as("la procédure appartient au bassin du dossier").isEqualTo("LIE");
    }

    @Test
    void a_start_that_keeps_failing_is_an_incident_the_import_reports_and_a_relaunch_finishes_the_work() {
        long id = importer();
        ProcessInstance demarrage = demarrage(id);
        executer(demarrage);
        assertThat(api.post("coordinateur", "/api/imports/" + id + "/procedures", Map.of()).status())
                .as("rien à relancer tant que le travail avance").isEqualTo(409);

        repositoryService.suspendProcessDefinitionByKey("avis-equipement");
        try {
            Job job = travaux.jobsImport(id).get(0);
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("suspended");
            // the engine's last try fails too (R5/PT1M: here at once)
            managementService.setJobRetries(job.getId(), 0);
            JsonNode bloque = suivre(id);
            assertThat(bloque.get("proceduresDemarrees").asInt()).as("celles déjà démarrées le restent")
                    .isEqualTo(DemarrerProceduresImportees.PAR_TRANSACTION);
            assertThat(bloque.get("demarrageBloque").asText()).isEqualTo("Le démarrage des procédures s'est arrêté "
                    + "après plusieurs essais : 10 dossier(s) attendent le leur. Relancez-le une fois la cause "
                    + "corrigée ; l'administrateur en trouve le détail dans Cockpit (incident du processus « "
                    + "avis-import »).");
            assertThat(instancesDuLot()).isEqualTo(DemarrerProceduresImportees.PAR_TRANSACTION);
        } finally {
            repositoryService.activateProcessDefinitionByKey("avis-equipement");
        }

        Api.Reponse relance = api.post("coordinateur", "/api/imports/" + id + "/procedures", Map.of());
        assertThat(relance.status()).as(relance.corps()).isEqualTo(200);
        assertThat(relance.json().get("demarrageBloque").isNull()).isTrue();
        executer(demarrage);

        assertThat(demarrage).isEnded();
        JsonNode fini = suivre(id);
        assertThat(fini.get("proceduresDemarrees").asInt()).isEqualTo(LIGNES);
        assertThat(fini.get("demarrageBloque").isNull()).isTrue();
        assertThat(instancesDuLot()).isEqualTo(LIGNES);
        assertThat(api.post("coordinateur", "/api/imports/" + id + "/procedures", Map.of()).json()
                .get("detail").asText()).isEqualTo("Toutes les procédures de cet import ont déjà démarré.");
    }

    @Test
    void an_import_whose_process_was_stopped_says_so_and_a_relaunch_starts_the_rest_once() {
        long id = importer();
        executer(demarrage(id));
        runtimeService.deleteProcessInstance(demarrage(id).getId(), "arrêté dans Cockpit");

        assertThat(suivre(id).get("demarrageBloque").asText()).isEqualTo("Le démarrage des procédures a été "
                + "interrompu (son processus a été arrêté) : 10 dossier(s) attendent le leur. Relancez-le.");
        assertThat(api.get("coordhuy", "/api/imports/" + id).status()).isEqualTo(404);
        assertThat(api.post("coordhuy", "/api/imports/" + id + "/procedures", Map.of()).status()).isEqualTo(404);

        assertThat(api.post("coordinateur", "/api/imports/" + id + "/procedures", Map.of()).status()).isEqualTo(200);
        assertThat(api.post("coordinateur", "/api/imports/" + id + "/procedures", Map.of()).status())
                .as("un second clic ne lance pas un second travail").isEqualTo(409);
        travaux.demarrerProceduresImport(id);

        assertThat(suivre(id).get("proceduresDemarrees").asInt()).isEqualTo(LIGNES);
        assertThat(instancesDuLot()).isEqualTo(LIGNES);
    }

    private long importer() {
        StringBuilder csv = new StringBuilder(ENTETE);
        for (int i = 1; i <= LIGNES; i++) {
            csv.append("%s-%d;Équipement %d;2024-03-12;École %d;ECOLE;École %d;Soudage;Soudeur;Poste;1000\n"
                    .formatted(lot, i, i, i, i));
        }
        Api.Reponse depot = api.postFichier("coordinateur", "/api/imports?type=EQUIPEMENT", "fichier", "lot.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(depot.status()).as(depot.corps()).isEqualTo(202);
        long id = depot.json().get("id").asLong();
        FinDesImports.attendreLaFin(file, api, "coordinateur", "/api/imports/" + id);
        assertThat(suivre(id).get("statut").asText()).isEqualTo("TERMINE");
        return id;
    }

    private JsonNode suivre(long id) {
        return api.get("coordinateur", "/api/imports/" + id).json();
    }

    private ProcessInstance demarrage(long id) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(DemarrerProceduresImportees.PROCESSUS)
                .processInstanceBusinessKey(DemarrerProceduresImportees.cle(id)).singleResult();
    }

    private void executer(ProcessInstance demarrage) {
        Job job = managementService.createJobQuery().processInstanceId(demarrage.getId()).singleResult();
        managementService.executeJob(job.getId());
    }

    /** The avis processes started for this test's dossiers. */
    private long instancesDuLot() {
        return dossiers.findAll().stream().filter(d -> d.getReferenceExterne() != null
                        && d.getReferenceExterne().startsWith(lot + "-"))
                .filter(d -> runtimeService.createProcessInstanceQuery().processDefinitionKey("avis-equipement")
                        .processInstanceBusinessKey(String.valueOf(d.getId())).count() == 1)
                .count();
    }
}
