package be.ibefe.avis.poles;

import be.ibefe.avis.system.AvecLibelle;

/** How a pôle came to be: proposed to the Instance (seed 004 l.24) or converted from a working group by the Bureau (seed 000 l.450). */
public enum OriginePole implements AvecLibelle {
    INSTANCE("Proposition à l'Instance"), GROUPE_DE_TRAVAIL("Conversion d'un groupe de travail par le Bureau");

    private final String libelle;

    OriginePole(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
