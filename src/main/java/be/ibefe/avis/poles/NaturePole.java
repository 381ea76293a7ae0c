package be.ibefe.avis.poles;

import be.ibefe.avis.system.AvecLibelle;

/**
 * A pôle de synergies (created for at most three years by the Instance, seed 004 l.24, 35) or a working group, which
 * the Bureau may convert into a pôle (seed 000 l.450, 510).
 */
public enum NaturePole implements AvecLibelle {
    POLE("Pôle de synergies"), GROUPE_DE_TRAVAIL("Groupe de travail");

    private final String libelle;

    NaturePole(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
