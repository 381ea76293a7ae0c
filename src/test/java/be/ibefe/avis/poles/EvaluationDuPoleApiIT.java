package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The task « Évaluer le pôle » through the task API: its business key ({@code pole-<id>}) names no dossier, and the
 * task is listed with its pôle, taken, given back, completed singly or in a batch without any 500; kept to the
 * coordination of the pôle's bassin (LIE), unknown to Huy's; its completion records the evaluation as
 * POST /api/poles/{id}/evaluation does, with the same limits.
 */
@AvisIntegrationTest
class EvaluationDuPoleApiIT {

    private static final AtomicInteger NUMERO = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    PolesEnEvaluation polesEnEvaluation;

    Api api;
    PolesEnEvaluation.PoleEnEvaluation pole;

    @BeforeEach
    void poleEnEvaluation() {
        api = new Api(port);
        int n = NUMERO.incrementAndGet();
        pole = polesEnEvaluation.enEvaluation("Pôle construction durable n° " + n, LocalDate.of(2030, 2, 1).plusDays(n));
    }

    @Test
    void the_task_is_listed_with_its_pole_and_completed_by_the_coordination_of_its_bassin() {
        JsonNode tache = tache("coordinateur");
        assertThat(tache).as("listed for the coordination of Liège").isNotNull();
        assertThat(tache.get("nom").asText()).isEqualTo("Évaluer le pôle");
        assertThat(tache.get("cle").asText()).isEqualTo("Task_EvaluerPole");
        assertThat(tache.get("poleId").asLong()).isEqualTo(pole.poleId());
        assertThat(tache.get("poleNom").asText()).isEqualTo(pole.nom());
        assertThat(tache.get("dossierId").isNull()).isTrue();
        assertThat(tache.get("reference").isNull()).isTrue();
        assertThat(tache.get("echeanceTache").isNull()).as("due").isFalse();
        assertThat(api.get("coordinateur", "/api/taches?q=" + java.net.URLEncoder.encode(pole.nom(),
                java.nio.charset.StandardCharsets.UTF_8)).json().findValuesAsText("id")).as("found by its pôle's name")
                .containsExactly(pole.tacheId());
        assertThat(api.get("coordinateur", "/api/taches?cle=Task_EvaluerPole&sort=reference").status())
                .as("sorted on the dossier, the task without one is still listed").isEqualTo(200);

        assertThat(api.post("coordinateur", "/api/taches/" + pole.tacheId() + "/claim", "").status()).isEqualTo(204);
        assertThat(tache("coordinateur").get("assignee").asText()).isEqualTo("coordinateur");
        assertThat(api.post("coordinateur", "/api/taches/" + pole.tacheId() + "/unclaim", "").status())
                .isEqualTo(204);

        Api.Reponse trop = api.post("coordinateur", "/api/taches/" + pole.tacheId() + "/complete",
                Map.of("renouveler", true, "conclusions", "x".repeat(4001)));
        assertThat(trop.status()).isEqualTo(400);
        assertThat(trop.corps()).contains("conclusions").contains("4\u202F000 caractères");
        Api.Reponse sansConclusions = api.post("coordinateur", "/api/taches/" + pole.tacheId() + "/complete",
                Map.of("renouveler", true));
        assertThat(sansConclusions.status()).isEqualTo(400);
        assertThat(sansConclusions.corps()).contains("conclusions");

        assertThat(api.post("coordinateur", "/api/taches/" + pole.tacheId() + "/complete",
                Map.of("renouveler", true, "conclusions", "x".repeat(4000))).status()).isEqualTo(204);

        JsonNode evalue = api.get("coordinateur", "/api/poles/" + pole.poleId()).json();
        assertThat(evalue.get("statut").asText()).isEqualTo("RENOUVELLEMENT");
        assertThat(evalue.get("conclusionsEvaluation").asText()).hasSize(4000);
        assertThat(tache("coordinateur")).as("done").isNull();
        Api.Reponse encore = api.post("coordinateur", "/api/taches/" + pole.tacheId() + "/complete",
                Map.of("renouveler", false, "conclusions", "Une seconde fois."));
        assertThat(encore.status()).isEqualTo(409);
    }

    @Test
    void another_bassin_neither_sees_nor_takes_nor_completes_the_task() {
        assertThat(tache("coordhuy")).isNull();
        assertThat(api.post("coordhuy", "/api/taches/" + pole.tacheId() + "/claim", "").status()).isEqualTo(404);
        assertThat(api.post("coordhuy", "/api/taches/" + pole.tacheId() + "/complete",
                Map.of("renouveler", false, "conclusions", "Clôture.")).status()).isEqualTo(404);
        JsonNode lot = api.post("coordhuy", "/api/taches/lot/claim", Map.of("ids", List.of(pole.tacheId()))).json();
        assertThat(lot.get("refusees").asLong()).isEqualTo(1);
        assertThat(lot.at("/resultats/0/probleme/status").asInt()).isEqualTo(404);
        assertThat(api.post("analyste", "/api/taches/" + pole.tacheId() + "/claim", "").status())
                .as("not offered to the équipe").isEqualTo(403);

        assertThat(api.get("coordinateur", "/api/poles/" + pole.poleId()).json().get("statut").asText())
                .isEqualTo("EVALUATION");
        assertThat(api.post("coordinateur", "/api/poles/" + pole.poleId() + "/cloture", "").status()).isEqualTo(200);
        assertThat(tache("coordinateur")).as("closed by the Bureau, nothing to evaluate").isNull();
    }

    @Test
    void a_batch_of_evaluations_completes_each_task_with_the_same_proposal() {
        int n = NUMERO.incrementAndGet();
        PolesEnEvaluation.PoleEnEvaluation second = polesEnEvaluation.enEvaluation("Pôle construction durable n° " + n,
                LocalDate.of(2030, 2, 1).plusDays(n));

        JsonNode prises = api.post("coordinateur", "/api/taches/lot/claim", Map.of("ids", List.of(pole.tacheId(),
                second.tacheId()))).json();
        assertThat(prises.get("reussies").asLong()).isEqualTo(2);
        assertThat(prises.at("/resultats/0/reference").asText()).isEqualTo("pôle « " + pole.nom() + " »");
        JsonNode lot = api.post("coordinateur", "/api/taches/lot/complete", Map.of("ids", List.of(pole.tacheId(),
                second.tacheId()), "champs", Map.of("renouveler", false, "conclusions", "Objectifs atteints."))).json();

        assertThat(lot.get("reussies").asLong()).as(lot.toString()).isEqualTo(2);
        assertThat(lot.findValuesAsText("statut")).containsExactly("TERMINEE", "TERMINEE");
        for (long id : List.of(pole.poleId(), second.poleId())) {
            JsonNode clos = api.get("coordinateur", "/api/poles/" + id).json();
            assertThat(clos.get("statut").asText()).isEqualTo("CLOS");
            assertThat(clos.get("motifCloture").asText()).isEqualTo("EVALUATION");
        }
    }

    /** The pôle's task in the user's list, or null. */
    private JsonNode tache(String utilisateur) {
        Api.Reponse reponse = api.get(utilisateur, "/api/taches?cle=Task_EvaluerPole&size=500");
        assertThat(reponse.status()).isEqualTo(200);
        for (JsonNode t : reponse.json()) {
            if (t.get("id").asText().equals(pole.tacheId())) {
                return t;
            }
        }
        return null;
    }
}
