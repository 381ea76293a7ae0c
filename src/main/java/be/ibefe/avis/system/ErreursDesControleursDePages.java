package be.ibefe.avis.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What goes wrong in a page becomes a French error page with its HTTP status and a way back: the status and message of
 * {@link StatutsDesErreurs}, the table the API reads too. After {@link ProblemHandler} in order, which answers for the
 * API's controllers.
 */
@ControllerAdvice(annotations = Controller.class)
class ErreursDesControleursDePages {

    private static final Logger LOG = LoggerFactory.getLogger(ErreursDesControleursDePages.class);

    /** A page's address holding a value of the wrong type (a word for a number) names no page: not found. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView adresseInvalide(MethodArgumentTypeMismatchException e) {
        return ErreursSansControleur.page(HttpStatus.NOT_FOUND, ErreursSansControleur.message(HttpStatus.NOT_FOUND));
    }

    /** Input a page did not expect to check itself (its own forms show their errors beside each field). */
    @ExceptionHandler(DonneesInvalidesException.class)
    ModelAndView donneesInvalides(DonneesInvalidesException e) {
        ModelAndView page = ErreursSansControleur.page(StatutsDesErreurs.de(e).orElseThrow().status(),
                "La demande contient une erreur.");
        page.addObject("erreurs", e.getErreurs());
        return page;
    }

    /** The exceptions of {@link StatutsDesErreurs}, with their status and message; any other is unexpected. */
    @ExceptionHandler(Exception.class)
    ModelAndView selonLaTable(Exception e) {
        return StatutsDesErreurs.de(e)
                .map(erreur -> ErreursSansControleur.page(erreur.status(),
                        erreur.message().orElseGet(() -> ErreursSansControleur.message(erreur.status()))))
                .orElseGet(() -> {
                    LOG.error("Erreur inattendue dans une page", e);
                    return ErreursSansControleur.page(HttpStatus.INTERNAL_SERVER_ERROR,
                            Problemes.ERREUR_INATTENDUE_PAGE);
                });
    }
}
