package be.ibefe.avis.system;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one table of what an exception of the application means to its user: an HTTP status and, when the exception
 * says it, the French message. The API ({@link ProblemHandler}, problem+json) and the pages
 * ({@link ErreursDesControleursDePages}) both read it; each only words the errors the table leaves to it (a refusal
 * of Spring Security, an unexpected failure) and shapes its own answer (the fields in error, a Retry-After header).
 */
public final class StatutsDesErreurs {

    /**
     * An exception's meaning.
     *
     * @param status its HTTP status
     * @param message its French message, or empty when the API and the pages word the status each in their own way
     */
    public record Erreur(HttpStatus status, Optional<String> message) {
    }

    private record Ligne(Class<? extends Throwable> type, HttpStatus status, Function<Throwable, String> message) {
    }

    private static final List<Ligne> TABLE = List.of(
            new Ligne(DonneesInvalidesException.class, HttpStatus.BAD_REQUEST, Throwable::getMessage),
            new Ligne(RessourceIntrouvableException.class, HttpStatus.NOT_FOUND, Throwable::getMessage),
            new Ligne(ActionInterditeException.class, HttpStatus.FORBIDDEN, Throwable::getMessage),
            new Ligne(AccessDeniedException.class, HttpStatus.FORBIDDEN, e -> null),
            new Ligne(ConflitException.class, HttpStatus.CONFLICT, Throwable::getMessage),
            new Ligne(TaskAlreadyClaimedException.class, HttpStatus.CONFLICT,
                    e -> Problemes.dejaPrise(((TaskAlreadyClaimedException) e).getTaskAssignee())),
            new Ligne(OptimisticLockingException.class, HttpStatus.CONFLICT, e -> Problemes.MODIFICATION_CONCURRENTE),
            new Ligne(OptimisticLockingFailureException.class, HttpStatus.CONFLICT,
                    e -> Problemes.MODIFICATION_CONCURRENTE),
            new Ligne(OccupeException.class, HttpStatus.SERVICE_UNAVAILABLE, Throwable::getMessage));

    private StatutsDesErreurs() {
    }

    /** The meaning of an exception the table knows, by its class or a parent class; empty for any other. */
    public static Optional<Erreur> de(Throwable e) {
        return TABLE.stream().filter(ligne -> ligne.type().isInstance(e)).findFirst()
                .map(ligne -> new Erreur(ligne.status(), Optional.ofNullable(ligne.message().apply(e))));
    }
}
