package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A seat in a chambre for a period: who ({@code membre} is the login when the member has an account), in which
 * quality, with or without a deliberative vote, and for which organisation (déports are judged against it).
 */
@Entity
@Table(name = "mandat")
public class Mandat {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mandat_seq")
    @SequenceGenerator(name = "mandat_seq", sequenceName = "mandat_seq", allocationSize = 50)
    private Long id;

    private String membre;

    private String nom;

    @Enumerated(EnumType.STRING)
    private Chambre chambre;

    private String qualite;

    @Column(name = "voix_deliberative")
    private boolean voixDeliberative;

    private String organisation;

    @Column(name = "organisation_bce")
    private String organisationBce;

    /** The bassin whose chambre the member sits in. */
    private String bassin;

    private LocalDate debut;

    private LocalDate fin;

    protected Mandat() {
    }

    public Mandat(String bassin, String membre, String nom, Chambre chambre, String qualite, boolean voixDeliberative,
            String organisation, String organisationBce, LocalDate debut, LocalDate fin) {
        this.bassin = bassin;
        this.membre = membre;
        this.nom = nom;
        this.chambre = chambre;
        this.qualite = qualite;
        this.voixDeliberative = voixDeliberative;
        this.organisation = organisation;
        this.organisationBce = organisationBce;
        this.debut = debut;
        this.fin = fin;
    }

    public boolean enCoursLe(LocalDate date) {
        return !debut.isAfter(date) && (fin == null || !fin.isBefore(date));
    }

    void terminer(LocalDate date) {
        fin = date;
    }

    public Long getId() {
        return id;
    }

    public String getMembre() {
        return membre;
    }

    public String getNom() {
        return nom;
    }

    public Chambre getChambre() {
        return chambre;
    }

    public String getQualite() {
        return qualite;
    }

    public boolean isVoixDeliberative() {
        return voixDeliberative;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getOrganisationBce() {
        return organisationBce;
    }

    public LocalDate getDebut() {
        return debut;
    }

    public LocalDate getFin() {
        return fin;
    }

    public String getBassin() {
        return bassin;
    }
}
