package be.ibefe.avis.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every request out while the engine's clock is moved to historical dates (the replay of the demonstration
 * year): that clock is the whole process's ({@link HorlogeDuMoteur}), so a request served meanwhile would be dated
 * in the past, and a login failure counted there. Closing waits for the requests under way to end; while closed,
 * each new request is answered 503 at once, before anything else runs (authentication included), with a French
 * problem and {@code Retry-After}.
 */
@Configuration
public class PorteDesRequetes {

    static final String FERMEE = "L'application charge l'année de démonstration à ses dates historiques : "
            + "réessayez dans un instant.";

    private final ReadWriteLock verrou = new ReentrantReadWriteLock();
    private final Problemes problemes;

    public PorteDesRequetes(Problemes problemes) {
        this.problemes = problemes;
    }

    /**
     * Closes the door for the calling thread, once the requests under way have ended (at most {@code attente});
     * {@link #ouvrir()} from the same thread opens it again.
     */
    public void fermer(Duration attente) {
        try {
            if (!verrou.writeLock().tryLock(attente.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Des requêtes sont encore en cours après " + attente
                        + " : l'horloge ne peut être déplacée.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrompu en attendant la fin des requêtes en cours.", e);
        }
    }

    public void ouvrir() {
        verrou.writeLock().unlock();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> filtrePorteDesRequetes() {
        FilterRegistrationBean<OncePerRequestFilter> filtre = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if (!verrou.readLock().tryLock()) {
                    response.setHeader("Retry-After", "30");
                    problemes.ecrire(response, HttpStatus.SERVICE_UNAVAILABLE, FERMEE, request.getRequestURI());
                    return;
                }
                try {
                    chain.doFilter(request, response);
                } finally {
                    verrou.readLock().unlock();
                }
            }
        });
        filtre.setName("porteDesRequetes");
        filtre.setOrder(Ordered.HIGHEST_PRECEDENCE);
        filtre.addUrlPatterns("/*");
        return filtre;
    }
}
