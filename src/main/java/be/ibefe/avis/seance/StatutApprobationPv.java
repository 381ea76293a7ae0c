package be.ibefe.avis.seance;

import be.ibefe.avis.system.AvecLibelle;

/**
 * What a séance did with the procès-verbal of an earlier séance of its body. {@code A_EXAMINER} is never stored: it is
 * the approval point of an open séance that has not dealt with it yet.
 */
public enum StatutApprobationPv implements AvecLibelle {
    A_EXAMINER("À examiner"),
    APPROUVE("Procès-verbal approuvé"),
    REPORTE("Approbation reportée"),
    NON_EXAMINE("Point non examiné en séance");

    private final String libelle;

    StatutApprobationPv(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
