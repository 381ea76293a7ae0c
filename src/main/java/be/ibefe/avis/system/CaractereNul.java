package be.ibefe.avis.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses the NUL character (U+0000) and lone UTF-16 surrogates in every text of a request body, field by field.
 * Both are valid JSON ({@code "\u0000"}, {@code "\ud800"}), but no text of a dossier needs them: PostgreSQL cannot
 * store NUL (neither in {@code text} nor in {@code jsonb}), and a lone surrogate is no character at all, which the
 * databases store as « ? », so that two different external references would become one. Without this check the same
 * request would be refused on one database and accepted on the other, fail with a 500, or silently answer with
 * another dossier. The query string and forms are checked by {@link CaractereNulFiltre}; what neither reads (a
 * multipart field, a file's name, a file's content) is checked where it is read, with {@link #interdit}.
 */
@ControllerAdvice
public class CaractereNul extends RequestBodyAdviceAdapter {

    public static final String MESSAGE = "Caractère nul (U+0000) interdit : retirez-le du texte.";
    static final String MESSAGE_SURROGAT = "Caractère invalide : une moitié de caractère UTF-16 (U+D800 à U+DFFF) "
            + "sans son autre moitié ; retirez-la du texte.";
    private static final int PROFONDEUR_MAX = 64;

    @Override
    public boolean supports(MethodParameter parameter, Type type, Class<? extends HttpMessageConverter<?>> converter) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage message, MethodParameter parameter, Type type,
            Class<? extends HttpMessageConverter<?>> converter) {
        List<ChampErreur> erreurs = new ArrayList<>();
        parcourir(body, "", erreurs, 0);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return body;
    }

    /** Why the text is refused, or null when it holds neither NUL nor a lone surrogate. */
    public static String interdit(CharSequence texte) {
        if (texte == null) {
            return null;
        }
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            if (c == 0) {
                return MESSAGE;
            }
            if (Character.isHighSurrogate(c) && i + 1 < texte.length() && Character.isLowSurrogate(texte.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return MESSAGE_SURROGAT;
            }
        }
        return null;
    }

    private static void verifier(CharSequence texte, String chemin, List<ChampErreur> erreurs) {
        String motif = interdit(texte);
        if (motif != null) {
            erreurs.add(new ChampErreur(chemin, motif));
        }
    }

    private static void parcourir(Object valeur, String chemin, List<ChampErreur> erreurs, int profondeur) {
        if (valeur == null || profondeur > PROFONDEUR_MAX) {
            return;
        }
        if (valeur instanceof CharSequence texte) {
            verifier(texte, chemin, erreurs);
        } else if (valeur instanceof JsonNode noeud) {
            noeud(noeud, chemin, erreurs, profondeur);
        } else if (valeur instanceof Map<?, ?> map) {
            map.forEach((cle, v) -> {
                String sous = sous(chemin, String.valueOf(cle));
                if (cle instanceof CharSequence nom) {
                    verifier(nom, sous, erreurs);
                }
                parcourir(v, sous, erreurs, profondeur + 1);
            });
        } else if (valeur instanceof Collection<?> liste) {
            int i = 0;
            for (Object element : liste) {
                parcourir(element, chemin + "[" + i++ + "]", erreurs, profondeur + 1);
            }
        } else if (valeur instanceof Object[] tableau) {
            for (int i = 0; i < tableau.length; i++) {
                parcourir(tableau[i], chemin + "[" + i + "]", erreurs, profondeur + 1);
            }
        } else if (valeur instanceof Record) {
            for (RecordComponent composant : valeur.getClass().getRecordComponents()) {
                Method accesseur = composant.getAccessor();
                // the bodies are records of the application, often nested in a package-private controller
                if (!accesseur.trySetAccessible()) {
                    throw new IllegalStateException("Composant illisible : " + composant);
                }
                try {
                    parcourir(accesseur.invoke(valeur), sous(chemin, composant.getName()), erreurs, profondeur + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Composant illisible : " + composant, e);
                }
            }
        }
    }

    private static void noeud(JsonNode noeud, String chemin, List<ChampErreur> erreurs, int profondeur) {
        if (profondeur > PROFONDEUR_MAX) {
            return;
        }
        if (noeud.isTextual()) {
            verifier(noeud.textValue(), chemin, erreurs);
        } else if (noeud.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = noeud.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> champ = it.next();
                String sous = sous(chemin, champ.getKey());
                verifier(champ.getKey(), sous, erreurs);
                noeud(champ.getValue(), sous, erreurs, profondeur + 1);
            }
        } else if (noeud.isArray()) {
            for (int i = 0; i < noeud.size(); i++) {
                noeud(noeud.get(i), chemin + "[" + i + "]", erreurs, profondeur + 1);
            }
        }
    }

    private static String sous(String chemin, String nom) {
        return chemin.isEmpty() ? nom : chemin + "." + nom;
    }
}
