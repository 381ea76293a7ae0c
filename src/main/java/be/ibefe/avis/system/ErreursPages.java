package be.ibefe.avis.system;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What goes wrong in a page becomes a French error page with its HTTP status and a way back. After
 * {@link ProblemHandler} in order, which answers for the API's controllers.
 */
@ControllerAdvice(annotations = Controller.class)
class ErreursPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErreursPages.class);

    @ExceptionHandler(RessourceIntrouvableException.class)
    ModelAndView introuvable(RessourceIntrouvableException e) {
        return PagesErreur.page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView adresseInvalide(MethodArgumentTypeMismatchException e) {
        return PagesErreur.page(HttpStatus.NOT_FOUND, PagesErreur.message(HttpStatus.NOT_FOUND));
    }

    @ExceptionHandler(ActionInterditeException.class)
    ModelAndView interdit(ActionInterditeException e) {
        return PagesErreur.page(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView refuse(AccessDeniedException e) {
        return PagesErreur.page(HttpStatus.FORBIDDEN, PagesErreur.message(HttpStatus.FORBIDDEN));
    }

    @ExceptionHandler(OccupeException.class)
    ModelAndView occupe(OccupeException e) {
        return PagesErreur.page(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler(ConflitException.class)
    ModelAndView conflit(ConflitException e) {
        return PagesErreur.page(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(TaskAlreadyClaimedException.class)
    ModelAndView dejaPrise(TaskAlreadyClaimedException e) {
        return PagesErreur.page(HttpStatus.CONFLICT, Problemes.dejaPrise(e.getTaskAssignee()));
    }

    @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class})
    ModelAndView modificationConcurrente(RuntimeException e) {
        return PagesErreur.page(HttpStatus.CONFLICT, Problemes.MODIFICATION_CONCURRENTE);
    }

    /** Input a page did not expect to check itself (its own forms show their errors beside each field). */
    @ExceptionHandler(DonneesInvalidesException.class)
    ModelAndView donneesInvalides(DonneesInvalidesException e) {
        ModelAndView page = PagesErreur.page(HttpStatus.BAD_REQUEST, "La demande contient une erreur.");
        page.addObject("erreurs", e.getErreurs());
        return page;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView inattendue(Exception e) {
        LOG.error("Erreur inattendue dans une page", e);
        return PagesErreur.page(HttpStatus.INTERNAL_SERVER_ERROR, Problemes.ERREUR_INATTENDUE_PAGE);
    }
}
