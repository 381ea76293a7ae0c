package be.ibefe.avis.dossier;

import be.ibefe.avis.system.AvecLibelle;

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
}
