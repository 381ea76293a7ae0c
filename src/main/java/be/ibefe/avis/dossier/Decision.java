package be.ibefe.avis.dossier;

import be.ibefe.avis.system.AvecLibelle;

/** Outcome of a deliberation, or of the competence check. */
public enum Decision implements AvecLibelle {
    FAVORABLE("Favorable"),
    FAVORABLE_AVEC_RECOMMANDATION("Favorable avec recommandation"),
    DEFAVORABLE("Défavorable"),
    NON_COMPETENT("CSEF non compétente"),
    AJOURNE("Ajourné"),
    RETIRE("Retiré");

    private final String libelle;

    Decision(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
