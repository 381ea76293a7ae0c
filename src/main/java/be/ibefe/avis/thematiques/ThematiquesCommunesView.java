package be.ibefe.avis.thematiques;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A year's thématiques communes as the API and the page show them: {@code anneeListe} is the year whose requests the
 * métiers serve once validated; {@code parAction}: how many métiers to create, maintain, adapt the offer for.
 */
public record ThematiquesCommunesView(Long id, int annee, int anneeListe, LocalDate dateGroupeTravail,
        Recommandations recommandations, StatutThematiques statut, String statutLibelle, Long seanceId,
        String seance, LocalDate dateDecision, Integer pour, Integer contre, Integer abstentions, String motivation,
        List<MetierSaisi> metiers, Map<ActionOffre, Long> parAction) {

    static ThematiquesCommunesView de(ThematiquesCommunes t) {
        List<MetierSaisi> metiers = t.getMetiers().stream().map(MetierPropose::saisi).toList();
        Map<ActionOffre, Long> parAction = new java.util.EnumMap<>(ActionOffre.class);
        for (ActionOffre action : ActionOffre.values()) {
            parAction.put(action, metiers.stream().filter(m -> m.action() == action).count());
        }
        return new ThematiquesCommunesView(t.getId(), t.getAnnee(), t.getAnnee() + 1, t.getDateGroupeTravail(),
                t.getRecommandations(), t.getStatut(), t.getStatut().libelle(), t.getSeanceId(),
                t.getSeanceDesignation(), t.getDateDecision(), t.getPour(), t.getContre(), t.getAbstentions(),
                t.getMotivation(), metiers, parAction);
    }
}
