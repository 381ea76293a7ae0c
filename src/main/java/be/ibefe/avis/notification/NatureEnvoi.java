package be.ibefe.avis.notification;

import be.ibefe.avis.system.AvecLibelle;

/** What an e-mail or a letter to post was about; {@link #libelle()} is how a person reads it. */
public enum NatureEnvoi implements AvecLibelle {
    /** The avis (or the closing) to the applicant. */
    AVIS_DEMANDEUR("Avis au demandeur"),
    /** The avis to the administration that asked for it. */
    TRANSMISSION_ADMINISTRATION("Transmission à l'administration"),
    /**
     * The Instance plénière refused to ratify or validate the avis: its withdrawal, to everyone who had received it.
     */
    RETRAIT_AVIS("Retrait de l'avis"),
    /** The recevabilité found the dossier incomplete: the applicant is asked for the missing pieces. */
    DEMANDE_PIECES("Demande des pièces manquantes"),
    /** The applicant is reminded of the missing pieces. */
    RAPPEL_PIECES("Rappel des pièces manquantes"),
    /** Whoever holds a task is reminded of its due date. */
    RAPPEL_ECHEANCE("Rappel d'échéance"),
    /** A due date passed: the coordination is alerted. */
    ESCALADE("Alerte à la coordination");

    private final String libelle;

    NatureEnvoi(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
