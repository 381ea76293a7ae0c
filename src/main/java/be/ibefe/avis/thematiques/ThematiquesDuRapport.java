package be.ibefe.avis.thematiques;

import be.ibefe.avis.report.ThematiquesDeLAnnee;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A bassin's thématiques communes of a year, for the activity report. */
@Component
class ThematiquesDuRapport implements ThematiquesDeLAnnee {

    private final ThematiquesCommunesDecisions decisions;

    ThematiquesDuRapport(ThematiquesCommunesDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public Optional<ThematiquesDecidees> thematiques(String bassin, int annee) {
        return decisions.duBassin(bassin, annee).map(t -> new ThematiquesDecidees(t.dateGroupeTravail(), t.seance(),
                t.statut() == StatutThematiques.VALIDEES || t.statut() == StatutThematiques.REFUSEES ? t.dateDecision()
                        : null, t.statut() == StatutThematiques.VALIDEES, t.metiers().size(),
                t.parAction().get(ActionOffre.CREER), t.parAction().get(ActionOffre.MAINTENIR),
                t.parAction().get(ActionOffre.ADAPTER)));
    }
}
