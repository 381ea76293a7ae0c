package be.ibefe.avis.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures for the coordinators on the dossiers received in a year: processing times and deadlines per avis type
 * (all types, in the order of {@code AvisType}) and overall, and the activity per category of applicant.
 *
 * @param etabliLe the day the figures were computed: "past deadline" for open dossiers is judged on that day
 */
public record Statistiques(int annee, LocalDate etabliLe, List<DelaisType> types, Delais totaux,
        List<ActiviteCategorie> categories) {
}
