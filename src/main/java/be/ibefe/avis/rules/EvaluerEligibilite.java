package be.ibefe.avis.rules;

import be.ibefe.avis.lifecycle.ProcessDossier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("evaluerEligibilite")
class EvaluerEligibilite implements JavaDelegate {

    private final EligibilityService eligibilite;

    EvaluerEligibilite(EligibilityService eligibilite) {
        this.eligibilite = eligibilite;
    }

    @Override
    public void execute(DelegateExecution execution) {
        eligibilite.evaluerEtEnregistrer(ProcessDossier.dossierId(execution));
    }
}
