package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.NomsDesOrganes;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.report.SeanceTenue;
import be.ibefe.avis.report.SeancesDeLAnnee;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The closed séances of a year, for the activity report: each body named as its bassin names it. */
@Component
class SeancesTenues implements SeancesDeLAnnee {

    private final SeanceRepository seances;
    private final IdentitesBassins identites;
    private final Perimetre perimetre;

    SeancesTenues(SeanceRepository seances, IdentitesBassins identites, Perimetre perimetre) {
        this.seances = seances;
        this.identites = identites;
        this.perimetre = perimetre;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SeanceTenue> seancesTenues(int annee) {
        Map<String, NomsDesOrganes> noms = new HashMap<>();
        return seances.findByDateBetweenOrderByDateAscIdAsc(LocalDate.of(annee, 1, 1), LocalDate.of(annee, 12, 31))
                .stream().filter(s -> s.getStatut() == StatutSeance.CLOTUREE && perimetre.voit(s.getBassin()))
                .map(s -> new SeanceTenue(noms.computeIfAbsent(s.getBassin(), identites::noms).libelle(s.getChambre()),
                        s.getDate())).toList();
    }
}
