package be.ibefe.avis.lifecycle;

import be.ibefe.avis.dossier.TransitionsDuDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The missing pieces never came by the day the request named: the request is withdrawn d'office, by the system
 * ({@code retire} tells the parent process).
 */
@Component("retirerDossier")
class RetirerDossier implements JavaDelegate {

    private final TransitionsDuDossier transitions;
    private final Echeances echeances;

    RetirerDossier(TransitionsDuDossier transitions, Echeances echeances) {
        this.transitions = transitions;
        this.echeances = echeances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        transitions.retirer(ProcessDossier.dossierId(execution),
                "pièces manquantes attendues %s et non reçues".formatted(echeances.delaiPieces(
                        ProcessDossier.texte(execution, ProcessDossier.PIECES_ATTENDUES_LE))));
        execution.setVariable("retire", true);
    }
}
