package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.dossier.Traces;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Bureau (or the coordinator on its behalf) decides between séances when the deadline cannot wait: the dossier
 * is notified at once, and the decision goes on the next Instance plénière's agenda for ratification.
 */
@Service
public class ProcedureUrgente {

    private static final EnumSet<Decision> DECISIONS = EnumSet.of(Decision.FAVORABLE,
            Decision.FAVORABLE_AVEC_RECOMMANDATION, Decision.DEFAVORABLE, Decision.NON_COMPETENT);

    private final DossierService dossiers;
    private final PointRepository points;
    private final MessagesDeliberation messages;
    private final Traces traces;

    public ProcedureUrgente(DossierService dossiers, PointRepository points, MessagesDeliberation messages,
            Traces traces) {
        this.dossiers = dossiers;
        this.points = points;
        this.messages = messages;
        this.traces = traces;
    }

    public record DecisionUrgente(Decision decision, String motivation, String recommandation, String justification) {
    }

    @Transactional
    public DossierView decider(long dossierId, DecisionUrgente saisie) {
        Dossier dossier = dossiers.charger(dossierId);
        if (dossier.getChambre() == null
                || !EnumSet.of(Statut.PRET_POUR_SEANCE, Statut.INSCRIT).contains(dossier.getStatut())) {
            throw new ConflitException("Le dossier %s est « %s » : seul un dossier prêt pour une séance peut être "
                    .formatted(dossier.getReference(), dossier.getStatut().libelle()) + "décidé en urgence.");
        }
        List<ChampErreur> erreurs = new ArrayList<>();
        if (saisie.decision() == null || !DECISIONS.contains(saisie.decision())) {
            erreurs.add(new ChampErreur("decision", "Décision urgente : FAVORABLE, FAVORABLE_AVEC_RECOMMANDATION, "
                    + "DEFAVORABLE ou NON_COMPETENT."));
        }
        SeanceService.texteObligatoire(saisie.motivation(), "motivation", erreurs);
        SeanceService.texteObligatoire(saisie.justification(), "justification", erreurs);
        if (saisie.decision() == Decision.FAVORABLE_AVEC_RECOMMANDATION) {
            SeanceService.texteObligatoire(saisie.recommandation(), "recommandation", erreurs);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        retirerDeLOrdreDuJour(dossierId);
        String recommandation = saisie.decision() == Decision.FAVORABLE_AVEC_RECOMMANDATION
                ? saisie.recommandation().trim() : null;
        dossier.deciderEnUrgence(saisie.decision(), saisie.motivation().trim(), recommandation,
                saisie.justification().trim(), traces.maintenant());
        points.save(PointOrdreDuJour.ratification(Chambre.INSTANCE_PLENIERE, dossierId, saisie.decision(),
                saisie.motivation().trim(), recommandation));
        messages.deliberation(dossierId, saisie.decision(), saisie.motivation().trim(), recommandation, true);
        return DossierView.de(dossier);
    }

    /** An inscribed dossier leaves the agenda of the séance that will not decide it. */
    private void retirerDeLOrdreDuJour(long dossierId) {
        points.findByDossierIdAndNatureAndStatut(dossierId, NaturePoint.DELIBERATION, StatutPoint.INSCRIT)
                .forEach(points::delete);
    }
}
