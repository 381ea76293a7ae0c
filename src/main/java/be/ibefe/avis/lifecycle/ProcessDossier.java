package be.ibefe.avis.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The process instance of a dossier carries the dossier id as business key. */
public final class ProcessDossier {

    private ProcessDossier() {
    }

    public static long dossierId(DelegateExecution execution) {
        return Long.parseLong(execution.getProcessBusinessKey());
    }

    public static String texte(DelegateExecution execution, String variable) {
        Object valeur = execution.getVariable(variable);
        return valeur == null ? null : valeur.toString();
    }
}
