package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The séances of a bassin between two days, for its calendar: every body's, or those a member is convened to. */
@Component
public class SeancesDuCalendrier {

    public record SeancePrevue(long id, Chambre chambre, LocalDate date, String lieu, boolean cloturee) {
    }

    private final SeanceRepository seances;

    SeancesDuCalendrier(SeanceRepository seances) {
        this.seances = seances;
    }

    /** {@code membre}: only the séances he is convened to; {@code null}: all of them. */
    @Transactional(readOnly = true)
    public List<SeancePrevue> entre(String bassin, LocalDate du, LocalDate au, String membre) {
        return seances.findByDateBetweenOrderByDateAscIdAsc(du, au).stream()
                .filter(s -> s.getBassin().equals(bassin))
                .filter(s -> membre == null || s.getPresences().stream().anyMatch(p -> p.getMembre().equals(membre)))
                .map(s -> new SeancePrevue(s.getId(), s.getChambre(), s.getDate(), s.getLieu(),
                        s.getStatut() == StatutSeance.CLOTUREE))
                .toList();
    }
}
