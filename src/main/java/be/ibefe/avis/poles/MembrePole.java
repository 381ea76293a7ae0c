package be.ibefe.avis.poles;

import be.ibefe.avis.bassin.LigneDuBassin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A member of a pôle: an organisation of one of the three categories, located in the bassin ({@code commune}), its
 * representative, from {@code debut} to {@code fin} (none: still a member). A pôle's members are designated by the
 * Instance (seed 004 l.24): {@code statut} says whether its plénière approved this one; a working group's members
 * need no approval. {@code bassin} is the pôle's.
 */
@Entity
@Table(name = "pole_membre")
public class MembrePole extends LigneDuBassin {

    @Column(name = "pole_id")
    private long poleId;

    private String organisation;

    private String representant;

    @Enumerated(EnumType.STRING)
    private CategorieMembre categorie;

    private String commune;

    private LocalDate debut;

    private LocalDate fin;

    @Enumerated(EnumType.STRING)
    private StatutApprobation statut;

    protected MembrePole() {
    }

    MembrePole(Pole pole, String organisation, String representant, CategorieMembre categorie, String commune,
            LocalDate debut) {
        super(pole.getBassin());
        this.poleId = pole.getId();
        this.organisation = organisation;
        this.representant = representant;
        this.categorie = categorie;
        this.commune = commune;
        this.debut = debut;
        this.statut = pole.getNature() == NaturePole.POLE ? StatutApprobation.A_APPROUVER : StatutApprobation.APPROUVE;
    }

    /** The pôle ended before the Instance decided on it. */
    void sansObjet() {
        if (statut == StatutApprobation.A_APPROUVER) {
            statut = StatutApprobation.SANS_OBJET;
        }
    }

    void decider(boolean approuve) {
        statut = approuve ? StatutApprobation.APPROUVE : StatutApprobation.REFUSE;
    }

    void terminer(LocalDate le) {
        fin = le;
    }

    /** An approved member whose membership covers that day. */
    boolean membreLe(LocalDate jour) {
        return statut == StatutApprobation.APPROUVE && !debut.isAfter(jour) && (fin == null || !fin.isBefore(jour));
    }

    public long getPoleId() {
        return poleId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRepresentant() {
        return representant;
    }

    public CategorieMembre getCategorie() {
        return categorie;
    }

    public String getCommune() {
        return commune;
    }

    public LocalDate getDebut() {
        return debut;
    }

    public LocalDate getFin() {
        return fin;
    }

    public StatutApprobation getStatut() {
        return statut;
    }
}
