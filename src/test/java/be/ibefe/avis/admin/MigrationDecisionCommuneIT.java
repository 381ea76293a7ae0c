package be.ibefe.avis.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.ibefe.avis.audit.Journal;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.NouveauDossier;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.seance.Mandat;
import be.ibefe.avis.seance.Mandats;
import be.ibefe.avis.seance.ProcedureUrgente;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.seance.SeanceView;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.support.ApplicationRedemarree;
import be.ibefe.avis.support.BasesDeTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The release of the shared decision process on a database that holds dossiers of the previous release waiting at
 * each step: the previous models (src/test/resources/migration/v3, as they were) are deployed, dossiers are driven into
 * every wait state, the new models of processes/ are deployed, and the application starts again, which migrates them
 * (admin/MigrationDecisionCommune). Each dossier is then driven to its end. On a database of its own, since it
 * deploys versions the other tests do not expect.
 */
class MigrationDecisionCommuneIT {

    private static final List<String> TYPES = List.of("avis-ale-formation", "avis-aprc", "avis-cisp-agrement",
            "avis-credit-adaptation", "avis-eps-forem", "avis-equipement", "avis-interpellation",
            "avis-pole-opportunite");
    private static final LocalDate DATE_SEANCE = LocalDate.of(2024, 5, 28);

    private final List<String> base = BasesDeTest.nouvelle("migrationdecision");

    private ConfigurableApplicationContext application;

    @AfterEach
    void arreter() {
        BpmnAwareTests.reset();
        ClockUtil.reset();
        if (application != null) {
            application.close();
        }
    }

    @Test
    void dossiers_waiting_at_every_step_of_the_previous_models_move_to_the_shared_decision_and_reach_their_end() {
        application = ApplicationRedemarree.demarrer("migrationdecision", base);
        BpmnAwareTests.init(bean(ProcessEngine.class));
        deployer("release-precedente", "migration/v3/");
        assertThat(derniere("avis-deliberation").getVersionTag()).isEqualTo("3.0");

        long competence = enregistrer(Demandes.aleForem());
        assertThat(parent(competence)).isWaitingAt("CallActivity_Competence");

        long recevabilite = enregistrer(Demandes.aprc());
        assertThat(parent(recevabilite)).isWaitingAt("CallActivity_Recevabilite");

        long pieces = enregistrer(Demandes.equipement());
        terminer(pieces, "Task_VerifierRecevabilite", Map.of("complet", false, "piecesManquantes", "Devis"));
        assertThat(appele(pieces, "avis-recevabilite")).isWaitingAt("Task_ReceptionnerPieces");

        long analyse = enregistrer(Demandes.epsForem());
        declarerRecevable(analyse);
        assertThat(appele(analyse, "avis-analyse")).isWaitingAt("Task_AnalyserDossier");

        long seance = pretPourSeance(Demandes.cispNouvelleFiliere());
        ProcessInstance ancienneDeliberation = appele(seance, "avis-deliberation");
        assertThat(ancienneDeliberation).isWaitingAt("Task_AttendreSeance");
        assertThat(ancienneDeliberation.getProcessDefinitionId()).isEqualTo(derniere("avis-deliberation").getId());

        long ratifiee = mesureUrgenteDeLAncienneRelease(Demandes.poleOpportunite());
        long refusee = mesureUrgenteDeLAncienneRelease(Demandes.interpellation());
        for (long dossier : List.of(ratifiee, refusee)) {
            assertThat(parent(dossier)).hasPassed("CallActivity_Notification").isWaitingAt("Event_Ratification");
            assertThat(dossier(dossier).statut()).isEqualTo(Statut.NOTIFIE);
        }

        deployer("release-decision-commune", "processes/");
        application.close();
        application = ApplicationRedemarree.demarrer("migrationdecision", base);
        BpmnAwareTests.init(bean(ProcessEngine.class));

        // every dossier now runs on the latest versions
        for (long dossier : List.of(competence, recevabilite, pieces, analyse, seance, ratifiee, refusee)) {
            ProcessInstance instance = parent(dossier);
            assertThat(instance.getProcessDefinitionId()).as("dossier %d", dossier)
                    .isEqualTo(derniere(instance.getProcessDefinitionKey()).getId());
        }
        assertThat(appele(seance, "avis-deliberation").getProcessDefinitionId())
                .isEqualTo(derniere("avis-deliberation").getId());
        for (long dossier : List.of(ratifiee, refusee)) {
            ProcessInstance decision = appele(dossier, "avis-deliberation");
            assertThat(decision).hasNotPassed("Task_PreparerDeliberation", "CallActivity_Notification")
                    .isWaitingAt("Task_AttendrePleniere");
            assertThat(parent(dossier)).isWaitingAt("CallActivity_Deliberation");
            assertThat(bean(Journal.class).duDossier(dossier)).filteredOn(e -> e.action().equals("MIGRATION"))
                    .extracting(Journal.Entree::utilisateur).containsExactly(CurrentUser.SYSTEME);
        }
        assertThat(bean(MigrationDecisionCommune.class).migrer().migrations()).as("nothing left to migrate").isEmpty();

        // each dossier carries on to its end
        statuerSurLaCompetence(competence);
        assertTermine(competence, Statut.CLOS, Decision.NON_COMPETENT);

        Job retrait = bean(Travaux.class).minuterie(pieces, "Event_RetraitPieces");
        ClockUtil.setCurrentTime(new Date(retrait.getDuedate().getTime() + 1000));
        bean(Travaux.class).executer(retrait);
        ClockUtil.reset();
        assertTermine(pieces, Statut.CLOS, Decision.RETIRE);

        declarerRecevable(recevabilite);
        analyser(recevabilite);
        analyser(analyse);
        SeanceView csef = seanceComplete(Chambre.CSEF);
        deliberer(csef, recevabilite, Decision.FAVORABLE);
        deliberer(csef, analyse, Decision.DEFAVORABLE);
        deliberer(csef, seance, Decision.FAVORABLE_AVEC_RECOMMANDATION);
        bean(SeanceService.class).cloturer(csef.id());
        for (long dossier : List.of(recevabilite, analyse, seance)) {
            assertThat(appele(dossier, "avis-deliberation")).hasPassed("CallActivity_Notification")
                    .isWaitingAt("Task_AttendrePleniere");
        }

        SeanceView pleniere = seanceComplete(Chambre.INSTANCE_PLENIERE);
        assertThat(bean(SeanceService.class).construireOrdreDuJour(pleniere.id()).ordreDuJour())
                .contains(recevabilite, analyse, seance, ratifiee, refusee);
        for (long avisCsef : List.of(recevabilite, analyse, seance)) {
            ratifier(pleniere, avisCsef, true);
        }
        ratifier(pleniere, ratifiee, true);
        ratifier(pleniere, refusee, false);
        bean(SeanceService.class).cloturer(pleniere.id());

        assertTermine(recevabilite, Statut.NOTIFIE, Decision.FAVORABLE);
        assertTermine(analyse, Statut.NOTIFIE, Decision.DEFAVORABLE);
        assertTermine(seance, Statut.NOTIFIE, Decision.FAVORABLE_AVEC_RECOMMANDATION);
        assertTermine(ratifiee, Statut.NOTIFIE, Decision.FAVORABLE);

        // the refused urgent measure is withdrawn and deliberated again by the Instance plénière itself
        ProcessInstance rouverte = appele(refusee, "avis-deliberation");
        assertThat(rouverte).hasPassed("Task_RetirerAvis").isWaitingAt("Task_AttendreSeance");
        assertThat(dossier(refusee).statut()).isEqualTo(Statut.PRET_POUR_SEANCE);
        assertThat(dossier(refusee).decision()).isNull();
        SeanceView seconde = seanceComplete(Chambre.INSTANCE_PLENIERE);
        bean(SeanceService.class).construireOrdreDuJour(seconde.id());
        deliberer(seconde, refusee, Decision.DEFAVORABLE);
        bean(SeanceService.class).cloturer(seconde.id());
        assertTermine(refusee, Statut.NOTIFIE, Decision.DEFAVORABLE);
    }

    // --- the previous release's wait for the plénière's ratification

    /**
     * An urgent measure of the Bureau as the previous release took it: its DeliberationSeance message carried
     * {@code urgence} = true, which the old type model read after notifying to wait for the ratification.
     */
    private long mesureUrgenteDeLAncienneRelease(ObjectNode demande) {
        long dossier = pretPourSeance(demande);
        bean(RuntimeService.class).setVariable(appele(dossier, "avis-deliberation").getId(), "urgence", true);
        bean(ProcedureUrgente.class).decider(dossier, new ProcedureUrgente.DecisionUrgente(Decision.FAVORABLE,
                "Avis conforme à l'analyse.", null, "Le SPW statue avant la prochaine séance.",
                // taken before the plénière's day: a plénière takes only the decisions taken by then
                DATE_SEANCE.minusDays(4),
                List.of("membre1", "membre3", "membre4"), 3, 0, 0, null, null, null));
        return dossier;
    }

    // --- driving the dossiers, through the application's services

    private void deployer(String nom, String dossier) {
        DeploymentBuilder deploiement = bean(RepositoryService.class).createDeployment().name(nom);
        TYPES.forEach(cle -> deploiement.addClasspathResource(dossier + cle + ".bpmn"));
        deploiement.addClasspathResource(dossier + "avis-deliberation.bpmn").deploy();
    }

    private ProcessDefinition derniere(String cle) {
        return bean(RepositoryService.class).createProcessDefinitionQuery().processDefinitionKey(cle).latestVersion()
                .singleResult();
    }

    private long enregistrer(ObjectNode demande) {
        try {
            return bean(DossierService.class).enregistrer(bean(ObjectMapper.class).treeToValue(demande,
                    NouveauDossier.class)).dossier().id();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private long pretPourSeance(ObjectNode demande) {
        long dossier = enregistrer(demande);
        declarerRecevable(dossier);
        analyser(dossier);
        return dossier;
    }

    private void declarerRecevable(long dossier) {
        Map<String, Object> champs = new HashMap<>();
        champs.put("complet", true);
        champs.put("piecesManquantes", null);
        terminer(dossier, "Task_VerifierRecevabilite", champs);
        bean(Travaux.class).executerEnAttente();
    }

    private void analyser(long dossier) {
        terminer(dossier, "Task_AnalyserDossier", Map.of("propositionAvis", "FAVORABLE", "motivation",
                "Analyse faite."));
    }

    private void statuerSurLaCompetence(long dossier) {
        ProcessEngine moteur = bean(ProcessEngine.class);
        moteur.getIdentityService().setAuthentication("coordinateur", List.of("coordination"),
                List.of(dossier(dossier).bassin()));
        try {
            Map<String, Object> champs = new HashMap<>();
            champs.put("confirmer", true);
            champs.put("motivation", null);
            terminer(dossier, "Task_ConfirmerCompetence", champs);
        } finally {
            moteur.getIdentityService().clearAuthentication();
        }
    }

    private void terminer(long dossier, String tache, Map<String, Object> champs) {
        TaskService taches = bean(TaskService.class);
        taches.complete(taches.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossier))
                .taskDefinitionKey(tache).singleResult().getId(), champs);
    }

    private SeanceView seanceComplete(Chambre chambre) {
        return bean(SeanceService.class).creer(new SeanceService.NouvelleSeance(chambre, DATE_SEANCE, "Liège",
                bean(Mandats.class).enCours(chambre, DATE_SEANCE).stream().map(Mandat::getMembre).toList()));
    }

    private void deliberer(SeanceView seance, long dossier, Decision decision) {
        SeanceService seances = bean(SeanceService.class);
        if (!seances.consulter(seance.id()).ordreDuJour().contains(dossier)) {
            seances.ajouter(seance.id(), dossier);
        }
        seances.deliberer(seance.id(), new SeanceService.Deliberation(dossier, decision, "Motivation de la séance.",
                decision == Decision.FAVORABLE_AVEC_RECOMMANDATION ? "Suivre l'insertion des stagiaires." : null,
                null, null, null, null, null, null));
    }

    private void ratifier(SeanceView pleniere, long dossier, boolean ratifiee) {
        bean(SeanceService.class).ratifier(pleniere.id(), new SeanceService.Ratification(dossier, ratifiee,
                ratifiee ? null : "Le Bureau ne pouvait statuer seul sur une interpellation.", null, null, null, null,
                null, null));
    }

    private void assertTermine(long dossier, Statut statut, Decision decision) {
        assertThat(parent(dossier)).as("dossier %d", dossier).isEnded();
        DossierView vue = dossier(dossier);
        assertThat(vue.statut()).as("dossier %d", dossier).isEqualTo(statut);
        assertThat(vue.decision()).as("dossier %d", dossier).isEqualTo(decision);
    }

    private DossierView dossier(long dossier) {
        return bean(DossierService.class).consulter(dossier);
    }

    /** The dossier's root instance (also once ended), the one of its type model. */
    private ProcessInstance parent(long dossier) {
        var historique = bean(ProcessEngine.class).getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(dossier)).superProcessInstanceId(null).list().stream()
                .filter(h -> TYPES.contains(h.getProcessDefinitionKey())).findFirst().orElseThrow();
        ProcessInstance enCours = bean(RuntimeService.class).createProcessInstanceQuery()
                .processInstanceId(historique.getId()).singleResult();
        return enCours != null ? enCours : new Termine(historique.getId(), historique.getProcessDefinitionId(),
                historique.getProcessDefinitionKey(), historique.getBusinessKey());
    }

    /** The running instance of {@code cle} the dossier's type model called. */
    private ProcessInstance appele(long dossier, String cle) {
        return bean(RuntimeService.class).createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(dossier))
                .processDefinitionKey(cle).singleResult();
    }

    private <T> T bean(Class<T> type) {
        return application.getBean(type);
    }

    /** An ended root instance, for the assertions. */
    private record Termine(String getId, String getProcessDefinitionId, String getProcessDefinitionKey,
            String getBusinessKey) implements ProcessInstance {

        @Override
        public String getProcessInstanceId() {
            return getId;
        }

        @Override
        public String getRootProcessInstanceId() {
            return getId;
        }

        @Override
        public String getCaseInstanceId() {
            return null;
        }

        @Override
        public String getTenantId() {
            return null;
        }

        @Override
        public boolean isSuspended() {
            return false;
        }

        @Override
        public boolean isEnded() {
            return true;
        }
    }
}
