package be.ibefe.avis.seance;

import java.util.List;
import java.util.Optional;

/**
 * What the Instance plénière approves that is no dossier (a pôle's creation, member, fiche projet or renewal; the
 * year's thématiques communes): each kind of subject is a bean of its own package implementing this interface, so that
 * the séance puts it on its agenda, decides it and writes it in its procès-verbal without depending on that package.
 * The séance calls the bean in its own transaction; a refusal of the bean (an exception) refuses the whole step.
 */
public interface SujetsDeLaPleniere {

    /** The kind of subject, as the point records it ({@code objet_type}): « POLE », « THEMATIQUES ». */
    String type();

    /** The subjects of the bassin waiting for the Instance's decision: proposed for the agenda of a plénière. */
    List<Sujet> enAttente(String bassin);

    /** The subject, whatever its state, when the current user sees it. */
    Optional<Sujet> sujet(long id);

    /**
     * The subject goes on the agenda of {@code seance} (an open plénière of its bassin): the bean refuses what the
     * séance cannot decide (a thématiques communes of another year…).
     */
    void inscrire(long id, SeanceQuiDecide seance);

    /** Taken off the agenda before the séance decided it, or not examined when the séance closed. */
    void retirer(long id);

    /**
     * The Instance decided: the bean applies it to its subject, and may refuse what its own record cannot hold (a
     * longer motivation…) with a {@link be.ibefe.avis.system.DonneesInvalidesException}, which undoes the decision.
     */
    void decider(long id, Decision decision);

    /** What the Instance decided in {@code seance}; votes null for a consensus. */
    record Decision(boolean approuve, String motivation, Integer pour, Integer contre, Integer abstentions,
            SeanceQuiDecide seance) {
    }

    /**
     * A subject as the agenda and the procès-verbal name it. {@code libelle}: « Création du pôle : Pôle logistique »;
     * {@code lien}: its page; {@code aDecider}: the Instance still has to decide it.
     */
    record Sujet(String type, long id, String bassin, String libelle, String lien, boolean aDecider) {
    }
}
