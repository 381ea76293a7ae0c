package be.ibefe.avis.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The process instance of a dossier carries the dossier id as business key. */
public final class ProcessDossier {

    /** Set by the request of the missing pieces: the day they are awaited by (ISO), which the timers follow. */
    public static final String PIECES_ATTENDUES_LE = "piecesAttenduesLe";

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
