package be.ibefe.avis.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.notification.EnvoiRepository;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.ProcessTestSupport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/avis-competence.bpmn, called by the ALE and CISP models: every branch of Gateway_Competent and
 * Gateway_Confirme. The rule only proposes; a person of the coordination decides, and no letter leaves before.
 */
@AvisIntegrationTest
class CompetenceProcessIT extends ProcessTestSupport {

    @Autowired
    EnvoiRepository envois;

    /** Per type: a request the CSEF examines, one outside its remit, and what the proposal says. */
    static Stream<Arguments> types() {
        return Stream.of(
                Arguments.of(Named.of("ALE", Demandes.aleHorsPortefeuille()), Demandes.aleForem(),
                        "Formation agréée d'office"),
                Arguments.of(Named.of("CISP", Demandes.cispNouvelleFiliere()), Demandes.cispRenouvellement(),
                        "Commission CISP du CESEW"));
    }

    @ParameterizedTest
    @MethodSource("types")
    void a_request_within_the_csef_remit_goes_on_with_no_task_for_the_coordination(ObjectNode competente,
            ObjectNode horsCompetence, String raison) {
        ProcessInstance instance = enregistrer(competente);

        ProcessInstance competence = appeleTermine(instance, "avis-competence");
        assertThat(competence).hasPassed("Task_VerifierCompetence", "EndEvent_Competent")
                .hasNotPassed("Task_ConfirmerCompetence").isEnded();
        assertThat(instance).isWaitingAt("CallActivity_Recevabilite");
        assertThat(dossier().proposition()).isNull();
    }

    @ParameterizedTest
    @MethodSource("types")
    void outside_its_remit_the_rule_only_proposes_and_the_coordinator_who_confirms_decides(ObjectNode competente,
            ObjectNode horsCompetence, String raison) {
        ProcessInstance instance = enregistrer(horsCompetence);

        DossierView propose = dossier();
        assertThat(propose.statut()).isEqualTo(Statut.RECU);
        assertThat(propose.decision()).isNull();
        assertThat(propose.proposition().propositionAvis()).isEqualTo(Decision.NON_COMPETENT);
        assertThat(propose.proposition().motivation()).contains(raison);
        assertThat(propose.proposition().par()).isEqualTo(CurrentUser.SYSTEME);
        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(dossierId)).isEmpty();

        statuerSurLaCompetence(instance, true, null);

        ProcessInstance competence = appeleTermine(instance, "avis-competence");
        assertThat(competence).hasPassed("Task_ConfirmerCompetence", "Task_CloreNonCompetent",
                "EndEvent_NonCompetent").hasNotPassed("Task_EcarterProposition").isEnded();
        assertThat(instance).hasPassed("CallActivity_Deliberation").hasNotPassed("CallActivity_Recevabilite")
                .isEnded();
        assertThat(appeleTermine(instance, "avis-deliberation")).hasPassed("CallActivity_Notification")
                .hasNotPassed("Task_AttendreSeance").isEnded();
        DossierView clos = dossier();
        assertThat(clos.statut()).isEqualTo(Statut.CLOS);
        assertThat(clos.decision()).isEqualTo(Decision.NON_COMPETENT);
        assertThat(clos.deliberation().par()).isEqualTo("coordinateur");
        assertThat(clos.deliberation().motivation()).contains(raison);
        travaux.executerEnAttente();
        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(dossierId)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void a_proposal_set_aside_with_a_motivation_sends_the_dossier_to_the_recevabilite(ObjectNode competente,
            ObjectNode horsCompetence, String raison) {
        ProcessInstance instance = enregistrer(horsCompetence);

        statuerSurLaCompetence(instance, false, "La convention avec l'opérateur a pris fin : la CSEF examinera.");

        ProcessInstance competence = appeleTermine(instance, "avis-competence");
        assertThat(competence).hasPassed("Task_ConfirmerCompetence", "Task_EcarterProposition", "EndEvent_Competent")
                .hasNotPassed("Task_CloreNonCompetent").isEnded();
        assertThat(instance).isWaitingAt("CallActivity_Recevabilite");
        DossierView poursuivi = dossier();
        assertThat(poursuivi.statut()).isEqualTo(Statut.RECU);
        assertThat(poursuivi.decision()).isNull();
        assertThat(poursuivi.proposition()).isNull();
        assertThat(poursuivi.historique()).anySatisfy(h -> {
            assertThat(h.utilisateur()).isEqualTo("coordinateur");
            assertThat(h.evenement()).contains("écartée").contains("La convention avec l'opérateur a pris fin");
        });
        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(dossierId)).isEmpty();

        declarerRecevable(instance);
        assertThat(dossier().statut()).isEqualTo(Statut.EN_ANALYSE);
    }
}
