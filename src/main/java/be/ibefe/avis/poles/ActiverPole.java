package be.ibefe.avis.poles;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The Instance approved the pôle: its term starts on the plénière's day and its timers are set. */
@Component
class ActiverPole implements JavaDelegate {

    private final CycleDesPoles cycle;

    ActiverPole(CycleDesPoles cycle) {
        this.cycle = cycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Pole pole = cycle.pole(execution);
        LocalDate debut = cycle.approuveLe(execution);
        pole.activer(debut, cycle.evaluation(debut, debut.plusMonths(pole.getDureeMois())));
        cycle.echeances(execution, pole);
    }
}
