package be.ibefe.avis.seance;

/** A séance's procès-verbal: provisional until a later séance of the same body approves it. */
public enum StatutProcesVerbal {
    PROVISOIRE, APPROUVE
}
