package be.ibefe.avis.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.ibefe.avis.system.ClockConfig;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.BasesDeTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.NoeudExterne;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.SessionPages;
import be.ibefe.avis.support.TestProfiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the application on different ports against the same PostgreSQL database, each with its job
 * executor (Camunda's, which shares the work through the database), and one SMTP server. Every dossier is driven
 * through both nodes in turn; the reminders' timers are made due at once. Each timer fires once, each e-mail is sent
 * once, and both nodes take a share of the jobs. A user signed in through the login page goes on with his session
 * whichever node answers (sessions in the database). PostgreSQL run only: an H2 file belongs to one process.
 */
class DeuxNoeudsIT {

    private static final int DOSSIERS = 6;
    private static final Duration ATTENTE_MAX = Duration.ofMinutes(3);

    private GreenMail smtp;
    private final List<NoeudExterne> noeuds = new ArrayList<>();

    @BeforeEach
    void demarrer() throws IOException {
        assumeTrue(TestProfiles.surPostgres(), "deux nœuds partagent une base PostgreSQL (passe -Ppostgres-it)");
        try (ServerSocket libre = new ServerSocket(0)) {
            smtp = new GreenMail(new ServerSetup(libre.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        }
        smtp.start();
        List<String> base = BasesDeTest.nouvelle("deux-noeuds");
        // one after the other: the first creates the schema and deploys the models, the second finds them
        for (String nom : List.of("noeud-a", "noeud-b")) {
            List<String> arguments = new ArrayList<>(base);
            arguments.addAll(List.of(
                    "--camunda.bpm.job-execution.enabled=true",
                    // an idle executor looks for jobs at least every 2 s (the default backs off to 60 s)
                    "--camunda.bpm.job-execution.max-wait=2000",
                    "--camunda.bpm.generic-properties.properties.hostname=" + nom,
                    "--avis.notification.courriel-actif=true",
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + smtp.getSmtp().getPort(),
                    // with mail on, the bassins' sender address must be given (refused at start otherwise)
                    "--avis.notification.expediteur=Moteur d'avis (tests) <avis-tests@example.be>",
                    "--avis.securite.bcrypt-cout=4"));
            noeuds.add(NoeudExterne.demarrer(nom, arguments));
        }
    }

    @AfterEach
    void arreter() {
        noeuds.forEach(NoeudExterne::close);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void timers_fire_once_and_every_mail_is_sent_once_with_two_nodes() throws Exception {
        Api a = noeuds.get(0).api();
        Api b = noeuds.get(1).api();
        List<String> dossiers = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            dossiers.add(enregistrer(i % 2 == 0 ? a : b));
        }
        // each node takes its ids in blocks of 50 from the shared sequence (migration V41): registrations made in
        // turn on the two nodes do not interleave their ids (they would, 1, 2, 3..., from one identity column)
        List<Long> parA = new ArrayList<>();
        List<Long> parB = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            (i % 2 == 0 ? parA : parB).add(Long.valueOf(dossiers.get(i)));
        }
        assertThat(parB).as("ids of node b (node a's: %s)", parA)
                .doesNotContainAnyElementsOf(parA)
                .noneMatch(id -> id >= parA.get(0) && id <= parA.get(parA.size() - 1));

        List<String> minuteries = rendreEchues(a, "Event_RappelRecevabilite");
        assertThat(minuteries).hasSize(DOSSIERS);
        attendre("les rappels de recevabilité", () -> minuteries.stream().allMatch(job -> executions(job) == 1));

        for (int i = 0; i < DOSSIERS; i++) {
            Api autre = i % 2 == 0 ? b : a;
            terminer(autre, dossiers.get(i), "Task_VerifierRecevabilite", Map.of("complet", true));
        }
        attendre("l'évaluation des critères", () -> dossiers.stream().allMatch(id -> statut(a, id).equals("EN_ANALYSE")));
        for (int i = 0; i < DOSSIERS; i++) {
            terminer(i % 2 == 0 ? a : b, dossiers.get(i), "Task_AnalyserDossier",
                    Map.of("propositionAvis", "FAVORABLE", "motivation", "Critères rencontrés."));
        }

        SeancesApi seancesA = new SeancesApi(a);
        SeancesApi seancesB = new SeancesApi(b);
        String aujourdhui = LocalDate.now(ClockConfig.BRUXELLES).toString();
        String seance = seancesB.creer("CSEF", aujourdhui, seancesB.membres("CSEF", aujourdhui)).get("id").asText();
        Api.Reponse ordre = a.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour", "");
        assertThat(ordre.status()).as(ordre.corps()).isEqualTo(200);
        for (int i = 0; i < DOSSIERS; i++) {
            Api.Reponse deliberation = (i % 2 == 0 ? seancesB : seancesA)
                    .deliberer(seance, dossiers.get(i), "FAVORABLE", Map.of());
            assertThat(deliberation.status()).as(deliberation.corps()).isEqualTo(200);
        }
        Api.Reponse cloture = a.post("coordinateur", "/api/seances/" + seance + "/cloture", "");
        assertThat(cloture.status()).as(cloture.corps()).isEqualTo(200);

        attendre("la notification des avis", () -> dossiers.stream().allMatch(id -> statut(b, id).equals("NOTIFIE"))
                && aucunTravailEnAttente());

        Map<String, Long> parEnvoi = recus();
        assertThat(parEnvoi.values()).as("each e-mail once: %s", parEnvoi.keySet()).allMatch(n -> n == 1);
        long rappels = parEnvoi.keySet().stream().filter(cle -> cle.contains("Rappel")).count();
        assertThat(rappels).as("one reminder per dossier at least").isGreaterThanOrEqualTo(DOSSIERS);
        assertThat(envoyes()).as("e-mails recorded as sent = e-mails received").isEqualTo(parEnvoi.size());
        for (String id : dossiers) {
            assertThat(parEnvoi.keySet()).as("the avis of dossier %s was mailed", id)
                    .anyMatch(cle -> cle.contains(reference(a, id)) && !cle.contains("Rappel"));
        }
        Map<String, Long> parNoeud = travauxParNoeud();
        assertThat(parNoeud).as("both job executors took jobs").containsKeys("noeud-a", "noeud-b");
        assertThat(travauxExecutesPlusieursFois()).as("no job ran twice").isZero();

        Fiabilite.compter(Fiabilite.NOEUDS, "deux nœuds, " + DOSSIERS + " dossiers menés à tour de rôle",
                "chaque minuterie une fois, chaque courriel une fois");
        Fiabilite.ajouter(Fiabilite.NOEUDS, "courriels envoyés par les deux nœuds", "reçus une seule fois",
                parEnvoi.size());
        parNoeud.forEach((noeud, nombre) -> Fiabilite.ajouter(Fiabilite.NOEUDS, "travaux exécutés par " + noeud,
                "réussis", nombre));
    }

    @Test
    void a_user_signed_in_through_the_login_page_completes_a_task_with_requests_alternating_between_the_nodes() {
        Api a = noeuds.get(0).api();
        String dossier = enregistrer(a);
        String tache = tache(noeuds.get(1).api(), dossier, "Task_VerifierRecevabilite").get("id").asText();
        // one browser, one cookie, each request to the other node in turn (a load balancer without affinity)
        SessionPages analyste = new SessionPages(noeuds.stream().map(NoeudExterne::port).toList());

        HttpResponse<String> connexion = analyste.seConnecter("analyste");
        assertThat(connexion.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .doesNotContain("error").doesNotEndWith("/login"));
        assertThat(page(analyste, "/taches").body()).contains(reference(a, dossier));
        HttpResponse<String> prise = analyste.poster("/taches/" + tache + "/prendre", List.of());
        assertThat(prise.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/taches/" + tache));
        assertThat(page(analyste, "/taches/" + tache).body()).contains("complet");
        HttpResponse<String> terminee = analyste.poster("/taches/" + tache, List.of(Map.entry("complet", "on")));
        assertThat(terminee.statusCode()).as(terminee.body()).isEqualTo(302);
        assertThat(terminee.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/taches"));
        // the message of the completion was kept in the session by one node and shown by the other
        assertThat(page(analyste, "/taches").body()).contains("Tâche « Vérifier la recevabilité » terminée");

        assertThat(analyste.requetesParPort()).as("requests served by both nodes")
                .containsOnlyKeys(noeuds.stream().map(NoeudExterne::port).toList())
                .allSatisfy((port, nombre) -> assertThat(nombre).isGreaterThanOrEqualTo(3));
        attendre("l'évaluation des critères", () -> statut(a, dossier).equals("EN_ANALYSE"));
        assertThat(requete("select count(*) from ACT_HI_TASKINST where ID_ = '" + tache + "' and END_TIME_ is not "
                + "null and ASSIGNEE_ = 'analyste' and DELETE_REASON_ = 'completed'")).as("completed once, by him")
                .isEqualTo(1);
        Fiabilite.compter(Fiabilite.NOEUDS, "une session des pages servie par deux nœuds à tour de rôle",
                "connexion, prise et fin d'une tâche sans nouvelle connexion ni refus CSRF");
    }

    /** A page that must be served to the signed-in user, not a redirection to the sign-in nor a refusal. */
    private static HttpResponse<String> page(SessionPages session, String chemin) {
        HttpResponse<String> reponse = session.get(chemin);
        assertThat(reponse.statusCode()).as("%s : %s", chemin, reponse.headers().firstValue("Location"))
                .isEqualTo(200);
        return reponse;
    }

    private static String enregistrer(Api api) {
        ObjectNode demande = Demandes.cispNouvelleFiliere();
        demande.put("dateReception", LocalDate.now().toString());
        demande.put("echeance", LocalDate.now().plusDays(90).toString());
        Api.Reponse reponse = api.post("coordinateur", "/api/dossiers", demande);
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(201);
        return reponse.json().get("id").asText();
    }

    private static void terminer(Api api, String dossier, String cle, Map<String, Object> champs) {
        JsonNode tache = tache(api, dossier, cle);
        Api.Reponse reponse = api.post("analyste", "/api/taches/" + tache.get("id").asText() + "/complete", champs);
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(204);
    }

    private static JsonNode tache(Api api, String dossier, String cle) {
        JsonNode tache = null;
        for (JsonNode candidate : api.get("analyste", "/api/taches?dossierId=" + dossier).json()) {
            if (cle.equals(candidate.get("cle").asText())) {
                tache = candidate;
            }
        }
        assertThat(tache).as("task %s of dossier %s", cle, dossier).isNotNull();
        return tache;
    }

    private static String statut(Api api, String dossier) {
        return api.get("coordinateur", "/api/dossiers/" + dossier).json().get("statut").asText();
    }

    private static String reference(Api api, String dossier) {
        return api.get("coordinateur", "/api/dossiers/" + dossier).json().get("reference").asText();
    }

    /** An administrator moves the timers of the activity to the past through the engine's REST API. */
    private static List<String> rendreEchues(Api api, String activite) {
        Api.Reponse jobs = api.get("admin", "/engine-rest/job?activityId=" + activite);
        assertThat(jobs.status()).as(jobs.corps()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode job : jobs.json()) {
            String id = job.get("id").asText();
            Api.Reponse echue = api.envoyer(api.requete("admin", "/engine-rest/job/" + id + "/duedate")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"duedate\": \"2024-01-01T00:00:00.000+0000\"}")));
            assertThat(echue.status()).as(echue.corps()).isEqualTo(204);
            ids.add(id);
        }
        return ids;
    }

    /** The received messages, counted per recipient and subject. */
    private Map<String, Long> recus() {
        return Arrays.stream(smtp.getReceivedMessages()).collect(Collectors.groupingBy(
                DeuxNoeudsIT::destinataireEtSujet, Collectors.counting()));
    }

    private static String destinataireEtSujet(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO)) + " " + message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long executions(String job) {
        return requete("select count(*) from ACT_HI_JOB_LOG where JOB_ID_ = '" + job + "' and JOB_STATE_ = 2");
    }

    private long envoyes() {
        return requete("select count(*) from envoi where statut = 'ENVOYE'");
    }

    private boolean aucunTravailEnAttente() {
        return requete("select count(*) from ACT_RU_JOB where TYPE_ = 'message' and RETRIES_ > 0") == 0
                && smtp.getReceivedMessages().length == envoyes();
    }

    private long travauxExecutesPlusieursFois() {
        return requete("select count(*) from (select JOB_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2 "
                + "group by JOB_ID_ having count(*) > 1) plusieurs");
    }

    private Map<String, Long> travauxParNoeud() throws SQLException {
        Map<String, Long> parNoeud = new HashMap<>();
        try (Connection connexion = BasesDeTest.connexion("deux-noeuds"); Statement sql = connexion.createStatement();
                ResultSet lignes = sql.executeQuery("select HOSTNAME_, count(*) from ACT_HI_JOB_LOG "
                        + "where JOB_STATE_ = 2 group by HOSTNAME_")) {
            while (lignes.next()) {
                parNoeud.put(lignes.getString(1), lignes.getLong(2));
            }
        }
        return parNoeud;
    }

    private static long requete(String compte) {
        try (Connection connexion = BasesDeTest.connexion("deux-noeuds"); Statement sql = connexion.createStatement();
                ResultSet ligne = sql.executeQuery(compte)) {
            ligne.next();
            return ligne.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the condition holds: the nodes' job executors work on their own time. */
    private static void attendre(String quoi, BooleanSupplier condition) {
        NoeudExterne.attendre(quoi, ATTENTE_MAX, Duration.ofMillis(500), condition::getAsBoolean);
    }
}
