package be.ibefe.avis.thematiques;

import be.ibefe.avis.system.AvecLibelle;

/** Where the year's thématiques communes stand: proposed by the working group, on a plénière's agenda, decided. */
public enum StatutThematiques implements AvecLibelle {
    PROPOSEES("Proposées par le groupe de travail"),
    INSCRITES("Inscrites à l'ordre du jour de la plénière"),
    VALIDEES("Validées par l'Instance plénière"),
    REFUSEES("Validation refusée par l'Instance plénière");

    private final String libelle;

    StatutThematiques(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
