package be.ibefe.avis.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.ChambresDesModeles;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each type's model, from reception to the end of the shared decision, with the chambre its model names
 * ({@link ChambreDesTypesTest} holds the models to the domain): a CSEF avis is validated and
 * a Bureau decision ratified by the Instance plénière; the plénière's own decision ends once notified.
 */
@AvisIntegrationTest
class AvisTypesProcessIT extends ProcessTestSupport {

    @ParameterizedTest
    @MethodSource("be.ibefe.avis.support.Demandes#types")
    void a_realistic_request_goes_through_every_shared_step_to_notification(AvisType type) {
        ProcessInstance instance = enregistrer(Demandes.pour(type));
        assertThat(instance).isActive();
        assertThat(instance.getProcessDefinitionId()).startsWith(type.processKey() + ":");

        declarerRecevable(instance);
        assertThat(dossier().statut()).isEqualTo(Statut.EN_ANALYSE);
        assertThat(dossier().eligibilite()).noneMatch(c -> c.resultat() == ResultatCritere.KO);

        analyser(instance, "FAVORABLE");
        assertThat(dossier().statut()).isEqualTo(Statut.PRET_POUR_SEANCE);

        ProcessInstance deliberation = deliberation(instance);
        assertThat(deliberation).variables().containsEntry("chambre", ChambresDesModeles.chambre(type));
        deciderEnSeance(deliberation, Decision.FAVORABLE);
        assertThat(deliberation).hasPassed("CallActivity_Notification");
        assertThat(dossier().statut()).isEqualTo(Statut.NOTIFIE);
        if (type == AvisType.INTERPELLATION) {
            assertThat(deliberation).hasNotPassed("Task_AttendrePleniere").isEnded();
        } else {
            assertThat(deliberation).isWaitingAt("Task_AttendrePleniere");
            pleniereSansObjection();
            assertThat(deliberation).hasPassed("EndEvent_AvisConfirme").isEnded();
        }

        assertThat(instance).hasPassed("CallActivity_Recevabilite", "CallActivity_Analyse",
                "CallActivity_Deliberation", "EndEvent_AvisNotifie").isEnded();
        assertThat(dossier().statut()).isEqualTo(Statut.NOTIFIE);
        assertThat(dossier().decision()).isEqualTo(Decision.FAVORABLE);
    }
}
