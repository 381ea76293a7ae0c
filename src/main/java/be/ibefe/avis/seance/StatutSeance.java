package be.ibefe.avis.seance;

public enum StatutSeance {
    PLANIFIEE, CLOTUREE
}
