package be.ibefe.avis.dossier;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Belgian public holidays of a year: the ten legal ones, Easter-based ones included, plus the days the
 * configuration adds (e.g. 27 September, holiday of the Fédération Wallonie-Bruxelles, for the public bodies).
 */
public final class JoursFeriesBelges {

    private static final List<MonthDay> FIXES = List.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(7, 21),
            MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));

    private JoursFeriesBelges() {
    }

    public static Set<LocalDate> de(int annee, List<MonthDay> supplementaires) {
        Set<LocalDate> jours = new TreeSet<>();
        FIXES.forEach(j -> jours.add(j.atYear(annee)));
        supplementaires.forEach(j -> jours.add(j.atYear(annee)));
        LocalDate paques = paques(annee);
        jours.add(paques.plusDays(1));
        jours.add(paques.plusDays(39));
        jours.add(paques.plusDays(50));
        return jours;
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate paques(int annee) {
        int a = annee % 19;
        int b = annee / 100;
        int c = annee % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int mois = (h + l - 7 * m + 114) / 31;
        int jour = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(annee, mois, jour);
    }
}
