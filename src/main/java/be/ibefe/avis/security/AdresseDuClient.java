package be.ibefe.avis.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client address of the current request, for {@link Verrouillages}: kept for the request's thread before any
 * other filter, so that every way a password is checked (our pages and API, the engine's REST API, the Camunda
 * webapps, each behind its own filters) counts its failures under the address that sent it. Behind a proxy, the
 * address it forwards, read by Tomcat's {@code RemoteIpValve} only from the proxies named in
 * {@code server.tomcat.remoteip.internal-proxies} ({@code AVIS_MANDATAIRES}). An IPv6 address counts as its /64
 * network: one subscriber commonly holds a whole /64, and would otherwise get a fresh count with each address of it.
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

    /**
     * The address under which a client's failures are counted: an IPv4 address as it is, an IPv6 one as its /64
     * network ({@code 2001:db8:1:2::/64}; an IPv4-mapped one as its IPv4 address), anything else cut to the column.
     */
    static String cle(String adresse) {
        if (adresse == null || adresse.isBlank()) {
            return SANS_ADRESSE;
        }
        String sansZone = adresse.replaceFirst("%.*$", "");
        if (sansZone.indexOf(':') >= 0 && sansZone.matches("\\[?[0-9A-Fa-f:.]+]?")) {
            try {
                // a literal: no name is looked up
                InetAddress ip = InetAddress.getByName(sansZone);
                if (ip instanceof Inet6Address) {
                    byte[] octets = Arrays.copyOf(ip.getAddress(), 16);
                    Arrays.fill(octets, 8, 16, (byte) 0);
                    return InetAddress.getByAddress(octets).getHostAddress().replaceFirst(":0:0:0:0$", "::")
                            + "/64";
                }
                return ip.getHostAddress();
            } catch (UnknownHostException illisible) {
                // not an address after all: counted as it came
            }
        }
        return adresse.length() > LONGUEUR_MAX ? adresse.substring(0, LONGUEUR_MAX) : adresse;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        ADRESSE.set(cle(requete.getRemoteAddr()));
        try {
            suite.doFilter(requete, reponse);
        } finally {
            ADRESSE.remove();
        }
    }
}
