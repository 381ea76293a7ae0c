package be.ibefe.avis.poles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the pôle for the reason its task names (input parameter {@code motif}: a {@link MotifCloture}). */
@Component
class ClorePole implements JavaDelegate {

    private final CycleDesPoles cycle;

    ClorePole(CycleDesPoles cycle) {
        this.cycle = cycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Pole pole = cycle.pole(execution);
        pole.clore(MotifCloture.valueOf((String) execution.getVariableLocal("motif")), cycle.aujourdhui());
        cycle.terminer(pole);
    }
}
