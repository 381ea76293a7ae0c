package be.ibefe.avis.report;

import java.util.List;

/**
 * The activity report of a year as the shared design document fixes it: every avis type in the order of {@code AvisType}, zeros
 * included, and the totals. Counted by reception year; see {@link Compteurs} for what each counter holds.
 */
public record RapportActivite(int annee, List<ActiviteType> types, Compteurs totaux) {
}
