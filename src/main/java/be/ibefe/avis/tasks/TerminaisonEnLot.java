package be.ibefe.avis.tasks;

import be.ibefe.avis.system.ActionInterditeException;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Problemes;
import be.ibefe.avis.system.RessourceIntrouvableException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Several tasks taken up at once, or several of the same kind completed with the same form values (after an import,
 * hundreds of identical tasks): each one through {@link TacheService#prendre} or {@link TacheService#terminer}, in its
 * own transaction, checked and journaled as if alone; one refused does not stop the others, and each outcome is told
 * (README, « Terminer en lot »). Not transactional itself on purpose: each completion moves its own dossier on
 * (letters, next steps) and a colleague may complete one of the tasks meanwhile; one transaction over a hundred of
 * them would hold their rows for the whole batch and undo ninety-nine completions for one taken by someone else.
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

    /**
     * What became of one task of the batch: {@code refus} (the French reason) and {@code probleme} (the same as the
     * API's problem+json) are null when it was taken up or completed.
     */
    record Issue(String id, String nom, String reference, String refus, ProblemDetail probleme) {

        public boolean terminee() {
            return probleme == null;
        }

        static Issue reussie(TacheView vue) {
            return new Issue(vue.id(), vue.nom(), vue.designation(), null, null);
        }

        static Issue refusee(String id, TacheView vue, RuntimeException e) {
            ProblemDetail probleme = Problemes.de(e).orElseGet(() -> {
                LOG.error("Tâche {} du lot non traitée", id, e);
                return Problemes.probleme(HttpStatus.INTERNAL_SERVER_ERROR,
                        "Erreur inattendue : la tâche n'est pas traitée.");
            });
            String refus = e instanceof DonneesInvalidesException invalide ? invalide.getErreurs().stream()
                    .map(ChampErreur::message).collect(Collectors.joining(" ")) : probleme.getDetail();
            return new Issue(id, vue == null ? null : vue.nom(), vue == null ? null : vue.designation(), refus,
                    probleme);
        }
    }

    /**
     * Takes up each task of the batch (at least one, at most {@value #TAILLE_MAX}, of any kind) for the user, as
     * {@link TacheService#prendre} alone would: one he may not see, or already taken by a colleague, is refused
     * without stopping the others.
     */
    List<Issue> prendre(List<String> ids, String login, List<String> groupes) {
        Selection selection = lire(ids, login, groupes);
        List<Issue> issues = new ArrayList<>(selection.refusees());
        for (TacheView vue : selection.vues()) {
            issues.add(traiter(vue, () -> taches.prendre(vue.id(), login, groupes)));
        }
        return issues;
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
     * among the refusals; a batch of several kinds, or too large, or fields that the form of its kind refuses, is
     * refused before anything is done (400, every field in error).
     */
    List<Issue> terminer(List<String> ids, JsonNode champs, String login, List<String> groupes) {
        Selection selection = selection(ids, login, groupes);
        if (!selection.vues().isEmpty()) {
            taches.formulaire(selection.vues().get(0).id()).valider(champs);
        }
        List<Issue> issues = new ArrayList<>(selection.refusees());
        for (TacheView vue : selection.vues()) {
            issues.add(traiter(vue, () -> taches.terminer(vue.id(), champs, login, groupes)));
        }
        return issues;
    }

    /** The batch's tasks still offered to the user, and those gone or no longer his meanwhile, with why. */
    record Selection(List<TacheView> vues, List<Issue> refusees) {
    }

    /** The batch split into the tasks still offered to the user and the others; too large or mixed, refused. */
    Selection selection(List<String> ids, String login, List<String> groupes) {
        Selection selection = lire(ids, login, groupes);
        verifierGenre(selection.vues());
        return selection;
    }

    /** The batch split into the tasks still offered to the user and the others; too large, refused. */
    private Selection lire(List<String> ids, String login, List<String> groupes) {
        List<Issue> refusees = new ArrayList<>();
        List<TacheView> vues = new ArrayList<>();
        for (String id : verifierTaille(ids)) {
            try {
                vues.add(taches.consulter(id, login, groupes));
            } catch (ActionInterditeException | ConflitException | RessourceIntrouvableException refus) {
                refusees.add(Issue.refusee(id, null, refus));
            }
        }
        return new Selection(vues, refusees);
    }

    private static Issue traiter(TacheView vue, Runnable action) {
        try {
            action.run();
            return Issue.reussie(vue);
        } catch (RuntimeException e) {
            return Issue.refusee(vue.id(), vue, e);
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
