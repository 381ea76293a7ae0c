package be.ibefe.avis.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a NUL character (U+0000), or a lone UTF-16 surrogate, in the query string or in a submitted form before
 * anything reads it: PostgreSQL cannot compare or store the one, no database the other. The API answers problem+json naming each parameter, pages a French error page. Bodies
 * in JSON are checked field by field by {@link CaractereNul}.
 */
@Component
class CaractereNulFiltre extends OncePerRequestFilter {

    private final Problemes problemes;

    CaractereNulFiltre(Problemes problemes) {
        this.problemes = problemes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requete = request.getQueryString();
        boolean formulaire = request.getContentType() != null && request.getContentType().toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded");
        if ((requete == null || !requete.toLowerCase(Locale.ROOT).contains("%00")) && !formulaire) {
            chain.doFilter(request, response);
            return;
        }
        List<ChampErreur> erreurs = new ArrayList<>();
        for (Map.Entry<String, String[]> parametre : request.getParameterMap().entrySet()) {
            String motif = CaractereNul.interdit(parametre.getKey());
            for (String valeur : parametre.getValue()) {
                motif = motif != null ? motif : CaractereNul.interdit(valeur);
            }
            if (motif != null) {
                erreurs.add(new ChampErreur(parametre.getKey().replace('\u0000', '?'), motif));
            }
        }
        if (erreurs.isEmpty()) {
            chain.doFilter(request, response);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problemes.ecrire(response, Problemes.validation(
                    "Les paramètres de la requête contiennent un caractère interdit.", erreurs), request.getRequestURI());
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
