package be.ibefe.avis.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client address of the current request, for {@link Verrouillages}: kept for the request's thread before any
 * other filter, so that every way a password is checked (our pages and API, the engine's REST API, the Camunda
 * webapps, each behind its own filters) counts its failures under the address that sent it. Behind a proxy, the
 * address it forwards ({@code server.forward-headers-strategy}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdresseDuClient extends OncePerRequestFilter {

    /** The address of a check made outside any HTTP request (the application's own code). */
    static final String SANS_ADRESSE = "—";

    private static final int LONGUEUR_MAX = 64;
    private static final ThreadLocal<String> ADRESSE = new ThreadLocal<>();

    static String actuelle() {
        String adresse = ADRESSE.get();
        return adresse == null ? SANS_ADRESSE : adresse;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        String adresse = requete.getRemoteAddr();
        ADRESSE.set(adresse == null ? SANS_ADRESSE
                : adresse.length() > LONGUEUR_MAX ? adresse.substring(0, LONGUEUR_MAX) : adresse);
        try {
            suite.doFilter(requete, reponse);
        } finally {
            ADRESSE.remove();
        }
    }
}
