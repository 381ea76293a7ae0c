package be.ibefe.avis.thematiques;

import be.ibefe.avis.system.AvecLibelle;

/** What the thématiques communes ask of the training offer for a métier. */
public enum ActionOffre implements AvecLibelle {
    CREER("Créer l'offre"), MAINTENIR("Maintenir l'offre"), ADAPTER("Adapter l'offre");

    private final String libelle;

    ActionOffre(String libelle) {
        this.libelle = libelle;
    }

    /** « Créer l'offre », « Maintenir l'offre », « Adapter l'offre ». */
    @Override
    public String libelle() {
        return libelle;
    }
}
