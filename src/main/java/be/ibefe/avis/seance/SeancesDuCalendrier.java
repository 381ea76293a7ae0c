package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The séances of a bassin between two days, for its calendar: every body's, or those a member is convened to. */
@Component
public class SeancesDuCalendrier {

    /** {@code ordreDuJour}: the references of the dossiers on its agenda, in their order. */
    public record SeancePrevue(long id, Chambre chambre, LocalDate date, String lieu, boolean cloturee,
            List<String> ordreDuJour) {
    }

    private final SeanceRepository seances;
    private final PointRepository points;
    private final DossierService dossiers;

    SeancesDuCalendrier(SeanceRepository seances, PointRepository points, DossierService dossiers) {
        this.seances = seances;
        this.points = points;
        this.dossiers = dossiers;
    }

    /** {@code membre}: only the séances he is convened to; {@code null}: all of them. */
    @Transactional(readOnly = true)
    public List<SeancePrevue> entre(String bassin, LocalDate du, LocalDate au, String membre) {
        return seances.findByDateBetweenOrderByDateAscIdAsc(du, au).stream()
                .filter(s -> s.getBassin().equals(bassin))
                .filter(s -> membre == null || s.getPresences().stream().anyMatch(p -> p.getMembre().equals(membre)))
                .map(s -> new SeancePrevue(s.getId(), s.getChambre(), s.getDate(), s.getLieu(),
                        s.getStatut() == StatutSeance.CLOTUREE, references(s.getId())))
                .toList();
    }

    private List<String> references(long seance) {
        List<Long> ids = points.findBySeanceIdOrderByOrdreAscIdAsc(seance).stream().map(PointOrdreDuJour::getDossierId)
                .filter(Objects::nonNull).distinct().toList();
        Map<Long, String> parId = dossiers.parIds(ids).stream()
                .collect(Collectors.toMap(Dossier::getId, Dossier::getReference));
        return ids.stream().map(parId::get).filter(Objects::nonNull).toList();
    }
}
