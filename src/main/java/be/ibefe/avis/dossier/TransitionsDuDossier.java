package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.system.ActionInterditeException;
import be.ibefe.avis.system.RessourceIntrouvableException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to move a dossier along its lifecycle or add to its history: nothing else calls the entity's
 * transitions ({@code architecture/ArchitectureTest}). Each transition writes its line of the dossier's history, and
 * the audit journal records the change with the transaction ({@code audit/AuditEntites}).
 *
 * <p>A step of the process names the dossier by its id and acts now, in the name of whoever set it off. A caller that
 * records something else at the same instant (a séance's point, an urgent measure, a document, a letter) gives the
 * dossier it has loaded and its own {@link Trace}, so that both carry the same author and time.
 */
@Service
public class TransitionsDuDossier {

    private static final Set<String> DEROGEANTS = Set.of(Groupes.EQUIPE, Groupes.COORDINATION);

    private final DossierService dossiers;
    private final Traces traces;
    private final CurrentUser currentUser;

    public TransitionsDuDossier(DossierService dossiers, Traces traces, CurrentUser currentUser) {
        this.dossiers = dossiers;
        this.traces = traces;
        this.currentUser = currentUser;
    }

    @Transactional
    public void marquerIncomplet(long id, String pieces) {
        dossiers.charger(id).marquerIncomplet(pieces, traces.maintenant());
    }

    @Transactional
    public void enregistrerPiecesRecues(long id, String pieces) {
        dossiers.charger(id).enregistrerPiecesRecues(pieces, traces.maintenant());
    }

    @Transactional
    public void enregistrerEligibilite(long id, List<Critere> criteres) {
        dossiers.charger(id).enregistrerEligibilite(criteres, traces.maintenant());
    }

    /**
     * Who may override a criterion of a dossier in this status, whichever way (API or pages): the team and the
     * coordination, during the analysis.
     */
    public boolean peutDeroger(Statut statut) {
        return statut == Statut.EN_ANALYSE && estDerogeant();
    }

    private boolean estDerogeant() {
        return currentUser.groupes().stream().anyMatch(DEROGEANTS::contains);
    }

    /** The analyst replaces a criterion's result, with a motivation kept in the history. */
    @Transactional
    public DossierView deroger(long id, String code, Derogation derogation) {
        if (!estDerogeant()) {
            throw new ActionInterditeException("Seules l'équipe et la coordination peuvent modifier le résultat "
                    + "d'un critère.");
        }
        derogation.verifier();
        Dossier dossier = dossiers.charger(id);
        if (dossier.getCriteres().stream().noneMatch(c -> c.getCode().equals(code))) {
            throw new RessourceIntrouvableException(
                    "Le dossier %s n'a pas de critère « %s ».".formatted(dossier.getReference(), code));
        }
        dossier.deroger(code, derogation.resultat(), derogation.motivation().trim(), traces.maintenant());
        return DossierView.de(dossier);
    }

    /** The competence rule's proposal, the system's own: a person of the coordination confirms or sets it aside. */
    @Transactional
    public void proposerNonCompetent(long id, List<Critere> criteres, String raison) {
        dossiers.charger(id).proposerNonCompetent(criteres, raison, traces.systeme());
    }

    @Transactional
    public void ecarterNonCompetent(long id, String motivation) {
        dossiers.charger(id).ecarterNonCompetent(motivation, traces.maintenant());
    }

    /** The person who confirmed the proposal decides: the dossier is closed in his name, with its reason. */
    @Transactional
    public void declarerNonCompetent(long id) {
        dossiers.charger(id).declarerNonCompetent(traces.maintenant());
    }

    @Transactional
    public void proposerAvis(long id, Decision proposition, String motivation) {
        dossiers.charger(id).proposerAvis(proposition, motivation, traces.maintenant());
    }

    @Transactional
    public void attendreSeance(long id, Chambre chambre, String libelleChambre) {
        dossiers.charger(id).attendreSeance(chambre, libelleChambre, traces.maintenant());
    }

    @Transactional
    public void attendreAvisDuPole(long id, String pole) {
        dossiers.charger(id).attendreAvisDuPole(pole, traces.maintenant());
    }

    @Transactional
    public void retirer(long id, String motif) {
        dossiers.charger(id).retirer(motif, traces.maintenant());
    }

    @Transactional
    public void rouvrir(long id, String recit) {
        dossiers.charger(id).rouvrir(recit, traces.maintenant());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void inscrire(Dossier dossier, String seance, Trace trace) {
        dossier.inscrire(seance, trace);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void desinscrire(Dossier dossier, String seance, Trace trace) {
        dossier.desinscrire(seance, trace);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deliberer(Dossier dossier, Decision code, String motivation, String recommandation, String seance,
            Trace trace) {
        dossier.deliberer(code, motivation, recommandation, seance, trace);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void ajourner(Dossier dossier, String seance, Trace trace) {
        dossier.ajourner(seance, trace);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reporterNonExamine(Dossier dossier, String seance, Trace trace) {
        dossier.reporterNonExamine(seance, trace);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deciderEnUrgence(Dossier dossier, Decision code, String motivation, String recommandation,
            String recit, Trace trace) {
        dossier.deciderEnUrgence(code, motivation, recommandation, recit, trace);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void rendreAvisDuPole(Dossier dossier, Decision code, String motivation, String recommandation,
            String recit, Trace trace) {
        dossier.rendreAvisDuPole(code, motivation, recommandation, recit, trace);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void notifier(Dossier dossier, Trace trace) {
        dossier.notifier(trace);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void escalader(Dossier dossier, String motif, Trace trace) {
        dossier.escalader(motif, trace);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void consignerRappel(Dossier dossier, String rappel, Trace trace) {
        dossier.consignerRappel(rappel, trace);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void consignerEnvoiAnnule(Dossier dossier, String motif, Trace trace) {
        dossier.consignerEnvoiAnnule(motif, trace);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void consignerDemandePieces(Dossier dossier, String demande, Trace trace) {
        dossier.consignerDemandePieces(demande, trace);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void consignerDocument(Dossier dossier, String nom, Trace trace) {
        dossier.consignerDocument(nom, trace);
    }
}
