package be.ibefe.avis.seance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member convened to a séance (from his mandate of the day): present, excused, or absent without excuse. */
@Embeddable
public class Presence {

    private String membre;

    private String nom;

    private String qualite;

    @Column(name = "voix_deliberative")
    private boolean voixDeliberative;

    private boolean present;

    private boolean excuse;

    protected Presence() {
    }

    Presence(Mandat mandat, boolean present, boolean excuse) {
        this.membre = mandat.getMembre();
        this.nom = mandat.getNom();
        this.qualite = mandat.getQualite();
        this.voixDeliberative = mandat.isVoixDeliberative();
        this.present = present;
        this.excuse = excuse;
    }

    void marquer(boolean estPresent, boolean estExcuse) {
        present = estPresent;
        excuse = estExcuse;
    }

    public String getMembre() {
        return membre;
    }

    public String getNom() {
        return nom;
    }

    public String getQualite() {
        return qualite;
    }

    public boolean isVoixDeliberative() {
        return voixDeliberative;
    }

    public boolean isPresent() {
        return present;
    }

    public boolean isExcuse() {
        return excuse;
    }
}
