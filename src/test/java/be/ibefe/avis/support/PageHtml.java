package be.ibefe.avis.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * What a server-rendered page shows, read from its HTML as the browser would: the values its form fields hold (what
 * submitting it would send again) and the message shown beside a field. The pages are the application's own
 * Thymeleaf templates, so a few patterns read them; this is no general HTML parser.
 */
public final class PageHtml {

    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");

    private final String html;

    public PageHtml(String html) {
        this.html = html;
    }

    /**
     * The value of every named field of the page, in order: a text input's value, a textarea's text, a select's chosen
     * option, a checked box or radio button; buttons send nothing unless clicked.
     */
    public Map<String, List<String>> valeurs() {
        Map<String, List<String>> valeurs = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            String attributs = input.group(1);
            String type = attribut(attributs, "type").orElse("text");
            boolean coche = type.equals("checkbox") || type.equals("radio");
            if (!type.equals("submit") && (!coche || attribut(attributs, "checked").isPresent())) {
                attribut(attributs, "name").ifPresent(nom -> ajouter(valeurs, nom,
                        attribut(attributs, "value").orElse(coche ? "on" : "")));
            }
        }
        Matcher textarea = TEXTAREA.matcher(html);
        while (textarea.find()) {
            String texte = HtmlUtils.htmlUnescape(textarea.group(2));
            attribut(textarea.group(1), "name").ifPresent(nom -> ajouter(valeurs, nom, texte));
        }
        Matcher select = SELECT.matcher(html);
        while (select.find()) {
            Optional<String> nom = attribut(select.group(1), "name");
            Matcher option = OPTION.matcher(select.group(2));
            while (nom.isPresent() && option.find()) {
                if (attribut(option.group(1), "selected").isPresent()) {
                    ajouter(valeurs, nom.get(), attribut(option.group(1), "value").orElse(""));
                }
            }
        }
        return valeurs;
    }

    /** The text of the element of this id, e.g. the message {@code erreur-objet} beside the field {@code objet}. */
    public Optional<String> texte(String id) {
        Matcher element = Pattern.compile("<(\\w+)\\b[^>]*\\bid=\"" + Pattern.quote(HtmlUtils.htmlEscape(id))
                + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(html);
        return element.find() ? Optional.of(HtmlUtils.htmlUnescape(element.group(2).replaceAll("<[^>]+>", "")).trim())
                : Optional.empty();
    }

    private static void ajouter(Map<String, List<String>> valeurs, String nom, String valeur) {
        valeurs.computeIfAbsent(nom, n -> new ArrayList<>()).add(valeur);
    }

    private static Optional<String> attribut(String attributs, String nom) {
        Matcher valeur = Pattern.compile("(?:^|\\s)" + nom + "(?:=\"([^\"]*)\")?(?=\\s|/|$)").matcher(attributs);
        return valeur.find() ? Optional.of(valeur.group(1) == null ? "" : HtmlUtils.htmlUnescape(valeur.group(1)))
                : Optional.empty();
    }
}
