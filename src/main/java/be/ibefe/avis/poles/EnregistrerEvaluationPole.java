package be.ibefe.avis.poles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The task « Évaluer le pôle » was completed (from the task list, the task API or POST /api/poles/{id}/evaluation,
 * which completes it): its conclusions and its proposal ({@code renouveler}) are recorded on the pôle by the same
 * service as the API, which refuses them whole if they are not valid.
 */
@Component
class EnregistrerEvaluationPole implements JavaDelegate {

    private final CycleDesPoles cycle;
    private final Poles poles;

    EnregistrerEvaluationPole(CycleDesPoles cycle, Poles poles) {
        this.cycle = cycle;
        this.poles = poles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object renouveler = execution.getVariable("renouveler");
        Object conclusions = execution.getVariable("conclusions");
        poles.enregistrerEvaluation(cycle.pole(execution), renouveler instanceof Boolean b ? b : null,
                conclusions instanceof String texte ? texte : null);
    }
}
