package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Adds days to a date, in calendar days or in Belgian working days, as the configuration says. */
@Component
public class Calendrier {

    private final ParametresEcheances parametres;
    private final Map<Integer, Set<LocalDate>> feriesParAnnee = new HashMap<>();

    public Calendrier(ParametresEcheances parametres) {
        this.parametres = parametres;
        parametres.feriesSupplementaires();
    }

    /** The deadline of a request of {@code type} received on {@code reception} that gives none. */
    public LocalDate echeanceParDefaut(AvisType type, LocalDate reception) {
        return ajouter(reception, parametres.joursParType().get(type));
    }

    public LocalDate ajouter(LocalDate depart, int jours) {
        if (!parametres.joursOuvrables()) {
            return depart.plusDays(jours);
        }
        LocalDate date = depart;
        int restants = jours;
        while (restants > 0) {
            date = date.plusDays(1);
            if (ouvrable(date)) {
                restants--;
            }
        }
        return date;
    }

    public boolean ouvrable(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !feries(date.getYear()).contains(date);
    }

    private synchronized Set<LocalDate> feries(int annee) {
        return feriesParAnnee.computeIfAbsent(annee,
                a -> JoursFeriesBelges.de(a, parametres.feriesSupplementaires()));
    }
}
