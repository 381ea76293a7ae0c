package be.ibefe.avis.rules;

import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets {@code competent} for the gateway of avis-competence; when the chambre is not competent, the dossier carries
 * the rule's NON_COMPETENT proposal, which a person of the coordination then confirms or sets aside.
 */
@Component("verifierCompetence")
class VerifierCompetence implements JavaDelegate {

    static final String VARIABLE = "competent";

    private final EligibilityService eligibilite;

    VerifierCompetence(EligibilityService eligibilite) {
        this.eligibilite = eligibilite;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VARIABLE, eligibilite.verifierCompetence(ProcessDossier.dossierId(execution)));
    }
}
