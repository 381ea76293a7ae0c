package be.ibefe.avis.calendrier;

import be.ibefe.avis.bassin.LigneDuBassin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A recurring milestone of a bassin: from a day of the year (to another, for a window such as a call's), every
 * {@code periodicite} years counted from {@code anneeReference}; the coordination is reminded {@code rappelJours}
 * days before it starts.
 */
@Entity
@Table(name = "jalon_calendrier")
public class Jalon extends LigneDuBassin {

    private String code;

    private String libelle;

    @Column(name = "mois_debut")
    private int moisDebut;

    @Column(name = "jour_debut")
    private int jourDebut;

    @Column(name = "mois_fin")
    private Integer moisFin;

    @Column(name = "jour_fin")
    private Integer jourFin;

    private int periodicite;

    @Column(name = "annee_reference")
    private int anneeReference;

    @Column(name = "rappel_jours")
    private int rappelJours;

    protected Jalon() {
    }

    Jalon(String bassin, JalonsParDefaut.Defaut d) {
        super(bassin);
        this.code = d.code();
        modifier(d.libelle(), d.moisDebut(), d.jourDebut(), d.moisFin(), d.jourFin(), d.periodicite(),
                d.anneeReference(), d.rappelJours());
    }

    void modifier(String nouveauLibelle, int mDebut, int jDebut, Integer mFin, Integer jFin, int tousLes,
            int reference, int rappel) {
        libelle = nouveauLibelle;
        moisDebut = mDebut;
        jourDebut = jDebut;
        moisFin = mFin;
        jourFin = jFin;
        periodicite = tousLes;
        anneeReference = reference;
        rappelJours = rappel;
    }

    /** The milestone's occurrence in a year, if it falls that year; a 29 February is the 28th in other years. */
    Optional<Occurrence> en(int annee) {
        if (Math.floorMod(annee - anneeReference, periodicite) != 0) {
            return Optional.empty();
        }
        LocalDate debut = jour(annee, moisDebut, jourDebut);
        LocalDate fin = moisFin == null ? debut : jour(annee, moisFin, jourFin);
        return Optional.of(new Occurrence(this, debut, fin.isBefore(debut) ? debut : fin));
    }

    private static LocalDate jour(int annee, int mois, int jour) {
        YearMonth ym = YearMonth.of(annee, mois);
        return ym.atDay(Math.min(jour, ym.lengthOfMonth()));
    }

    record Occurrence(Jalon jalon, LocalDate debut, LocalDate fin) {
    }

    public String getCode() {
        return code;
    }

    public String getLibelle() {
        return libelle;
    }

    public int getMoisDebut() {
        return moisDebut;
    }

    public int getJourDebut() {
        return jourDebut;
    }

    public Integer getMoisFin() {
        return moisFin;
    }

    public Integer getJourFin() {
        return jourFin;
    }

    public int getPeriodicite() {
        return periodicite;
    }

    public int getAnneeReference() {
        return anneeReference;
    }

    public int getRappelJours() {
        return rappelJours;
    }
}
