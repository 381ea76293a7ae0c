package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.Chambre;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which body took the decision a point submits to the Instance plénière, and when: the séance of the Bureau or of
 * the CSEF it comes from, or the Bureau's urgent measure.
 */
@Component
class OriginesDesPoints {

    private final SeanceRepository seances;
    private final MesureUrgenteRepository mesures;
    private final LibellesChambres libelles;

    OriginesDesPoints(SeanceRepository seances, MesureUrgenteRepository mesures, LibellesChambres libelles) {
        this.seances = seances;
        this.mesures = mesures;
        this.libelles = libelles;
    }

    /** {@code designation}: "CSEF du 26/03/2024"; {@code mesureUrgente}: the Bureau decided between séances. */
    record Origine(Chambre chambre, String designation, LocalDate date, boolean mesureUrgente) {
    }

    /** The origin of each point submitted to the plénière, by point id; none for a deliberation. */
    Map<Long, Origine> de(Collection<PointOrdreDuJour> points) {
        List<PointOrdreDuJour> soumis = points.stream().filter(p -> p.getNature() != NaturePoint.DELIBERATION).toList();
        Map<Long, Seance> parId = seances.findAllById(soumis.stream().map(PointOrdreDuJour::getOrigineSeanceId)
                .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Seance::getId, Function.identity()));
        Map<Long, Origine> origines = new HashMap<>();
        for (PointOrdreDuJour point : soumis) {
            Seance seance = point.getOrigineSeanceId() == null ? null : parId.get(point.getOrigineSeanceId());
            if (seance != null) {
                origines.put(point.getId(), new Origine(seance.getChambre(), seance.designation(libelles), seance.getDate(), false));
            } else if (point.getNature() == NaturePoint.RATIFICATION) {
                mesures.findFirstByDossierIdOrderByEnregistreeLeDescIdDesc(point.getDossierId())
                        .ifPresent(m -> origines.put(point.getId(), new Origine(Chambre.BUREAU, "%s du %s".formatted(
                                libelles.libelle(Chambre.BUREAU), m.getDate().format(Seance.DATE)), m.getDate(), true)));
            }
        }
        return origines;
    }
}
