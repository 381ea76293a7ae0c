package be.ibefe.avis.dossier;

import be.ibefe.avis.security.CurrentUser;
import java.time.Clock;
import org.springframework.stereotype.Component;

@Component
public class Traces {

    private final CurrentUser currentUser;
    private final Clock clock;

    public Traces(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Trace maintenant() {
        return new Trace(currentUser.login(), clock.instant());
    }

    /** The application acting on its own (a rule, a timer), whoever happens to have set it off. */
    public Trace systeme() {
        return new Trace(CurrentUser.SYSTEME, clock.instant());
    }
}
