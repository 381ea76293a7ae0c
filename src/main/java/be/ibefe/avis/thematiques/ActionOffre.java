package be.ibefe.avis.thematiques;

/** What the thématiques communes ask of the training offer for a métier. */
public enum ActionOffre {
    CREER("Créer"), MAINTENIR("Maintenir"), ADAPTER("Adapter");

    private final String libelle;

    ActionOffre(String libelle) {
        this.libelle = libelle;
    }

    /** « Créer », « Maintenir », « Adapter » l'offre. */
    public String libelle() {
        return libelle;
    }
}
