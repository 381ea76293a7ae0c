package be.ibefe.avis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The one exception → status table the API and the pages read. */
class StatutsDesErreursTest {

    private static StatutsDesErreurs.Erreur de(Throwable e) {
        return StatutsDesErreurs.de(e).orElseThrow();
    }

    @Test
    void the_application_exceptions_keep_their_own_message() {
        assertThat(de(new RessourceIntrouvableException("Dossier 9 introuvable.")))
                .isEqualTo(new StatutsDesErreurs.Erreur(HttpStatus.NOT_FOUND,
                        Optional.of("Dossier 9 introuvable.")));
        assertThat(de(new ActionInterditeException("Non.")).status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(de(new ConflitException("Déjà clos.")).status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(de(new OccupeException("Occupé.", 5)).status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(de(new DonneesInvalidesException("nom", "Obligatoire.")).status())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void concurrent_changes_are_conflicts_worded_for_the_user() {
        assertThat(de(new OptimisticLockingException("ACT_RU_TASK"))).isEqualTo(new StatutsDesErreurs.Erreur(
                HttpStatus.CONFLICT, Optional.of(Problemes.MODIFICATION_CONCURRENTE)));
        // a subclass is found by its parent's line
        assertThat(de(new ObjectOptimisticLockingFailureException(Object.class, 1)).message())
                .contains(Problemes.MODIFICATION_CONCURRENTE);
        assertThat(de(new TaskAlreadyClaimedException("t1", "analyste")).message())
                .contains(Problemes.dejaPrise("analyste"));
    }

    @Test
    void a_refusal_of_spring_security_is_left_to_each_side_to_word() {
        assertThat(de(new AccessDeniedException("Access Denied")))
                .isEqualTo(new StatutsDesErreurs.Erreur(HttpStatus.FORBIDDEN, Optional.empty()));
    }

    @Test
    void any_other_exception_is_not_in_the_table() {
        assertThat(StatutsDesErreurs.de(new IllegalStateException("boum"))).isEmpty();
    }
}
