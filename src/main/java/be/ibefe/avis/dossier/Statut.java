package be.ibefe.avis.dossier;

import be.ibefe.avis.system.AvecLibelle;
import java.util.EnumSet;
import java.util.Set;

/** Status of a dossier as people see it; the process keeps it in step. */
public enum Statut implements AvecLibelle {
    RECU("Reçu"),
    INCOMPLET("Incomplet"),
    EN_ANALYSE("En analyse"),
    PRET_POUR_SEANCE("Prêt pour séance"),
    INSCRIT("Inscrit à l'ordre du jour"),
    DELIBERE("Délibéré"),
    NOTIFIE("Notifié"),
    CLOS("Clos");

    private final String libelle;

    Statut(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** The dossier's procedure is over: the applicant was told (NOTIFIE) or the dossier ended without an avis (CLOS). */
    public boolean termine() {
        return termines().contains(this);
    }

    /** The statuses where a dossier's procedure is over, see {@link #termine()}: the one place that names them. */
    public static Set<Statut> termines() {
        return EnumSet.of(NOTIFIE, CLOS);
    }

    /**
     * The statuses of a dossier still open, the complement of {@link #termines()}: named in the queries rather than
     * "not terminated", so that the database reads the open dossiers from an index instead of every dossier.
     */
    public static Set<Statut> ouverts() {
        return EnumSet.complementOf(EnumSet.copyOf(termines()));
    }
}
