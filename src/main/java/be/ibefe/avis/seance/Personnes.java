package be.ibefe.avis.seance;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The name of a person who acts on a séance without sitting in it (who closes it, who records an urgent measure for
 * the Bureau), from the first and last name of his account: a procès-verbal or a history names people, not logins.
 */
@Component
class Personnes {

    private final IdentityService identityService;

    Personnes(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** "Claire Coordinatrice"; the login itself only for an account without a name (the system). */
    String nom(String login) {
        if (login == null) {
            return null;
        }
        User compte = identityService.createUserQuery().userId(login).singleResult();
        String nom = compte == null ? "" : Stream.of(compte.getFirstName(), compte.getLastName())
                .filter(n -> n != null && !n.isBlank()).map(String::trim).collect(Collectors.joining(" "));
        return nom.isEmpty() ? login : nom;
    }
}
