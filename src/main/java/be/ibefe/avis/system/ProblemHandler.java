package be.ibefe.avis.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mapping.PropertyReferenceException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the API's controllers as application/problem+json with a French detail, the status and message of
 * the application's exceptions read from {@link StatutsDesErreurs}. Pages have their own French error pages
 * ({@link ErreursDesControleursDePages}); errors raised before any controller (an unknown address) go through
 * {@link ErreursSansControleur}, which answers the API's paths with {@link #avantControleur}. First in order: the
 * pages' advice also matches the API's controllers, which are {@code @Controller}s too.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(DonneesInvalidesException.class)
    ProblemDetail donneesInvalides(DonneesInvalidesException e) {
        return Problemes.de(e).orElseThrow();
    }

    @ExceptionHandler(OccupeException.class)
    ResponseEntity<ProblemDetail> occupe(OccupeException e) {
        HttpStatus status = StatutsDesErreurs.de(e).orElseThrow().status();
        return ResponseEntity.status(status)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.reessayerApresSecondes()))
                .body(Problemes.probleme(status, e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail illisible(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CorpsTropVolumineuxException tropGros) {
                return Problemes.probleme(HttpStatus.PAYLOAD_TOO_LARGE, tropGros.getMessage());
            }
        }
        if (cause instanceof UnrecognizedPropertyException inconnu) {
            return champ(inconnu, "Champ inconnu. Champs admis : " + inconnu.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ".");
        }
        if (cause instanceof InvalidFormatException format) {
            return champ(format, valeurInvalide(format.getValue(), format.getTargetType()));
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return champ(mismatch, "Type de valeur incorrect : " + attendu(mismatch.getTargetType()) + " attendu.");
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return champ(mapping, "Valeur invalide.");
        }
        if (cause instanceof StreamReadException lecture && lecture.getProcessor() != null
                && lecture.getOriginalMessage() != null && lecture.getOriginalMessage().startsWith("Duplicate field")) {
            return Problemes.validation("La demande contient une erreur.", List.of(new ChampErreur(
                    chemin(lecture.getProcessor().getParsingContext()),
                    "Ce champ figure deux fois : donnez-le une seule fois.")));
        }
        if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
            return Problemes.probleme(HttpStatus.BAD_REQUEST,
                    "Le corps de la requête n'est pas un JSON valide (ligne %d, colonne %d)."
                            .formatted(json.getLocation().getLineNr(), json.getLocation().getColumnNr()));
        }
        return Problemes.probleme(HttpStatus.BAD_REQUEST, "Le corps de la requête est absent ou illisible.");
    }

    @ExceptionHandler(CorpsTropVolumineuxException.class)
    ProblemDetail tropVolumineux(CorpsTropVolumineuxException e) {
        return Problemes.probleme(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail fichierTropGros(MaxUploadSizeExceededException e) {
        return Problemes.probleme(HttpStatus.PAYLOAD_TOO_LARGE, "Le fichier dépasse la taille maximale autorisée.");
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipartIllisible(MultipartException e) {
        return Problemes.probleme(HttpStatus.BAD_REQUEST,
                "Envoi de fichier illisible : un formulaire multipart/form-data avec un fichier est attendu.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail typeNonPrisEnCharge(HttpMediaTypeNotSupportedException e) {
        return Problemes.probleme(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Type de contenu « %s » non pris en charge. Types admis : %s.".formatted(e.getContentType(),
                        e.getSupportedMediaTypes().stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail nonAcceptable(HttpMediaTypeNotAcceptableException e) {
        return Problemes.probleme(HttpStatus.NOT_ACCEPTABLE, "Le format de réponse demandé n'est pas disponible.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methode(HttpRequestMethodNotSupportedException e) {
        return Problemes.probleme(HttpStatus.METHOD_NOT_ALLOWED,
                "La méthode %s n'est pas admise sur cette adresse.".formatted(e.getMethod()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail parametreManquant(MissingServletRequestParameterException e) {
        return Problemes.validation("Paramètre obligatoire manquant.",
                List.of(new ChampErreur(e.getParameterName(), "Ce paramètre est obligatoire.")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail parametreInvalide(MethodArgumentTypeMismatchException e) {
        return Problemes.validation("Paramètre invalide.",
                List.of(new ChampErreur(e.getName(), valeurInvalide(e.getValue(), e.getRequiredType()))));
    }

    @ExceptionHandler(PropertyReferenceException.class)
    ProblemDetail triInconnu(PropertyReferenceException e) {
        return Problemes.validation("Paramètre invalide.", List.of(new ChampErreur("sort",
                "Impossible de trier sur « %s ».".formatted(e.getPropertyName()))));
    }

    ProblemDetail adresseInconnue(NoResourceFoundException e) {
        return Problemes.probleme(HttpStatus.NOT_FOUND, "Aucune ressource à l'adresse /" + e.getResourcePath() + ".");
    }

    /**
     * The errors Spring MVC raises before any controller is chosen (unknown address, method, content type, a multipart
     * body that cannot be read or is too large), which no controller advice sees: {@link ErreursSansControleur} and
     * {@link EnvoisIllisibles} ask here for their problem under the API's paths.
     */
    Optional<ProblemDetail> avantControleur(Throwable e) {
        if (e instanceof NoResourceFoundException inconnue) {
            return Optional.of(adresseInconnue(inconnue));
        }
        if (e instanceof HttpRequestMethodNotSupportedException methode) {
            return Optional.of(methode(methode));
        }
        if (e instanceof HttpMediaTypeNotSupportedException type) {
            return Optional.of(typeNonPrisEnCharge(type));
        }
        if (e instanceof HttpMediaTypeNotAcceptableException format) {
            return Optional.of(nonAcceptable(format));
        }
        if (e instanceof MultipartException envoi && envoi.getRootCause() instanceof InvalidFileNameException) {
            // Tomcat refuses a file name holding a NUL while it parses the form, before any controller
            return Optional.of(Problemes.validation("Le nom du fichier envoyé contient un caractère nul.",
                    List.of(new ChampErreur("fichier", "Le nom du fichier contient un caractère nul (U+0000) : "
                            + "renommez le fichier."))));
        }
        // a multipart body is read before the controller is chosen
        if (e instanceof MaxUploadSizeExceededException tropGros) {
            return Optional.of(fichierTropGros(tropGros));
        }
        if (e instanceof MultipartException illisible) {
            return Optional.of(multipartIllisible(illisible));
        }
        return Optional.empty();
    }

    /** The exceptions of {@link StatutsDesErreurs}, with their status and message; any other is unexpected. */
    @ExceptionHandler(Exception.class)
    ProblemDetail selonLaTable(Exception e) {
        return Problemes.de(e).orElseGet(() -> {
            LOG.error("Erreur inattendue", e);
            return Problemes.probleme(HttpStatus.INTERNAL_SERVER_ERROR, Problemes.ERREUR_INATTENDUE);
        });
    }

    private static ProblemDetail champ(JsonMappingException e, String message) {
        return Problemes.validation("La demande contient une erreur.", List.of(new ChampErreur(chemin(e), message)));
    }

    /** The path of the field a parser stands on: {@code donnees.filieres[0].heures}. */
    private static String chemin(JsonStreamContext contexte) {
        StringBuilder chemin = new StringBuilder();
        for (JsonStreamContext c = contexte; c != null && !c.inRoot(); c = c.getParent()) {
            String element = c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName();
            if (element != null) {
                chemin.insert(0, chemin.isEmpty() || chemin.charAt(0) == '[' ? element : element + ".");
            }
        }
        return chemin.toString();
    }

    static String chemin(JsonMappingException e) {
        StringBuilder chemin = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!chemin.isEmpty()) {
                    chemin.append('.');
                }
                chemin.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                chemin.append('[').append(ref.getIndex()).append(']');
            }
        }
        return chemin.toString();
    }

    static String valeurInvalide(Object valeur, Class<?> type) {
        Optional<String> codes = codesAdmis(type);
        if (codes.isPresent()) {
            return "Valeur « %s » inconnue. Valeurs admises : %s.".formatted(valeur, codes.get());
        }
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            return "Date « %s » invalide : une date réelle au format AAAA-MM-JJ est attendue (ex. 2024-03-26)."
                    .formatted(valeur);
        }
        return "Valeur « %s » invalide : %s attendu.".formatted(valeur, attendu(type));
    }

    private static String attendu(Class<?> type) {
        if (type == null) {
            return "une autre valeur";
        }
        if (type == LocalDate.class) {
            return "une date AAAA-MM-JJ";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true ou false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "un nombre";
        }
        if (type == String.class) {
            return "un texte";
        }
        Optional<String> codes = codesAdmis(type);
        if (codes.isPresent()) {
            return "un code parmi " + codes.get();
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "une liste";
        }
        return "un objet";
    }

    /**
     * The codes a value of {@code type} may take: an enum's constants, or those of a class of codes held as data, which
     * lists them as an enum does, by a static {@code values()} (bassin/AvisType, whose types the configuration may
     * extend).
     */
    private static Optional<String> codesAdmis(Class<?> type) {
        if (type == null) {
            return Optional.empty();
        }
        Object[] constantes = type.getEnumConstants();
        if (constantes == null) {
            try {
                Method values = type.getMethod("values");
                if (!Modifier.isStatic(values.getModifiers()) || !values.getReturnType().isArray()
                        || !type.isAssignableFrom(values.getReturnType().getComponentType())) {
                    return Optional.empty();
                }
                constantes = (Object[]) values.invoke(null);
            } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
                return Optional.empty();
            }
        }
        return Optional.of(Arrays.stream(constantes).map(String::valueOf).collect(Collectors.joining(", ")));
    }
}
