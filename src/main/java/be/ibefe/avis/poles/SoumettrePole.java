package be.ibefe.avis.poles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Submits the pôle's creation (a proposed pôle) or its renewal (after its evaluation) to the Instance plénière. */
@Component
class SoumettrePole implements JavaDelegate {

    private final CycleDesPoles cycle;

    SoumettrePole(CycleDesPoles cycle) {
        this.cycle = cycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Pole pole = cycle.pole(execution);
        cycle.soumettre(pole, pole.getStatut() == StatutPole.RENOUVELLEMENT ? ObjetApprobation.RENOUVELLEMENT
                : ObjetApprobation.CREATION);
    }
}
