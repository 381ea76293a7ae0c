package be.ibefe.avis.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.NouveauDossier;
import be.ibefe.avis.poles.AvisDOpportunite;
import be.ibefe.avis.poles.Poles;
import be.ibefe.avis.poles.PolesDeTest;
import be.ibefe.avis.seance.Mandat;
import be.ibefe.avis.seance.Mandats;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.seance.SeanceView;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process tests on the real engine, delegates and dossier store: register a request, then walk the shared call
 * activities (recevabilité, analyse, délibération) with camunda-bpm-assert.
 */
public abstract class ProcessTestSupport {

    @Autowired
    protected ProcessEngine processEngine;

    @Autowired
    protected DossierService dossiers;

    @Autowired
    protected ObjectMapper objectMapper;

    @Autowired
    protected SeanceService seances;

    @Autowired
    protected Mandats mandats;

    @Autowired
    protected Travaux travaux;

    @Autowired
    protected Poles poles;

    @Autowired
    protected AvisDOpportunite avisDOpportunite;

    protected static final LocalDate DATE_SEANCE = LocalDate.of(2024, 5, 28);

    protected long dossierId;

    @BeforeEach
    void initialiserAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void reinitialiserAssertions() {
        BpmnAwareTests.reset();
    }

    protected ProcessInstance enregistrer(ObjectNode demande) {
        try {
            dossierId = dossiers.enregistrer(objectMapper.treeToValue(demande, NouveauDossier.class)).dossier().id();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        HistoricProcessInstance racine = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(dossierId))
                .processDefinitionKey(AvisType.valueOf(demande.get("type").asText()).processKey()).singleResult();
        return new InstanceDeProcessus(racine);
    }

    /** The instance of {@code cle} that {@code parent} called, also when it has already ended. */
    protected ProcessInstance appeleTermine(ProcessInstance parent, String cle) {
        return new InstanceDeProcessus(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .superProcessInstanceId(parent.getId()).processDefinitionKey(cle).singleResult());
    }

    /** The dossier's root process instance, also when it ran to its end in the registering transaction. */
    private record InstanceDeProcessus(HistoricProcessInstance historique) implements ProcessInstance {

        @Override
        public String getId() {
            return historique.getId();
        }

        @Override
        public String getProcessInstanceId() {
            return historique.getId();
        }

        @Override
        public String getRootProcessInstanceId() {
            return historique.getRootProcessInstanceId();
        }

        @Override
        public String getProcessDefinitionId() {
            return historique.getProcessDefinitionId();
        }

        @Override
        public String getProcessDefinitionKey() {
            return historique.getProcessDefinitionKey();
        }

        @Override
        public String getBusinessKey() {
            return historique.getBusinessKey();
        }

        @Override
        public String getCaseInstanceId() {
            return historique.getCaseInstanceId();
        }

        @Override
        public String getTenantId() {
            return historique.getTenantId();
        }

        @Override
        public boolean isSuspended() {
            return false;
        }

        @Override
        public boolean isEnded() {
            return historique.getEndTime() != null;
        }
    }

    protected DossierView dossier() {
        return dossiers.consulter(dossierId);
    }

    /** The called instance of {@code cle} under {@code parent}, after checking the parent waits at the call. */
    protected static ProcessInstance appele(ProcessInstance parent, String callActivity, String cle) {
        assertThat(parent).isWaitingAt(callActivity);
        return calledProcessInstance(cle, parent);
    }

    /**
     * The coordination's decision on a NON_COMPETENT proposal, taken by {@code coordinateur} of the dossier's bassin
     * as through the API (the engine's guard checks him): confirmed, or set aside with a motivation.
     */
    protected void statuerSurLaCompetence(ProcessInstance parent, boolean confirmer, String motivation) {
        ProcessInstance competence = appele(parent, "CallActivity_Competence", "avis-competence");
        assertThat(competence).isWaitingAt("Task_ConfirmerCompetence");
        assertThat(task(competence)).hasCandidateGroup("coordination");
        Map<String, Object> champs = new HashMap<>();
        champs.put("confirmer", confirmer);
        champs.put("motivation", motivation);
        processEngine.getIdentityService().setAuthentication("coordinateur", List.of("coordination"),
                List.of(dossier().bassin()));
        try {
            processEngine.getTaskService().complete(task(competence).getId(), champs);
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
    }

    /** Completes the recevabilité; the evaluation of the criteria, asynchronous, runs right after. */
    protected void declarerRecevable(ProcessInstance parent) {
        ProcessInstance recevabilite = appele(parent, "CallActivity_Recevabilite", "avis-recevabilite");
        assertThat(recevabilite).isWaitingAt("Task_VerifierRecevabilite");
        complete(task(recevabilite), withVariables("complet", true, "piecesManquantes", null));
        travaux.executerEnAttente();
    }

    protected static void analyser(ProcessInstance parent, String proposition) {
        ProcessInstance analyse = appele(parent, "CallActivity_Analyse", "avis-analyse");
        assertThat(analyse).hasPassed("Task_EvaluerEligibilite").isWaitingAt("Task_AnalyserDossier");
        complete(task(analyse), withVariables("propositionAvis", proposition, "motivation", "Analyse faite."));
    }

    /** A request received, found complete and analysed (proposition FAVORABLE): ready for its decision. */
    protected ProcessInstance pretPourSeance(ObjectNode demande) {
        ProcessInstance instance = enregistrer(demande);
        declarerRecevable(instance);
        analyser(instance, "FAVORABLE");
        return instance;
    }

    protected static ProcessInstance deliberation(ProcessInstance parent) {
        return appele(parent, "CallActivity_Deliberation", "avis-deliberation");
    }

    /** A séance of the dossier's chambre, with every member present, decides on it and is closed. */
    protected void deciderEnSeance(ProcessInstance deliberation, Decision decision) {
        assertThat(deliberation).isWaitingAt("Task_AttendreSeance");
        if (dossier().chambre() == null) {
            avisDuPole(decision);
            return;
        }
        SeanceView seance = seanceComplete(dossier().chambre());
        seances.ajouter(seance.id(), dossierId);
        seances.deliberer(seance.id(), new SeanceService.Deliberation(dossierId, decision, "Motivation de la séance.",
                null, null, null, null, null, null, null));
        seances.cloturer(seance.id());
    }

    /**
     * A dossier that waits for the avis of a pôle de synergies (no chambre): an active pôle of Liège gives it by
     * consensus in its meeting, a week before the séances of {@link #DATE_SEANCE}, and the coordination records it.
     */
    protected PolesDeTest.PoleReuni avisDuPole(Decision decision) {
        PolesDeTest.PoleReuni pole = new PolesDeTest(poles, seances, mandats).reuni(DATE_SEANCE.minusWeeks(1));
        avisDOpportunite.rendre(dossierId, new AvisDOpportunite.AvisDuPoleSaisi(pole.reunionId(), decision,
                "Motivation du pôle.", null));
        return pole;
    }

    /**
     * The next Instance plénière, every member present, has the dossier's avis on its agenda (for validation or
     * ratification) and confirms it: the avis is validated (or ratified) at its closure.
     */
    protected void pleniereSansObjection() {
        decisionPleniere(true, null);
    }

    /**
     * The next Instance plénière, every member present, decides on the dossier's avis as a point of its agenda and is
     * closed, which sends the process its decision (message DecisionPleniere): confirmed, or refused for
     * {@code motif}.
     */
    protected void decisionPleniere(boolean confirme, String motif) {
        SeanceView pleniere = seanceComplete(Chambre.INSTANCE_PLENIERE);
        org.assertj.core.api.Assertions.assertThat(seances.construireOrdreDuJour(pleniere.id()).ordreDuJour())
                .contains(dossierId);
        seances.ratifier(pleniere.id(), new SeanceService.Ratification(dossierId, confirme, motif, null, null, null,
                null, null, null));
        seances.cloturer(pleniere.id());
    }

    protected SeanceView seanceComplete(Chambre chambre) {
        return seances.creer(new SeanceService.NouvelleSeance(chambre, DATE_SEANCE, "Liège",
                mandats.enCours(chambre, DATE_SEANCE).stream().map(Mandat::getMembre).toList()));
    }
}
