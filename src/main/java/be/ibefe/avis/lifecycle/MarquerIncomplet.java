package be.ibefe.avis.lifecycle;

import be.ibefe.avis.dossier.TransitionsDuDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Recevabilité said no: the dossier waits for the pieces named in {@code piecesManquantes}. */
@Component("marquerIncomplet")
class MarquerIncomplet implements JavaDelegate {

    private final TransitionsDuDossier transitions;

    MarquerIncomplet(TransitionsDuDossier transitions) {
        this.transitions = transitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        transitions.marquerIncomplet(ProcessDossier.dossierId(execution),
                ProcessDossier.texte(execution, "piecesManquantes"));
    }
}
