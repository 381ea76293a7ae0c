package be.ibefe.avis.security;

/** The groups the application knows; each is a role ({@code ROLE_<id>}) and a Camunda candidate group. */
public final class Groupes {

    public static final String COORDINATION = "coordination";
    public static final String EQUIPE = "equipe";
    public static final String CSEF = "csef";
    public static final String BUREAU = "bureau";
    public static final String ADMIN = "admin";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    /** The assembly of the bassins (AIBEFE): sees every bassin, reads the consolidated report. */
    public static final String REGIONAL = "regional";
    /** The groups that work on tasks: the task pages are theirs (the regional role and the administrators read none). */
    public static final String[] TACHES = {EQUIPE, CSEF, COORDINATION};

    private Groupes() {
    }
}
