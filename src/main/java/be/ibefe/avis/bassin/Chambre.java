package be.ibefe.avis.bassin;

/**
 * The bodies of an Instance that hold séances; their names per bassin are configuration (avis.chambres) and the
 * bassin's identity. The CAFE (Comité des acteurs pour la formation et l'emploi, the CSEF's émanation, seed 000 l.745)
 * and the Chambre Enseignement meet and keep a procès-verbal of who was there, but give no avis: no dossier waits for
 * them.
 */
public enum Chambre {
    CSEF, BUREAU, INSTANCE_PLENIERE, CAFE, CHAMBRE_ENSEIGNEMENT;

    /** Whether the body deliberates on dossiers (an avis, a ratification, a validation). */
    public boolean rendDesAvis() {
        return this != CAFE && this != CHAMBRE_ENSEIGNEMENT;
    }
}
