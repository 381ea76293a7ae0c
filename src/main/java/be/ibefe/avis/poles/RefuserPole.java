package be.ibefe.avis.poles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The Instance refused the pôle's creation. */
@Component
class RefuserPole implements JavaDelegate {

    private final CycleDesPoles cycle;

    RefuserPole(CycleDesPoles cycle) {
        this.cycle = cycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Pole pole = cycle.pole(execution);
        pole.refuser(cycle.aujourdhui());
        cycle.terminer(pole);
    }
}
