package be.ibefe.avis.tasks;

import be.ibefe.avis.system.ActionInterditeException;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.RessourceIntrouvableException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Several tasks of the same kind completed with the same form values (after an import, hundreds of identical tasks):
 * each one through {@link TacheService#terminer}, in its own transaction, checked and journaled as if completed
 * alone; one refused does not stop the others, and each outcome is told. Not transactional itself on purpose.
 */
@Component
class TerminaisonEnLot {

    /** The most tasks one batch completes (README, « Mes tâches »). */
    static final int TAILLE_MAX = 100;

    private static final Logger LOG = LoggerFactory.getLogger(TerminaisonEnLot.class);

    private final TacheService taches;

    TerminaisonEnLot(TacheService taches) {
        this.taches = taches;
    }

    /** What became of one task of the batch: {@code refus} is null when it was completed. */
    record Issue(String id, String nom, String reference, String refus) {

        public boolean terminee() {
            return refus == null;
        }
    }

    /**
     * The batch's tasks as the user's list shows them, in the order chosen: at least one, at most
     * {@value #TAILLE_MAX}, all of the same kind. A task the user may not see refuses the whole batch (403, 404).
     */
    List<TacheView> preparer(List<String> ids, String login, List<String> groupes) {
        List<String> distincts = verifierTaille(ids);
        List<TacheView> vues = distincts.stream().map(id -> taches.consulter(id, login, groupes)).toList();
        verifierGenre(vues);
        return vues;
    }

    /**
     * Completes each task of the batch with the same fields. A task gone or no longer offered meanwhile is reported
     * among the refusals; a batch of several kinds, or too large, is refused before anything is done.
     */
    List<Issue> terminer(List<String> ids, JsonNode champs, String login, List<String> groupes) {
        Selection selection = selection(ids, login, groupes);
        List<Issue> issues = new ArrayList<>(selection.refusees());
        for (TacheView vue : selection.vues()) {
            issues.add(new Issue(vue.id(), vue.nom(), vue.reference(), refus(vue, champs, login, groupes)));
        }
        return issues;
    }

    /** The batch's tasks still offered to the user, and those gone or no longer his meanwhile, with why. */
    record Selection(List<TacheView> vues, List<Issue> refusees) {
    }

    /** The batch split into the tasks still offered to the user and the others; too large or mixed, refused. */
    Selection selection(List<String> ids, String login, List<String> groupes) {
        List<Issue> refusees = new ArrayList<>();
        List<TacheView> vues = new ArrayList<>();
        for (String id : verifierTaille(ids)) {
            try {
                vues.add(taches.consulter(id, login, groupes));
            } catch (ActionInterditeException | ConflitException | RessourceIntrouvableException refus) {
                refusees.add(new Issue(id, null, null, refus.getMessage()));
            }
        }
        verifierGenre(vues);
        return new Selection(vues, refusees);
    }

    private String refus(TacheView vue, JsonNode champs, String login, List<String> groupes) {
        try {
            taches.terminer(vue.id(), champs, login, groupes);
            return null;
        } catch (DonneesInvalidesException e) {
            return e.getErreurs().stream().map(ChampErreur::message).collect(Collectors.joining(" "));
        } catch (ActionInterditeException | ConflitException | RessourceIntrouvableException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("Tâche {} du lot non terminée", vue.id(), e);
            return "Erreur inattendue : la tâche n'est pas terminée.";
        }
    }

    private static List<String> verifierTaille(List<String> ids) {
        List<String> distincts = ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids.stream()
                .filter(id -> id != null && !id.isBlank()).toList()));
        if (distincts.isEmpty()) {
            throw new DonneesInvalidesException("ids", "Choisissez au moins une tâche.");
        }
        if (distincts.size() > TAILLE_MAX) {
            throw new DonneesInvalidesException("ids", "Un lot compte au plus %d tâches ; vous en avez choisi %d."
                    .formatted(TAILLE_MAX, distincts.size()));
        }
        return distincts;
    }

    private static void verifierGenre(List<TacheView> vues) {
        List<String> noms = vues.stream().map(TacheView::nom).distinct().toList();
        if (vues.stream().map(TacheView::cle).distinct().count() > 1) {
            throw new DonneesInvalidesException("ids", "Un lot ne réunit que des tâches du même genre ; vous avez "
                    + "choisi : " + noms.stream().map(n -> "« " + n + " »").collect(Collectors.joining(", ")) + ".");
        }
    }
}
