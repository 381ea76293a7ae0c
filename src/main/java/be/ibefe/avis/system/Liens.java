package be.ibefe.avis.system;

import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** Addresses the pages build: a list's filters carried into its sort and page links, a safe way back. */
public final class Liens {

    private Liens() {
    }

    /** The path with each parameter that has a value; the map's order is kept. */
    public static String url(String chemin, Map<String, ?> parametres) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(chemin);
        parametres.forEach((nom, valeur) -> {
            if (valeur != null && !valeur.toString().isBlank()) {
                url.queryParam(nom, valeur);
            }
        });
        return url.encode().build().toUriString();
    }

    /**
     * Where to go back after a form: a path of this application, never another site, and never a line break or other
     * control character (it would end the redirection's header after the action was done).
     */
    public static String retour(String demande, String parDefaut) {
        return demande != null && demande.startsWith("/") && !demande.startsWith("//") && !demande.contains("\\")
                && demande.chars().noneMatch(Character::isISOControl) ? demande : parDefaut;
    }
}
