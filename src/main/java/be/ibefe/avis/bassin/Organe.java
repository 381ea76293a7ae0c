package be.ibefe.avis.bassin;


/** The bodies of an Instance for which someone signs: those that hold séances, and its coordination. */
public enum Organe {
    CSEF, BUREAU, INSTANCE_PLENIERE, CAFE, CHAMBRE_ENSEIGNEMENT, COORDINATION;

    /**
     * Whether its signature goes under an avis: a bassin without one in office is told so; the CAFE's and the Chambre
     * Enseignement's sign only their own procès-verbaux.
     */
    public boolean signeLesAvis() {
        return this == COORDINATION || Chambre.valueOf(name()).rendDesAvis();
    }

    public static Organe de(Chambre chambre) {
        return valueOf(chambre.name());
    }
}
