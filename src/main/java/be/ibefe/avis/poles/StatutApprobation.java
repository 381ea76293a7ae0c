package be.ibefe.avis.poles;

import be.ibefe.avis.system.AvecLibelle;

/**
 * Where something the Instance must approve stands (a pôle's member, a fiche projet, the approval itself); what was
 * still waiting when the pôle ended (refused, closed) is without object.
 */
public enum StatutApprobation implements AvecLibelle {
    A_APPROUVER("À approuver par l'Instance"), APPROUVE("Approuvé par l'Instance"), REFUSE("Refusé par l'Instance"),
    SANS_OBJET("Sans objet : le pôle a pris fin avant la décision");

    private final String libelle;

    StatutApprobation(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
