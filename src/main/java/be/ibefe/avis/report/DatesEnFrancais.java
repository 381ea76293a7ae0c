package be.ibefe.avis.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Dates as a French report writes them: "1er mars 2024", "30 janvier, 26 mars et 28 mai". */
final class DatesEnFrancais {

    private static final DateTimeFormatter MOIS = DateTimeFormatter.ofPattern("MMMM", Locale.FRENCH);

    private DatesEnFrancais() {
    }

    static String jourEtMois(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + MOIS.format(date);
    }

    static String complete(LocalDate date) {
        return jourEtMois(date) + " " + date.getYear();
    }

    static String enumeration(List<LocalDate> dates) {
        List<String> jours = dates.stream().map(DatesEnFrancais::jourEtMois).toList();
        if (jours.size() < 2) {
            return String.join("", jours);
        }
        return String.join(", ", jours.subList(0, jours.size() - 1)) + " et " + jours.get(jours.size() - 1);
    }
}
