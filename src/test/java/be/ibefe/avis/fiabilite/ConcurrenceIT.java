package be.ibefe.avis.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people at once on the same thing: one wins, the other is told in French that someone was faster (409), and
 * nothing is lost. Each scenario runs several times, the requests released together.
 */
@AvisIntegrationTest
class ConcurrenceIT {

    static final String CATEGORIE = "Actions simultanées";
    static final int TOURS = 5;
    static ExecutorService pool;

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    IdentityService identityService;

    Api api;
    Taches taches;

    @BeforeAll
    static void demarrer() {
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void arreter() {
        pool.shutdownNow();
    }

    @BeforeEach
    void client() {
        api = new Api(port);
        taches = new Taches(api, travaux);
        if (identityService.createUserQuery().userId("analyste2").count() == 0) {
            User collegue = identityService.newUser("analyste2");
            collegue.setPassword("analyste2");
            collegue.setEmail("analyste2@example.be");
            identityService.saveUser(collegue);
            identityService.createMembership("analyste2", "equipe");
        }
    }

    @RepeatedTest(TOURS)
    void two_colleagues_completing_the_same_task_one_wins_the_other_gets_409() throws Exception {
        String dossier = nouveau();
        String chemin = taches.completer("analyste", dossier, "Task_VerifierRecevabilite");

        List<Api.Reponse> reponses = ensemble(
                () -> api.post("analyste", chemin, Map.of("complet", true)),
                () -> api.post("analyste2", chemin, Map.of("complet", true)));

        assertThat(statuts(reponses)).containsExactlyInAnyOrder(204, 409);
        assertThat(perdant(reponses).json().get("detail").asText()).contains("terminée");
        compter("terminer la même tâche", reponses);
    }

    @RepeatedTest(TOURS)
    void two_colleagues_claiming_the_same_task_one_wins_the_other_gets_409() throws Exception {
        String dossier = nouveau();
        String id = taches.tache("analyste", dossier, "Task_VerifierRecevabilite").get("id").asText();

        List<Api.Reponse> reponses = ensemble(
                () -> api.post("analyste", "/api/taches/" + id + "/claim", ""),
                () -> api.post("analyste2", "/api/taches/" + id + "/claim", ""));

        assertThat(statuts(reponses)).containsExactlyInAnyOrder(204, 409);
        assertThat(perdant(reponses).json().get("detail").asText()).contains("prise en charge par");
        compter("prendre la même tâche", reponses);
    }

    @RepeatedTest(TOURS)
    void two_deliberations_on_the_same_dossier_at_once_one_wins_the_other_gets_409() throws Exception {
        String dossier = nouveau();
        taches.terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));
        taches.terminer("analyste", dossier, "Task_AnalyserDossier", Map.of("propositionAvis", "FAVORABLE",
                "motivation", "Critères rencontrés."));
        SeancesApi seances = new SeancesApi(api);
        String seance = seances.creer("CSEF", "2024-05-28", seances.membres("CSEF", "2024-05-28")).get("id").asText();
        api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "");

        List<Api.Reponse> reponses = ensemble(
                () -> seances.deliberer(seance, dossier, "FAVORABLE", Map.of()),
                () -> seances.deliberer(seance, dossier, "DEFAVORABLE", Map.of()));

        assertThat(statuts(reponses)).containsExactlyInAnyOrder(200, 409);
        JsonNode gagnant = reponses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json();
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("decision").asText())
                .isEqualTo(gagnant.get("decision").asText());
        compter("délibérer sur le même dossier", reponses);
    }

    @RepeatedTest(TOURS)
    void overrides_of_two_criteria_at_once_are_both_kept_or_one_is_refused_never_lost() throws Exception {
        String dossier = nouveau();
        taches.terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));
        String base = "/api/dossiers/" + dossier + "/eligibilite/";

        List<Api.Reponse> reponses = ensemble(
                () -> api.post("analyste", base + "CISP_CODIFICATION/derogation",
                        Map.of("resultat", "A_VERIFIER", "motivation", "Codes à confirmer.")),
                () -> api.post("analyste2", base + "CISP_VOLUME/derogation",
                        Map.of("resultat", "A_VERIFIER", "motivation", "Stagiaires à confirmer.")));

        assertThat(statuts(reponses)).allMatch(s -> s == 200 || s == 409).contains(200);
        JsonNode criteres = api.get("coordinateur", "/api/dossiers/" + dossier).json().get("eligibilite");
        List<String> retenues = new ArrayList<>();
        criteres.forEach(c -> {
            if (c.hasNonNull("derogation")) {
                retenues.add(c.get("code").asText());
            }
        });
        assertThat(retenues).hasSize((int) statuts(reponses).stream().filter(s -> s == 200).count());
        compter("déroger à deux critères du même dossier", reponses);
    }

    private String nouveau() {
        return api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id").asText();
    }

    /** Both requests wait on the same latch, so they reach the server together. */
    private static List<Api.Reponse> ensemble(Callable<Api.Reponse> premiere, Callable<Api.Reponse> seconde)
            throws Exception {
        CountDownLatch depart = new CountDownLatch(1);
        List<Future<Api.Reponse>> futures = new ArrayList<>();
        for (Callable<Api.Reponse> appel : List.of(premiere, seconde)) {
            futures.add(pool.submit(() -> {
                depart.await();
                return appel.call();
            }));
        }
        depart.countDown();
        List<Api.Reponse> reponses = new ArrayList<>();
        for (Future<Api.Reponse> future : futures) {
            reponses.add(future.get());
        }
        return reponses;
    }

    private static List<Integer> statuts(List<Api.Reponse> reponses) {
        return reponses.stream().map(Api.Reponse::status).toList();
    }

    private static Api.Reponse perdant(List<Api.Reponse> reponses) {
        return reponses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    }

    private static void compter(String scenario, List<Api.Reponse> reponses) {
        reponses.forEach(r -> Fiabilite.compter(CATEGORIE, scenario, String.valueOf(r.status())));
    }
}
