package be.ibefe.avis.rules;

import be.ibefe.avis.dossier.TransitionsDuDossier;
import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The coordination set the NON_COMPETENT proposal aside, with the {@code motivation} of its form: the history keeps
 * who and why, and the dossier goes on to the recevabilité as a competent one.
 */
@Component("ecarterNonCompetent")
class EcarterNonCompetent implements JavaDelegate {

    private final TransitionsDuDossier transitions;

    EcarterNonCompetent(TransitionsDuDossier transitions) {
        this.transitions = transitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        transitions.ecarterNonCompetent(ProcessDossier.dossierId(execution), ProcessDossier.texte(execution, "motivation"));
        execution.setVariable(VerifierCompetence.VARIABLE, true);
    }
}
