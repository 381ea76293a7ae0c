package be.ibefe.avis.security;

import be.ibefe.avis.system.Problemes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API authenticates each call by HTTP Basic, which a browser replays by itself: a page of another site could
 * make it post a form (multipart included, no preflight) to the API in its user's name. A change (any method but
 * GET, HEAD, OPTIONS, TRACE) is therefore accepted only when the origin the browser announces ({@code Origin}, or
 * else the {@code Referer}) is the application's own (scheme, host and port of the request) or one of
 * {@code avis.securite.origines-admises}. A client that announces none (curl, another server) is no browser
 * carrying someone else's credentials: it goes on to the usual authentication.
 */
class OrigineDesModifications extends OncePerRequestFilter {

    static final String REFUS = "Cette modification a été envoyée depuis une page d'un autre site : elle est "
            + "refusée. Faites-la depuis l'application elle-même.";

    private static final Set<String> LECTURES = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Problemes problemes;
    private final Set<String> admises;

    OrigineDesModifications(Problemes problemes, List<String> admises) {
        this.problemes = problemes;
        this.admises = admises.stream().map(OrigineDesModifications::origine).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String annoncee = request.getHeader(HttpHeaders.ORIGIN) != null ? request.getHeader(HttpHeaders.ORIGIN)
                : request.getHeader(HttpHeaders.REFERER);
        if (LECTURES.contains(request.getMethod()) || annoncee == null || admise(request, origine(annoncee))) {
            chain.doFilter(request, response);
        } else {
            problemes.ecrire(response, HttpStatus.FORBIDDEN, REFUS, request.getRequestURI());
        }
    }

    private boolean admise(HttpServletRequest request, String origine) {
        return origine != null && (admises.contains(origine)
                || origine.equals(origine(request.getScheme(), request.getServerName(), request.getServerPort())));
    }

    /** Scheme, host and port of an address, the default port written out; null for what is no such address. */
    private static String origine(String adresse) {
        try {
            URI uri = new URI(adresse.trim());
            return uri.getScheme() == null || uri.getHost() == null ? null
                    : origine(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String origine(String schema, String hote, int port) {
        String minuscules = schema.toLowerCase(Locale.ROOT);
        int effectif = port != -1 ? port : "https".equals(minuscules) ? 443 : 80;
        return minuscules + "://" + hote.toLowerCase(Locale.ROOT) + ":" + effectif;
    }
}
