package be.ibefe.avis.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The races {@code ConcurrenceIT} meets by chance, made certain: a colleague completes the task (in his own request,
 * committed) at the very moment the other reads the task's candidates or its form. The other is told « déjà
 * terminée » (409), never refused (403) nor failed (500), and the task is completed once.
 */
@AvisIntegrationTest
class TerminerPendantUnCollegueIT {

    @LocalServerPort
    int port;

    /** Where a task's form is read (parsed once per deployed definition, read once per transaction). */
    @MockitoSpyBean
    FormulairesDeployes formulaires;

    @MockitoSpyBean
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    Travaux travaux;

    Api api;
    Taches taches;
    final AtomicBoolean collegueEstPasse = new AtomicBoolean();

    @BeforeEach
    void collegue() {
        api = new Api(port);
        taches = new Taches(api, travaux);
        if (identityService.createUserQuery().userId("analyste3").count() == 0) {
            User collegue = identityService.newUser("analyste3");
            collegue.setPassword("analyste3");
            collegue.setEmail("analyste3@example.be");
            identityService.saveUser(collegue);
            identityService.createMembership("analyste3", "equipe");
        }
    }

    @Test
    void completed_by_a_colleague_while_its_candidates_are_read_is_a_conflict() {
        String chemin = recevabilite();
        String tache = chemin.split("/")[3];
        doAnswer(lecture -> {
            colleguePasseAvant(chemin);
            return lecture.callRealMethod();
        }).when(taskService).getIdentityLinksForTask(eq(tache));

        assertConflit(api.post("analyste", chemin, Map.of("complet", true)), tache);
    }

    @Test
    void completed_by_a_colleague_while_its_form_is_read_is_a_conflict() {
        String chemin = recevabilite();
        String tache = chemin.split("/")[3];
        doAnswer(lecture -> {
            colleguePasseAvant(chemin);
            return lecture.callRealMethod();
        }).when(formulaires).deTache(any(), eq(tache));

        assertConflit(api.post("analyste", chemin, Map.of("complet", true)), tache);
    }

    private String recevabilite() {
        Api.Reponse dossier = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere());
        assertThat(dossier.status()).as(dossier.corps()).isEqualTo(201);
        return taches.completer("analyste", dossier.json().get("id").asText(), "Task_VerifierRecevabilite");
    }

    /**
     * The colleague's request, on another thread, committed before the first one goes on; only at the first reading
     * (his own request reads the same things).
     */
    private void colleguePasseAvant(String chemin) {
        if (!collegueEstPasse.compareAndSet(false, true)) {
            return;
        }
        Api.Reponse sienne = CompletableFuture.supplyAsync(() -> api.post("analyste3", chemin,
                Map.of("complet", true))).join();
        assertThat(sienne.status()).as(sienne.corps()).isEqualTo(204);
    }

    private void assertConflit(Api.Reponse reponse, String tache) {
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(409);
        assertThat(reponse.json().get("detail").asText()).isEqualTo("La tâche « Vérifier la recevabilité » a déjà été terminée.");
        assertThat(taskService.createTaskQuery().taskId(tache).count()).isZero();
    }
}
