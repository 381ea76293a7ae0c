package be.ibefe.avis.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A multipart body is read before any controller is chosen, so no controller advice sees it fail. Left to Spring, a
 * broken body became a 500, and a too large one a 413 sent through the error page, which read the body again, failed
 * again and went out empty. Answered here at once: problem+json under the API's paths, the French error page
 * elsewhere.
 */
@Component
class EnvoisIllisibles implements HandlerExceptionResolver, Ordered {

    private final ProblemHandler problemHandler;
    private final Problemes problemes;

    EnvoisIllisibles(ProblemHandler problemHandler, Problemes problemes) {
        this.problemHandler = problemHandler;
        this.problemes = problemes;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (handler != null || !(e instanceof MultipartException)) {
            return null;
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            HttpStatus status = e instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE
                    : HttpStatus.BAD_REQUEST;
            return ErreursSansControleur.page(status, ErreursSansControleur.message(status));
        }
        try {
            problemes.ecrire(response, problemHandler.avantControleur(e).orElseThrow(), request.getRequestURI());
        } catch (IOException ecriture) {
            throw new UncheckedIOException(ecriture);
        }
        return new ModelAndView();
    }

    /** Before Spring's own resolvers, which answer these with an empty error. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
