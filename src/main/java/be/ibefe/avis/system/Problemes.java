package be.ibefe.avis.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds the RFC 9457 problems of the API, in French; also writes them where no controller runs (filters). */
@Component
public class Problemes {

    public static final String ACCES_REFUSE = "Vos groupes ne vous permettent pas cette action.";
    public static final String MODIFICATION_CONCURRENTE =
            "Quelqu'un d'autre a modifié ce dossier ou cette tâche au même moment. Rechargez-le et recommencez.";
    public static final String ERREUR_INATTENDUE =
            "Une erreur inattendue s'est produite. Rien n'a été enregistré ; réessayez ou prévenez l'administrateur.";
    /**
     * A page may fail after its action was saved (while redirecting or rendering the next page): it never claims that
     * nothing was.
     */
    public static final String ERREUR_INATTENDUE_PAGE = "Une erreur inattendue s'est produite. Votre action a pu être "
            + "enregistrée : vérifiez-le avant de recommencer, et prévenez l'administrateur si l'erreur se répète.";

    private final ObjectMapper objectMapper;

    public Problemes(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public static ProblemDetail probleme(HttpStatus status, String detail) {
        ProblemDetail probleme = ProblemDetail.forStatusAndDetail(status, detail);
        probleme.setTitle(titre(status));
        return probleme;
    }

    public static ProblemDetail validation(String detail, List<ChampErreur> erreurs) {
        ProblemDetail probleme = probleme(HttpStatus.BAD_REQUEST, detail);
        probleme.setProperty("erreurs", erreurs);
        return probleme;
    }

    /**
     * The problem an exception of the application means ({@link StatutsDesErreurs}; a refused input with its fields
     * in error); empty for any other, which is unexpected.
     */
    public static Optional<ProblemDetail> de(Throwable e) {
        if (e instanceof DonneesInvalidesException invalide) {
            return Optional.of(validation(invalide.getErreurs().size() == 1 ? "La demande contient une erreur."
                    : invalide.getMessage(), invalide.getErreurs()));
        }
        return StatutsDesErreurs.de(e).map(erreur -> probleme(erreur.status(), erreur.message().orElse(ACCES_REFUSE)));
    }

    public void ecrire(HttpServletResponse response, HttpStatus status, String detail, String instance)
            throws IOException {
        ecrire(response, probleme(status, detail), instance);
    }

    public void ecrire(HttpServletResponse response, ProblemDetail probleme, String instance) throws IOException {
        probleme.setInstance(URI.create(instance));
        response.setStatus(probleme.getStatus());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), probleme);
    }

    public static String dejaPrise(String assignee) {
        return "Cette tâche a déjà été prise en charge par " + assignee + ".";
    }

    public static String titre(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Requête invalide";
            case UNAUTHORIZED -> "Authentification requise";
            case FORBIDDEN -> "Action non autorisée";
            case NOT_FOUND -> "Ressource introuvable";
            case METHOD_NOT_ALLOWED -> "Méthode non autorisée";
            case NOT_ACCEPTABLE -> "Format de réponse non disponible";
            case CONFLICT -> "Conflit";
            case PAYLOAD_TOO_LARGE -> "Requête trop volumineuse";
            case UNSUPPORTED_MEDIA_TYPE -> "Type de contenu non pris en charge";
            case SERVICE_UNAVAILABLE -> "Service momentanément indisponible";
            default -> status.is5xxServerError() ? "Erreur interne" : "Requête refusée";
        };
    }
}
