package be.ibefe.avis.bassin;


/** The bodies of an Instance for which someone signs: its deliberating bodies and its coordination. */
public enum Organe {
    CSEF, BUREAU, INSTANCE_PLENIERE, COORDINATION;

    public static Organe de(Chambre chambre) {
        return valueOf(chambre.name());
    }
}
