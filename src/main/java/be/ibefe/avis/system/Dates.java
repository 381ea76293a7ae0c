package be.ibefe.avis.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;

/** Dates and moments as the pages write them, in Brussels time: {@code ${@dates.jour(d)}}, {@code ${@dates.moment(i)}}. */
@Component("dates")
public class Dates {

    /** No work of the Instances predates 2000; a year past 2100 is a typing error (or a number read as a date). */
    public static final int ANNEE_MIN = 2000;
    public static final int ANNEE_MAX = 2100;

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockConfig.BRUXELLES);

    /** Refuses a date outside the years {@value #ANNEE_MIN} to {@value #ANNEE_MAX}, naming the field. */
    public static void verifierAnnee(LocalDate date, String champ, List<ChampErreur> erreurs) {
        if (date != null && (date.getYear() < ANNEE_MIN || date.getYear() > ANNEE_MAX)) {
            erreurs.add(new ChampErreur(champ, "La date doit tomber entre %d et %d.".formatted(ANNEE_MIN, ANNEE_MAX)));
        }
    }

    /**
     * A date typed in a page's form ({@code AAAA-MM-JJ}, as a date field sends it): null when empty, or when it
     * cannot be read, which is then added to {@code erreurs} under {@code champ}.
     */
    public static LocalDate saisie(String texte, String champ, List<ChampErreur> erreurs) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(texte.trim());
        } catch (DateTimeParseException e) {
            erreurs.add(new ChampErreur(champ, "« %s » n'est pas une date (AAAA-MM-JJ).".formatted(
                    texte.length() > 20 ? texte.substring(0, 20) + "…" : texte)));
            return null;
        }
    }

    public String jour(LocalDate date) {
        return date == null ? Libelles.AUCUN : JOUR.format(date);
    }

    public String moment(Instant instant) {
        return instant == null ? Libelles.AUCUN : MOMENT.format(instant);
    }
}
