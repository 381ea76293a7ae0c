package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.report.SeanceTenue;
import be.ibefe.avis.report.SeancesDeLAnnee;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The closed séances of a year, for the activity report. */
@Component
class SeancesTenues implements SeancesDeLAnnee {

    private final SeanceRepository seances;
    private final LibellesChambres libelles;
    private final Perimetre perimetre;

    SeancesTenues(SeanceRepository seances, LibellesChambres libelles, Perimetre perimetre) {
        this.seances = seances;
        this.libelles = libelles;
        this.perimetre = perimetre;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SeanceTenue> seancesTenues(int annee) {
        return seances.findByDateBetweenOrderByDateAscIdAsc(LocalDate.of(annee, 1, 1), LocalDate.of(annee, 12, 31))
                .stream().filter(s -> s.getStatut() == StatutSeance.CLOTUREE && perimetre.voit(s.getBassin()))
                .map(s -> new SeanceTenue(libelles.libelle(s.getChambre()), s.getDate())).toList();
    }
}
