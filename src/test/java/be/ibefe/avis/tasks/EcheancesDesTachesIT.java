package be.ibefe.avis.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import be.ibefe.avis.system.ClockConfig;
import be.ibefe.avis.system.DonneesInvalidesException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The task's own dates over REST ({@code echeanceTache}, {@code relanceLe}, added to the fields the shared design document fixes),
 * the filters on its due date and kind, and the drafts' bounds: their size, and their end with the task.
 */
@AvisIntegrationTest
class EcheancesDesTachesIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    Clock clock;

    @Autowired
    Brouillons brouillons;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtimeService;

    Api api;
    String marque;
    String dossierId;
    JsonNode tache;

    @BeforeEach
    void nouvelleTache() {
        api = new Api(port);
        marque = "Due " + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode demande = Demandes.cispNouvelleFiliere();
        ((ObjectNode) demande.get("demandeur")).put("nom", marque);
        demande.put("echeance", LocalDate.now(clock).plusDays(90).toString());
        dossierId = api.post("coordinateur", "/api/dossiers", demande).json().get("id").asText();
        tache = new Taches(api, travaux).tache("analyste", dossierId, "Task_VerifierRecevabilite");
    }

    @Test
    void a_task_carries_its_due_and_follow_up_moments_besides_the_dossiers_deadline() {
        LocalDate aujourdhui = LocalDate.now(clock);

        assertThat(Instant.parse(tache.get("echeanceTache").asText())).isEqualTo(aujourdhui.plusDays(10)
                .atTime(LocalTime.of(23, 59, 59)).atZone(ClockConfig.BRUXELLES).toInstant());
        assertThat(Instant.parse(tache.get("relanceLe").asText())).isEqualTo(aujourdhui.plusDays(7)
                .atTime(LocalTime.of(8, 0)).atZone(ClockConfig.BRUXELLES).toInstant());
        assertThat(tache.get("echeance").asText()).isEqualTo(aujourdhui.plusDays(90).toString());
    }

    @Test
    void the_api_filters_on_the_tasks_due_date_and_kind() {
        String q = "&q=" + marque.replace(" ", "+");

        assertThat(api.get("analyste", "/api/taches?echeanceTache=PLUS_TARD" + q).json().findValuesAsText("id"))
                .containsExactly(tache.get("id").asText());
        assertThat(api.get("analyste", "/api/taches?echeanceTache=SEPT_JOURS" + q).json()).isEmpty();
        assertThat(api.get("analyste", "/api/taches?cle=Task_VerifierRecevabilite" + q).json()).hasSize(1);
        assertThat(api.get("analyste", "/api/taches?cle=Task_AnalyserDossier" + q).json()).isEmpty();
        Api.Reponse refus = api.get("analyste", "/api/taches?echeanceTache=DEMAIN");
        assertThat(refus.status()).isEqualTo(400);
        assertThat(refus.estProbleme()).isTrue();
    }

    @Test
    void a_draft_holds_up_to_its_limit_of_characters_and_no_more() {
        String id = tache.get("id").asText();

        brouillons.enregistrer(id, "analyste", Map.of("complet", false,
                "piecesManquantes", "x".repeat(Brouillons.CARACTERES_MAX - "false".length())));
        assertThat(brouillons.lire(id, "analyste").orElseThrow().valeurs().get("piecesManquantes").toString())
                .hasSize(Brouillons.CARACTERES_MAX - 5);

        assertThatThrownBy(() -> brouillons.enregistrer(id, "analyste", Map.of("complet", false,
                "piecesManquantes", "x".repeat(Brouillons.CARACTERES_MAX - 4))))
                .isInstanceOf(DonneesInvalidesException.class)
                .satisfies(e -> assertThat(((DonneesInvalidesException) e).getErreurs().get(0).message())
                        .isEqualTo("Le brouillon compte 100\u202F001 caractères ; il en admet au plus 100\u202F000."));
        assertThat(brouillons.lire(id, "analyste").orElseThrow().valeurs().get("piecesManquantes").toString())
                .hasSize(Brouillons.CARACTERES_MAX - 5);
    }

    @Test
    void the_drafts_of_a_task_go_when_its_process_is_cancelled() {
        String id = tache.get("id").asText();
        brouillons.enregistrer(id, "analyste", Map.of("complet", true));

        runtimeService.deleteProcessInstance(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(dossierId).rootProcessInstances().singleResult().getId(), "essai");

        assertThat(jdbc.queryForObject("select count(*) from brouillon_tache where tache_id = ?", Long.class, id))
                .isZero();
    }
}
