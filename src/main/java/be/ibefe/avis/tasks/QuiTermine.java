package be.ibefe.avis.tasks;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who may complete a task: the one it is assigned to; an unassigned task, a candidate user or a member of a candidate
 * group. One rule for our API and pages ({@link TacheService}) and for the engine's guard ({@link GardeDeCompletion}).
 */
final class QuiTermine {

    private QuiTermine() {
    }

    /** Why {@code login} may not complete the task, in French; empty when he may. */
    static Optional<String> refus(String nomTache, String assignee, Collection<? extends IdentityLink> liens,
            String login, Collection<String> groupes) {
        if (assignee != null) {
            return login.equals(assignee) ? Optional.empty()
                    : Optional.of("Cette tâche est attribuée à " + assignee + ".");
        }
        boolean candidat = liens.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .anyMatch(l -> login.equals(l.getUserId()) || groupes.contains(l.getGroupId()));
        if (candidat) {
            return Optional.empty();
        }
        String admis = liens.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(l -> l.getGroupId() != null ? l.getGroupId() : l.getUserId()).collect(Collectors.joining(", "));
        return Optional.of("La tâche « %s » est réservée à : %s.".formatted(nomTache, admis));
    }
}
