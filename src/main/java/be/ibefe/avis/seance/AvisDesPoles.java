package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.dossier.Traces;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.Libelles;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The avis d'opportunité of a pôle de synergies on a dossier that waits for it (processes/avis-pole-opportunite.bpmn,
 * chambre POLE): given by consensus in one of the pôle's meetings, recorded by the coordination, notified at once,
 * then submitted to the next Instance plénière for validation, the pôle named as the body that decided. The pôle and
 * its meeting are checked by the pôles' capability, which calls this one.
 */
@Service
public class AvisDesPoles {

    private static final EnumSet<Decision> DECISIONS = EnumSet.of(Decision.FAVORABLE,
            Decision.FAVORABLE_AVEC_RECOMMANDATION, Decision.DEFAVORABLE);

    private final AvisDePoleRepository avis;
    private final PointRepository points;
    private final MessagesDeliberation messages;
    private final Personnes personnes;
    private final Traces traces;
    private final TransitionsDuDossier transitions;

    AvisDesPoles(AvisDePoleRepository avis, PointRepository points, MessagesDeliberation messages,
            Personnes personnes, Traces traces, TransitionsDuDossier transitions) {
        this.transitions = transitions;
        this.avis = avis;
        this.points = points;
        this.messages = messages;
        this.personnes = personnes;
        this.traces = traces;
    }

    /** What a pôle may decide on a dossier, and how: the decision, its reasons, the recommendation if any. */
    public record AvisSaisi(Decision decision, String motivation, String recommandation) {
    }

    /**
     * Refuses (409) a dossier that does not wait for a pôle's avis: another type, a dossier not ready, or one still
     * led to its end by the Bureau under the model of before (its chambre is BUREAU).
     */
    public void verifierAttente(Dossier dossier) {
        if (!attend(dossier)) {
            throw new ConflitException(("Le dossier %s (%s, « %s ») n'attend pas l'avis d'un pôle de synergies : "
                    + "seul un avis d'opportunité prêt pour la décision du pôle le reçoit.").formatted(
                    dossier.getReference(), dossier.getType().libelle(), dossier.getStatut().libelle()));
        }
    }

    /** Whether the dossier waits for its pôle's avis: an avis d'opportunité ready, with no chambre to decide it. */
    public static boolean attend(Dossier dossier) {
        return dossier.getType() == AvisType.POLE_OPPORTUNITE && dossier.getStatut() == Statut.PRET_POUR_SEANCE
                && dossier.getChambre() == null;
    }

    /** The dossiers of the bassin that wait for a pôle's avis ({@link #attend}), the first received first. */
    @Transactional(readOnly = true)
    public List<Dossier> enAttente(String bassin) {
        return avis.enAttenteDUnPole(bassin);
    }

    /** The decision a pôle takes: favorable (with or without a recommendation) or not, always with its reasons. */
    public void verifier(Dossier dossier, AvisSaisi saisie, List<ChampErreur> erreurs) {
        if (saisie.decision() == null || !DECISIONS.contains(saisie.decision())) {
            erreurs.add(new ChampErreur("decision", "L'avis du pôle est %s.".formatted(
                    Libelles.unParmi(List.copyOf(DECISIONS)))));
        }
        SeanceService.texteObligatoire(saisie.motivation(), "motivation", erreurs);
        CriteresKo.verifierMotivation(saisie.decision(), saisie.motivation(), dossier.getCriteres(), erreurs);
        if (saisie.decision() == Decision.FAVORABLE_AVEC_RECOMMANDATION) {
            SeanceService.texteObligatoire(saisie.recommandation(), "recommandation", erreurs);
        }
    }

    /**
     * Records the pôle's avis, checked by {@link #verifierAttente} and {@link #verifier}: the dossier's decision and
     * its history (the pôle, the meeting, who was there, who recorded it), a point for the next plénière, and the
     * process moves on to the notification.
     */
    @Transactional
    public DossierView enregistrer(Dossier dossier, AvisDePole.Reunion reunion, AvisSaisi saisie) {
        verifierAttente(dossier);
        Trace trace = traces.maintenant();
        String motivation = saisie.motivation().trim();
        String recommandation = saisie.decision() == Decision.FAVORABLE_AVEC_RECOMMANDATION
                ? saisie.recommandation().trim() : null;
        AvisDePole rendu = avis.save(new AvisDePole(dossier.getId(), reunion, saisie.decision(), motivation,
                recommandation, trace));
        transitions.rendreAvisDuPole(dossier, saisie.decision(), motivation, recommandation, recit(rendu), trace);
        points.save(PointOrdreDuJour.validation(rendu));
        messages.deliberation(dossier.getId(), saisie.decision(), motivation, recommandation,
                MessagesDeliberation.ORGANE_POLE);
        return DossierView.de(dossier);
    }

    /** The pôle's avis the dossier's current decision comes from, when it comes from one. */
    @Transactional(readOnly = true)
    public Optional<AvisDePole> origineDeLaDecision(Dossier dossier) {
        if (dossier.getDecisionLe() == null) {
            return Optional.empty();
        }
        return avis.findFirstByDossierIdOrderByEnregistreLeDescIdDesc(dossier.getId())
                .filter(a -> !a.getEnregistreLe().isBefore(dossier.getDecisionLe()));
    }

    /** Every avis a pôle gave on the dossier, the first first (one withdrawn by the plénière, then the next). */
    @Transactional(readOnly = true)
    public List<AvisDePole> rendus(long dossierId) {
        return avis.findByDossierIdOrderByEnregistreLeAscIdAsc(dossierId);
    }

    /** An avis given in a pôle's meeting, with the reference and objet of the dossier it is on. */
    public record AvisEnReunion(AvisDePole avis, String reference, String objet) {
    }

    /** The avis given in these meetings, in the order they were recorded. */
    @Transactional(readOnly = true)
    public List<AvisEnReunion> rendusEnReunions(Collection<Long> reunionIds) {
        if (reunionIds.isEmpty()) {
            return List.of();
        }
        List<AvisDePole> rendus = avis.findByReunionIdInOrderByEnregistreLeAscIdAsc(reunionIds);
        if (rendus.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> dossiers = avis.references(rendus.stream().map(AvisDePole::getDossierId).toList())
                .stream().collect(Collectors.toMap(d -> (Long) d[0], d -> d, (a, b) -> a));
        return rendus.stream().map(a -> new AvisEnReunion(a, (String) dossiers.get(a.getDossierId())[1],
                (String) dossiers.get(a.getDossierId())[2])).toList();
    }

    private String recit(AvisDePole rendu) {
        String designation = rendu.designation();
        return ("Avis d'opportunité rendu par %s, en sa réunion du %s, par consensus : %s. Membres présents : %s. "
                + "Enregistré pour le pôle par %s ; soumis à la validation de l'Instance plénière.").formatted(
                designation, rendu.getDateReunion().format(Seance.DATE), rendu.getDecision().libelle(),
                rendu.getPresents(), personnes.nom(rendu.getEnregistrePar()));
    }
}
