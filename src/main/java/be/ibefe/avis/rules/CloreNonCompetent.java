package be.ibefe.avis.rules;

import be.ibefe.avis.dossier.TransitionsDuDossier;
import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs right after the coordination confirmed the NON_COMPETENT proposal, in the same transaction: the decision is
 * recorded in the name of the person who completed the task.
 */
@Component("cloreNonCompetent")
class CloreNonCompetent implements JavaDelegate {

    private final TransitionsDuDossier transitions;

    CloreNonCompetent(TransitionsDuDossier transitions) {
        this.transitions = transitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        transitions.declarerNonCompetent(ProcessDossier.dossierId(execution));
    }
}
