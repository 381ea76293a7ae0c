package be.ibefe.avis.lifecycle;

import be.ibefe.avis.dossier.TransitionsDuDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The missing pieces arrived: the dossier goes back to the recevabilité check. */
@Component("enregistrerPiecesRecues")
class EnregistrerPiecesRecues implements JavaDelegate {

    private final TransitionsDuDossier transitions;

    EnregistrerPiecesRecues(TransitionsDuDossier transitions) {
        this.transitions = transitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        transitions.enregistrerPiecesRecues(ProcessDossier.dossierId(execution),
                ProcessDossier.texte(execution, "piecesRecues"));
    }
}
