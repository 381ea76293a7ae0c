package be.ibefe.avis.tasks;

import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * Whether the current user works on tasks, by the rule that guards the task pages ({@link Groupes#TACHES}): the pages
 * ask it before offering a link to them ({@code ${@accesTaches.peutTraiter()}}), so that nobody is shown a link that
 * answers 403.
 */
@Component("accesTaches")
public class AccesTaches {

    private final CurrentUser currentUser;

    AccesTaches(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean peutTraiter() {
        return currentUser.groupes().stream().anyMatch(Arrays.asList(Groupes.TACHES)::contains);
    }
}
