package be.ibefe.avis.report;

import be.ibefe.avis.dossier.Decision;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What became of the dossiers received in a year, counted at the moment the report is drawn up. Each dossier falls in
 * exactly one of: analysed (favourable or unfavourable), not competent, withdrawn, in progress; so
 * {@code recus = analyses + nonCompetents + retires() + enCours}.
 *
 * <ul>
 * <li>{@code recus}: dossiers whose reception date falls in the year;</li>
 * <li>{@code analyses}: the chambre gave its avis on the merits: {@code FAVORABLE},
 * {@code FAVORABLE_AVEC_RECOMMANDATION} or {@code DEFAVORABLE};</li>
 * <li>{@code favorables}: {@code FAVORABLE} and {@code FAVORABLE_AVEC_RECOMMANDATION}, the way the activity report
 * says "8 dossiers, tous favorables, dont 1 accompagné d'une recommandation";
 * {@code favorablesAvecRecommandation} is that part of them;</li>
 * <li>{@code defavorables}: {@code DEFAVORABLE};</li>
 * <li>{@code nonCompetents}: {@code NON_COMPETENT}, received but not analysed (an ALE training approved anyway);</li>
 * <li>{@code enCours}: no decision yet, or adjourned ({@code AJOURNE}): the avis is still to come;</li>
 * <li>withdrawn ({@code RETIRE}): received, not analysed; not a field of the fixed JSON, it is what remains.
 * {@code retiresDOffice} is that part of them the system withdrew because the pieces asked for never came (the
 * decision is the system's); the others were withdrawn by their applicant. Not in the JSON either: the report's
 * text tells them apart.</li>
 * </ul>
 */
public record Compteurs(long recus, long analyses, long favorables, long favorablesAvecRecommandation,
        long defavorables, long nonCompetents, long enCours, @JsonIgnore long retiresDOffice) {

    public static final Compteurs ZERO = new Compteurs(0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * The counters of {@code n} dossiers that share one decision, {@code null} for none yet. A new decision code does
     * not compile until it is given its place here.
     */
    public static Compteurs de(Decision decision, long n) {
        if (decision == null) {
            return new Compteurs(n, 0, 0, 0, 0, 0, n, 0);
        }
        return switch (decision) {
            case FAVORABLE -> new Compteurs(n, n, n, 0, 0, 0, 0, 0);
            case FAVORABLE_AVEC_RECOMMANDATION -> new Compteurs(n, n, n, n, 0, 0, 0, 0);
            case DEFAVORABLE -> new Compteurs(n, n, 0, 0, n, 0, 0, 0);
            case NON_COMPETENT -> new Compteurs(n, 0, 0, 0, 0, n, 0, 0);
            case AJOURNE -> new Compteurs(n, 0, 0, 0, 0, 0, n, 0);
            case RETIRE -> new Compteurs(n, 0, 0, 0, 0, 0, 0, 0);
        };
    }

    /** {@code n} dossiers withdrawn d'office by the system, the pieces asked for having never come. */
    public static Compteurs retiresDOffice(long n) {
        return new Compteurs(n, 0, 0, 0, 0, 0, 0, n);
    }

    public Compteurs plus(Compteurs autres) {
        return new Compteurs(recus + autres.recus, analyses + autres.analyses, favorables + autres.favorables,
                favorablesAvecRecommandation + autres.favorablesAvecRecommandation,
                defavorables + autres.defavorables, nonCompetents + autres.nonCompetents, enCours + autres.enCours,
                retiresDOffice + autres.retiresDOffice);
    }

    /** Withdrawn (decision {@code RETIRE}), by the applicant or d'office: received, never analysed. */
    public long retires() {
        return recus - analyses - nonCompetents - enCours;
    }

    /** Withdrawn by their applicant. */
    public long retiresParDemandeur() {
        return retires() - retiresDOffice;
    }
}
