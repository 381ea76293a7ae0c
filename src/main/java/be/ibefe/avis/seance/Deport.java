package be.ibefe.avis.seance;

import jakarta.persistence.Embeddable;

/** A member who stepped out for one dossier, and why. */
@Embeddable
public class Deport {

    private String membre;

    private String raison;

    protected Deport() {
    }

    Deport(String membre, String raison) {
        this.membre = membre;
        this.raison = raison;
    }

    public String getMembre() {
        return membre;
    }

    public String getRaison() {
        return raison;
    }
}
