package be.ibefe.avis.seance;

import be.ibefe.avis.system.AvecLibelle;

public enum StatutPoint implements AvecLibelle {
    /** Waiting for the next séance of its chambre. */
    A_INSCRIRE("À inscrire"),
    INSCRIT("Inscrit"),
    DELIBERE("Délibéré"),
    AJOURNE("Ajourné"),
    /** The séance closed without examining it: no decision, the dossier waits for the next séance. */
    NON_EXAMINE("Non examiné"),
    RATIFIE("Ratifié"),
    NON_RATIFIE("Non ratifié"),
    VALIDE("Validé"),
    NON_VALIDE("Non validé"),
    PRIS_ACTE("Pris acte"),
    /** A subject that is no dossier's, approved or refused by the Instance plénière. */
    APPROUVE("Approuvé"),
    REFUSE("Refusé");

    private final String libelle;

    StatutPoint(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** The Instance plénière refused to ratify or validate: the avis is withdrawn. */
    public boolean refusParLaPleniere() {
        return this == NON_RATIFIE || this == NON_VALIDE;
    }
}
