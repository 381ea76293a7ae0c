package be.ibefe.avis.lifecycle;

import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The analysis is done: the proposed avis is recorded and the dossier is ready for a séance. */
@Component("proposerAvis")
class ProposerAvis implements JavaDelegate {

    private final TransitionsDuDossier transitions;

    ProposerAvis(TransitionsDuDossier transitions) {
        this.transitions = transitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        transitions.proposerAvis(ProcessDossier.dossierId(execution),
                Decision.valueOf(ProcessDossier.texte(execution, "propositionAvis")),
                ProcessDossier.texte(execution, "motivation"));
    }
}
