package be.ibefe.avis.poles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The evaluation date came: the pôle is under evaluation until its conclusions or its term; the task « Évaluer le
 * pôle » that follows is due by {@code echeanceEvaluation}.
 */
@Component
class OuvrirEvaluationPole implements JavaDelegate {

    private final CycleDesPoles cycle;

    OuvrirEvaluationPole(CycleDesPoles cycle) {
        this.cycle = cycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Pole pole = cycle.pole(execution);
        pole.ouvrirEvaluation();
        execution.setVariable("echeanceEvaluation", cycle.echeanceEvaluation(pole));
    }
}
