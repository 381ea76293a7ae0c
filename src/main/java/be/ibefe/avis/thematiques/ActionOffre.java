package be.ibefe.avis.thematiques;

/** What the thématiques communes ask of the training offer for a métier. */
public enum ActionOffre {
    CREER, MAINTENIR, ADAPTER
}
