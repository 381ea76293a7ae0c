package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.NomsDesOrganes;
import be.ibefe.avis.bassin.Chambre;
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
 * the CSEF it comes from, the Bureau's urgent measure the point names, or the pôle de synergies and its meeting. Bodies are named as the bassin names them.
 */
@Component
class OriginesDesPoints {

    private final SeanceRepository seances;
    private final MesureUrgenteRepository mesures;
    private final AvisDePoleRepository avisDePoles;
    private final IdentitesBassins identites;

    OriginesDesPoints(SeanceRepository seances, MesureUrgenteRepository mesures, AvisDePoleRepository avisDePoles,
            IdentitesBassins identites) {
        this.seances = seances;
        this.mesures = mesures;
        this.avisDePoles = avisDePoles;
        this.identites = identites;
    }

    /**
     * {@code organe}: the body as the bassin names it, "CSEF"; {@code organeDesigne}: with its article, "la CSEF";
     * {@code designation}: "CSEF du 26/03/2024"; {@code mesureUrgente}: the Bureau decided between séances;
     * {@code reunionDePole}: a pôle de synergies gave it by consensus in its meeting ({@code chambre} empty).
     */
    record Origine(Chambre chambre, String organe, String organeDesigne, String designation, LocalDate date,
            boolean mesureUrgente, boolean reunionDePole) {

        private static Origine de(NomsDesOrganes noms, Chambre chambre, LocalDate date, boolean mesureUrgente) {
            return new Origine(chambre, noms.libelle(chambre), noms.designation(chambre),
                    "%s du %s".formatted(noms.libelle(chambre), date.format(Seance.DATE)), date, mesureUrgente, false);
        }

        static Origine de(AvisDePole avis) {
            return new Origine(null, avis.getPoleNom(), avis.designation(), "%s, réunion du %s"
                    .formatted(avis.getPoleNom(), avis.getDateReunion().format(Seance.DATE)), avis.getDateReunion(),
                    false, true);
        }
    }

    /**
     * The origin of each point of the bassin's plénière submitted to it, by point id; none for a deliberation, nor for
     * a ratification whose measure is not known (a point older than the link to its measure, on a dossier that had
     * several).
     */
    Map<Long, Origine> de(String bassin, Collection<PointOrdreDuJour> points) {
        List<PointOrdreDuJour> soumis = points.stream().filter(p -> p.getNature() != NaturePoint.DELIBERATION).toList();
        if (soumis.isEmpty()) {
            return Map.of();
        }
        NomsDesOrganes noms = identites.noms(bassin);
        Map<Long, Seance> seancesParId = seances.findAllById(soumis.stream().map(PointOrdreDuJour::getOrigineSeanceId)
                .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Seance::getId, Function.identity()));
        Map<Long, MesureUrgente> mesuresParId = mesures.findAllById(soumis.stream()
                .map(PointOrdreDuJour::getMesureUrgenteId).filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(MesureUrgente::getId, Function.identity()));
        Map<Long, AvisDePole> avisParId = avisDePoles.findAllById(soumis.stream()
                .map(PointOrdreDuJour::getAvisPoleId).filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(AvisDePole::getId, Function.identity()));
        Map<Long, Origine> origines = new HashMap<>();
        for (PointOrdreDuJour point : soumis) {
            Seance seance = point.getOrigineSeanceId() == null ? null : seancesParId.get(point.getOrigineSeanceId());
            MesureUrgente mesure = point.getMesureUrgenteId() == null ? null
                    : mesuresParId.get(point.getMesureUrgenteId());
            AvisDePole avis = point.getAvisPoleId() == null ? null : avisParId.get(point.getAvisPoleId());
            if (avis != null) {
                origines.put(point.getId(), Origine.de(avis));
            } else if (seance != null) {
                origines.put(point.getId(), Origine.de(noms, seance.getChambre(), seance.getDate(), false));
            } else if (mesure != null) {
                origines.put(point.getId(), Origine.de(noms, Chambre.BUREAU, mesure.getDate(), true));
            }
        }
        return origines;
    }
}
