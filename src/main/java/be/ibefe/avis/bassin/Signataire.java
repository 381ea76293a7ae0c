package be.ibefe.avis.bassin;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * Someone who signs for a body of the bassin (the présidente of the chambre, the président of the Instance, the
 * coordinatrice), from {@code debut} to {@code fin} (both included, either open): an interim president signs while
 * the president is on leave.
 */
@Embeddable
public class Signataire {

    @Enumerated(EnumType.STRING)
    private Organe organe;

    private String nom;

    private String fonction;

    private LocalDate debut;

    private LocalDate fin;

    protected Signataire() {
    }

    Signataire(Organe organe, String nom, String fonction, LocalDate debut, LocalDate fin) {
        this.organe = organe;
        this.nom = nom;
        this.fonction = fonction;
        this.debut = debut;
        this.fin = fin;
    }

    boolean enFonctionLe(LocalDate jour) {
        return (debut == null || !debut.isAfter(jour)) && (fin == null || !fin.isBefore(jour));
    }

    public Organe getOrgane() {
        return organe;
    }

    public String getNom() {
        return nom;
    }

    public String getFonction() {
        return fonction;
    }

    public LocalDate getDebut() {
        return debut;
    }

    public LocalDate getFin() {
        return fin;
    }
}
