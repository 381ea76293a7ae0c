package be.ibefe.avis.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The errors no controller answered (an unknown address, a page refused by the security filters, a failure in a
 * filter): problem+json under the API's paths, a French page with a way back everywhere else.
 */
@Controller
class ErreursSansControleur implements ErrorController {

    static final String VUE = "erreur";

    private final ErrorAttributes errorAttributes;
    private final ProblemHandler problemHandler;

    ErreursSansControleur(ErrorAttributes errorAttributes, ProblemHandler problemHandler) {
        this.errorAttributes = errorAttributes;
        this.problemHandler = problemHandler;
    }

    @RequestMapping("/error")
    Object erreur(HttpServletRequest request) {
        HttpStatus status = status(request);
        String chemin = chemin(request);
        if (!chemin.startsWith("/api/") && !chemin.startsWith("/engine-rest/")) {
            return page(status, message(status));
        }
        Throwable cause = errorAttributes.getError(new ServletWebRequest(request));
        ProblemDetail probleme = Optional.ofNullable(cause).flatMap(problemHandler::avantControleur)
                .orElseGet(() -> Problemes.probleme(status, status == HttpStatus.NOT_FOUND
                        ? "Aucune ressource à l'adresse " + chemin + "." : message(status)));
        probleme.setInstance(URI.create(chemin));
        return ResponseEntity.status(probleme.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleme);
    }

    static ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView(VUE, status);
        page.addObject("titre", titre(status));
        page.addObject("message", message);
        page.addObject("status", status.value());
        return page;
    }

    private static String titre(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "Accès refusé";
            case NOT_FOUND -> "Page introuvable";
            case BAD_REQUEST -> "Demande invalide";
            case PAYLOAD_TOO_LARGE -> "Envoi trop volumineux";
            case INTERNAL_SERVER_ERROR -> "Erreur inattendue";
            default -> Problemes.titre(status);
        };
    }

    static String message(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "Cette page est réservée à d'autres groupes que les vôtres.";
            case NOT_FOUND -> "Cette page n'existe pas, ou plus : vérifiez l'adresse ou repartez du menu.";
            case METHOD_NOT_ALLOWED -> "Cette adresse ne s'utilise pas ainsi : repartez du menu.";
            case CONFLICT -> "Quelqu'un d'autre a agi au même moment : rechargez la page.";
            case PAYLOAD_TOO_LARGE -> "Le fichier ou le formulaire envoyé est trop volumineux.";
            default -> status.is5xxServerError() ? Problemes.ERREUR_INATTENDUE_PAGE
                    : "La demande n'a pas pu être traitée : repartez de la page précédente.";
        };
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // no error brought the request here: someone typed the address, which is no page of its own
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer valeur ? HttpStatus.resolve(valeur) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String chemin(HttpServletRequest request) {
        return Objects.toString(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), request.getRequestURI());
    }
}
