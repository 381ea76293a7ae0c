package be.ibefe.avis.bassin;

/** The bodies of an Instance that deliberate; their names per bassin are configuration (avis.chambres). */
public enum Chambre {
    CSEF, BUREAU, INSTANCE_PLENIERE
}
