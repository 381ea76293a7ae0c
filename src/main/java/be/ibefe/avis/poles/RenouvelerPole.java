package be.ibefe.avis.poles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The Instance approved the renewal: a new term follows the previous one, with its own evaluation. */
@Component
class RenouvelerPole implements JavaDelegate {

    private final CycleDesPoles cycle;

    RenouvelerPole(CycleDesPoles cycle) {
        this.cycle = cycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Pole pole = cycle.pole(execution);
        pole.renouveler(cycle.evaluation(pole.getFin(), pole.getFin().plusMonths(pole.getDureeMois())));
        cycle.echeances(execution, pole);
    }
}
