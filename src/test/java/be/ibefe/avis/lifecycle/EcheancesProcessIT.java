package be.ibefe.avis.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.ibefe.avis.audit.Journal;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.notification.Envoi;
import be.ibefe.avis.notification.EnvoiRepository;
import be.ibefe.avis.notification.NatureEnvoi;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.ProcessTestSupport;
import be.ibefe.avis.support.SessionPages;
import be.ibefe.avis.system.ClockConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The timers of the shared steps, driven through the engine's clock: due dates, reminders, escalation to the
 * coordination, reminder of missing pieces and withdrawal.
 */
@AvisIntegrationTest
class EcheancesProcessIT extends ProcessTestSupport {

    @Autowired
    EnvoiRepository envois;

    @Autowired
    Journal journal;

    @LocalServerPort
    int port;

    @AfterEach
    void horlogeReelle() {
        ClockUtil.reset();
    }

    @Test
    void a_request_without_deadline_gets_the_default_of_its_type() {
        enregistrer(Demandes.cispNouvelleFiliere().put("dateReception", "2024-03-12").putNull("echeance"));

        assertThat(dossier().echeance()).isEqualTo(LocalDate.of(2024, 6, 10));
    }

    @Test
    void a_task_is_due_after_its_delay_and_reminded_three_days_before() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere().put("echeance", "2028-12-31"));
        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");
        Task tache = task(recevabilite);

        LocalDate attendu = LocalDate.now(ClockConfig.BRUXELLES).plusDays(10);
        assertThat(jour(tache.getDueDate())).isEqualTo(attendu);
        assertThat(jour(tache.getFollowUpDate())).isEqualTo(attendu.minusDays(3));
        Job rappel = travaux.minuterie(dossierId, "Event_RappelRecevabilite");
        assertThat(rappel.getDuedate()).isEqualTo(tache.getFollowUpDate());
    }

    @Test
    void the_reminder_reaches_the_equipe_and_the_task_stays_open() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere().put("echeance", "2028-12-31"));
        Job rappel = travaux.minuterie(dossierId, "Event_RappelRecevabilite");
        ClockUtil.setCurrentTime(new Date(rappel.getDuedate().getTime() + 1000));

        travaux.executer(rappel);

        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");
        assertThat(recevabilite).hasPassed("Task_RappelerRecevabilite").isWaitingAt("Task_VerifierRecevabilite");
        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(dossierId)).extracting(Envoi::getNature,
                Envoi::getDestinataire).contains(tuple(NatureEnvoi.RAPPEL_ECHEANCE,
                "analyste@example.be"))
                .as("the analyst of another bassin is no candidate for a Liège dossier")
                .doesNotContain(tuple(NatureEnvoi.RAPPEL_ECHEANCE, "analystehuy@example.be"));
        assertThat(dossier().historique()).extracting(DossierView.HistoriqueView::evenement)
                .anyMatch(e -> e.startsWith("Rappel : « Vérifier la recevabilité » à faire le "));
    }

    @Test
    void past_its_due_date_a_task_is_escalated_to_the_coordination() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere().put("echeance", "2028-12-31"));
        Job depassement = travaux.minuterie(dossierId, "Event_DepassementRecevabilite");
        ClockUtil.setCurrentTime(new Date(depassement.getDuedate().getTime() + 1000));

        travaux.executer(depassement);

        assertThat(appele(instance, "CallActivity_Recevabilite", "avis-recevabilite"))
                .hasPassed("Task_EscaladerRecevabilite").isWaitingAt("Task_VerifierRecevabilite");
        assertThat(dossier().escalade()).isNotNull();
        assertThat(dossier().escalade().motif()).startsWith("Vérifier la recevabilité : échéance du 31/12/2028");
        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(dossierId)).extracting(Envoi::getNature,
                Envoi::getDestinataire).contains(tuple(NatureEnvoi.ESCALADE,
                "coordinateur@example.be"))
                .as("Huy-Waremme's coordination hears nothing of a Liège dossier")
                .doesNotContain(tuple(NatureEnvoi.ESCALADE, "coordhuy@example.be"));
    }

    @Test
    void the_analysis_has_its_own_reminder_and_escalation() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere().put("echeance", "2028-12-31"));
        declarerRecevable(instance);
        Job depassement = travaux.minuterie(dossierId, "Event_DepassementAnalyse");
        travaux.minuterie(dossierId, "Event_RappelAnalyse");
        ClockUtil.setCurrentTime(new Date(depassement.getDuedate().getTime() + 1000));

        travaux.executer(depassement);

        assertThat(appele(instance, "CallActivity_Analyse", "avis-analyse")).hasPassed("Task_EscaladerAnalyse")
                .isWaitingAt("Task_AnalyserDossier");
        assertThat(dossier().escalade().motif()).startsWith("Analyser le dossier");
    }

    @Test
    void a_dossier_waiting_for_a_seance_past_its_deadline_is_escalated() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere());
        declarerRecevable(instance);
        analyser(instance, "FAVORABLE");
        ProcessInstance deliberation = deliberation(instance);
        Job echeance = travaux.minuterie(dossierId, "Event_EcheanceSeance");
        assertThat(jour(echeance.getDuedate())).isEqualTo(LocalDate.of(2024, 5, 28));

        travaux.executer(echeance);

        assertThat(deliberation).hasPassed("Task_EscaladerSeance").isWaitingAt("Task_AttendreSeance");
        assertThat(dossier().escalade().motif()).startsWith("Attendre la séance : échéance du 28/05/2024");
    }

    @Test
    void an_applicant_is_reminded_of_the_missing_pieces_then_the_request_is_withdrawn() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere());
        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");
        assertThat(recevabilite).isWaitingAt("Task_VerifierRecevabilite");
        complete(task(recevabilite), withVariables("complet", false, "piecesManquantes", "Budget de la filière"));

        Job rappel = travaux.minuterie(dossierId, "Event_RappelPieces");
        assertThat(Duration.between(ZonedDateTime.now().toInstant(), rappel.getDuedate().toInstant()).toDays())
                .isBetween(14L, 15L);
        ClockUtil.setCurrentTime(new Date(rappel.getDuedate().getTime() + 1000));
        travaux.executer(rappel);
        assertThat(recevabilite).hasPassed("Task_RappelerPieces").isWaitingAt("Task_ReceptionnerPieces");
        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(dossierId)).extracting(Envoi::getNature)
                .contains(NatureEnvoi.RAPPEL_PIECES);

        Job retrait = travaux.minuterie(dossierId, "Event_RetraitPieces");
        ClockUtil.setCurrentTime(new Date(retrait.getDuedate().getTime() + 1000));
        travaux.executer(retrait);

        assertThat(recevabilite).hasPassed("Task_RetirerDossier", "EndEvent_Retire").isEnded();
        assertThat(instance).hasPassed("Gateway_Retire", "CallActivity_Deliberation")
                .hasNotPassed("CallActivity_Analyse").isEnded();
        assertThat(appeleTermine(instance, "avis-deliberation")).hasPassed("CallActivity_Notification")
                .hasNotPassed("Task_AttendreSeance").isEnded();
        assertThat(dossier().statut()).isEqualTo(Statut.CLOS);
        assertThat(dossier().decision()).isEqualTo(Decision.RETIRE);
    }

    @Test
    void the_reminder_and_the_withdrawal_are_the_systems_even_when_an_administrator_runs_the_timers() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere());
        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");
        complete(task(recevabilite), withVariables("complet", false, "piecesManquantes", "Budget de la filière"));
        long avantLesMinuteries = journal.duDossier(dossierId).stream().mapToLong(Journal.Entree::id).max()
                .orElseThrow();
        int historiqueAvant = dossier().historique().size();

        Job rappel = travaux.minuterie(dossierId, "Event_RappelPieces");
        ClockUtil.setCurrentTime(new Date(rappel.getDuedate().getTime() + 1000));
        executerDepuisCockpit(rappel);
        Job retrait = travaux.minuterie(dossierId, "Event_RetraitPieces");
        ClockUtil.setCurrentTime(new Date(retrait.getDuedate().getTime() + 1000));
        executerDepuisCockpit(retrait);

        assertThat(dossier().decision()).isEqualTo(Decision.RETIRE);
        assertThat(dossier().deliberation().par()).isEqualTo(CurrentUser.SYSTEME);
        List<DossierView.HistoriqueView> parLesMinuteries = dossier().historique().subList(historiqueAvant,
                dossier().historique().size());
        assertThat(parLesMinuteries).extracting(DossierView.HistoriqueView::evenement)
                .anyMatch(e -> e.startsWith("Rappel : pièces manquantes"))
                .anyMatch(e -> e.startsWith("Demande retirée d'office faute des pièces demandées"));
        assertThat(parLesMinuteries).extracting(DossierView.HistoriqueView::utilisateur)
                .containsOnly(CurrentUser.SYSTEME);
        assertThat(parLesMinuteries).extracting(DossierView.HistoriqueView::par).containsOnly("système");
        assertThat(journal.duDossier(dossierId)).filteredOn(e -> e.id() > avantLesMinuteries).isNotEmpty()
                .extracting(Journal.Entree::utilisateur).containsOnly(CurrentUser.SYSTEME);
        assertThat(new SessionPages(port, "coordinateur").get("/dossiers/" + dossierId).body())
                .contains("enregistrée par système", "· système</span>").doesNotContain("· systeme</span>");
    }

    @Test
    void pieces_asked_for_a_second_time_are_reminded_a_second_time() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere());
        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");
        for (int tour = 0; tour < 2; tour++) {
            complete(task(recevabilite), withVariables("complet", false, "piecesManquantes", "Budget de la filière"));
            Job rappel = travaux.minuterie(dossierId, "Event_RappelPieces");
            ClockUtil.setCurrentTime(new Date(rappel.getDuedate().getTime() + 1000));
            travaux.executer(rappel);
            complete(task(recevabilite), withVariables("piecesRecues", "Un budget incomplet"));
        }

        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(dossierId)).extracting(Envoi::getNature)
                .filteredOn(NatureEnvoi.RAPPEL_PIECES::equals).hasSize(2);
    }

    /** As Cockpit's « exécuter le travail » would: the administrator's session is the engine's authentication. */
    private void executerDepuisCockpit(Job job) {
        processEngine.getIdentityService().setAuthentication("admin", List.of(Groupes.ADMIN, Groupes.CAMUNDA_ADMIN),
                List.of(dossier().bassin()));
        try {
            travaux.executer(job);
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
    }

    private static LocalDate jour(Date date) {
        return date.toInstant().atZone(ClockConfig.BRUXELLES).toLocalDate();
    }
}
