package be.ibefe.avis.notification;

public enum NatureEnvoi {
    /** The avis (or the closing) to the applicant. */
    AVIS_DEMANDEUR,
    /** The avis to the administration that asked for it. */
    TRANSMISSION_ADMINISTRATION,
    /** The applicant is reminded of the missing pieces. */
    RAPPEL_PIECES,
    /** Whoever holds a task is reminded of its due date. */
    RAPPEL_ECHEANCE,
    /** A due date passed: the coordination is alerted. */
    ESCALADE
}
