package be.ibefe.avis.admin;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.AvisIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrators' page as a browser uses it: the application's form login, upload with the violations shown,
 * migration buttons.
 */
@AvisIntegrationTest
class ProcessAdminPageIT {

    private static final Pattern JETON_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ModelDeployment deploiement;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    String cle;

    @BeforeEach
    void cle() {
        cle = "essai-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A browser: it keeps its cookies and does not follow redirections, so that the tests see them. */
    private final class Navigateur {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private String jeton;

        HttpResponse<String> get(String chemin) {
            HttpResponse<String> reponse = envoyer(HttpRequest.newBuilder(uri(chemin)).GET());
            Matcher csrf = JETON_CSRF.matcher(reponse.body());
            if (csrf.find()) {
                jeton = csrf.group(1);
            }
            return reponse;
        }

        HttpResponse<String> formulaire(String chemin, Map<String, String> champs) {
            String corps = champs.entrySet().stream()
                    .map(c -> c.getKey() + "=" + URLEncoder.encode(c.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return envoyer(HttpRequest.newBuilder(uri(chemin))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(corps)));
        }

        HttpResponse<String> deposer(Multipart corps) {
            return envoyer(HttpRequest.newBuilder(uri("/admin/processus"))
                    .header("Content-Type", corps.contentType()).POST(corps.corps()));
        }

        Navigateur connecte(String login) {
            get("/login");
            formulaire("/login", Map.of("username", login, "password", login, "_csrf", jeton));
            get("/admin/processus");
            return this;
        }

        private HttpResponse<String> envoyer(HttpRequest.Builder requete) {
            try {
                return client.send(requete.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private URI uri(String chemin) {
        return URI.create("http://localhost:" + port + chemin);
    }

    @Test
    void a_visitor_is_sent_to_the_login_page() {
        HttpResponse<String> reponse = new Navigateur().get("/admin/processus");

        assertThat(reponse.statusCode()).isEqualTo(302);
        assertThat(reponse.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void an_administrator_logs_in_and_sees_the_processes_and_their_versions() {
        Navigateur navigateur = new Navigateur();
        navigateur.get("/admin/processus");
        navigateur.get("/login");

        HttpResponse<String> connexion = navigateur.formulaire("/login",
                Map.of("username", "admin", "password", "admin", "_csrf", navigateur.jeton));
        HttpResponse<String> page = navigateur.get("/admin/processus");

        assertThat(connexion.statusCode()).isEqualTo(302);
        assertThat(connexion.headers().firstValue("Location").orElseThrow()).contains("/admin/processus");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Modèles de processus", "avis-cisp-agrement", "Déposer un modèle");
    }

    @Test
    void a_user_outside_the_admin_group_is_refused() {
        HttpResponse<String> page = new Navigateur().connecte("analyste").get("/admin/processus");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Accès refusé", "réservée à d&#39;autres groupes que les vôtres");
    }

    @Test
    void an_upload_without_the_csrf_token_is_refused() {
        Navigateur admin = new Navigateur().connecte("admin");

        HttpResponse<String> reponse = admin.deposer(new Multipart()
                .fichiers("fichiers", ModelesEssai.fichier(cle, ModelesEssai.version1(cle))));

        assertThat(reponse.statusCode()).isEqualTo(403);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(cle).count()).isZero();
    }

    @Test
    void the_violations_of_a_model_are_shown_next_to_the_file_field() {
        Navigateur admin = new Navigateur().connecte("admin");
        BpmnModelInstance modele = ModelesEssai.version1(cle);
        modele.<UserTask>getModelElementById("Task_Completer").setCamundaCandidateGroups(null);

        HttpResponse<String> page = admin.deposer(new Multipart().champ("_csrf", admin.jeton)
                .fichiers("fichiers", ModelesEssai.fichier(cle, modele)));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Rien n'a été déployé", "<code>Task_Completer</code>",
                "La tâche « Compléter le dossier » n&#39;est proposée à personne");
    }

    @Test
    void an_upload_deploys_the_new_version_and_the_page_shows_it() {
        Navigateur admin = new Navigateur().connecte("admin");

        HttpResponse<String> depot = admin.deposer(new Multipart().champ("_csrf", admin.jeton)
                .fichiers("fichiers", ModelesEssai.fichier(cle, ModelesEssai.version1(cle))));
        HttpResponse<String> page = admin.get("/admin/processus");

        assertThat(depot.statusCode()).isEqualTo(302);
        assertThat(page.body()).contains("Déploiement effectué.", cle + " : version 1 (1.0), nouvelle");
    }

    @Test
    void the_migration_button_moves_the_dossiers_and_the_page_reports_each() {
        deploiement.deposer(List.of(fichier(ModelesEssai.version1(cle))));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(cle, "9100301");
        deploiement.deposer(List.of(fichier(ModelesEssai.version2(cle))));
        Navigateur admin = new Navigateur().connecte("admin");
        assertThat(admin.get("/admin/processus").body()).contains("Migrer vers la version 2");

        HttpResponse<String> migration = admin.formulaire("/admin/processus/" + cle + "/migration",
                Map.of("versionSource", "1", "_csrf", admin.jeton));
        HttpResponse<String> page = admin.get("/admin/processus");

        assertThat(migration.statusCode()).isEqualTo(302);
        assertThat(page.body()).contains(cle + " : 1 dossier(s) passé(s) de la version 1 à la version 2",
                "<td>9100301</td>", "Migré");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId()).isNotEqualTo(instance.getProcessDefinitionId());
    }

    private ModelDeployment.Fichier fichier(BpmnModelInstance modele) {
        return new ModelDeployment.Fichier(cle + ".bpmn", ModelesEssai.fichier(cle, modele).get(cle + ".bpmn")
                .getBytes(StandardCharsets.UTF_8));
    }
}
