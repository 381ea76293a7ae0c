package be.ibefe.avis.importation;

import be.ibefe.avis.system.AvecLibelle;

/** Where an import stands. {@code REFUSE}: rows in error, nothing created; {@code ECHEC}: failed, nothing created. */
public enum StatutImport implements AvecLibelle {
    EN_ATTENTE("En attente"),
    VALIDATION("Vérification des lignes"),
    IMPORT("Création des dossiers"),
    TERMINE("Terminé"),
    REFUSE("Refusé : lignes en erreur"),
    ECHEC("Échec");

    private final String libelle;

    StatutImport(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public boolean fini() {
        return this == TERMINE || this == REFUSE || this == ECHEC;
    }
}
