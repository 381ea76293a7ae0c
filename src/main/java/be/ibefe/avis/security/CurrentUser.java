package be.ibefe.avis.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting. Inside the engine (a delegate run because someone completed a task, from our API or from Camunda
 * Tasklist) the engine's authentication names him; otherwise the web request does; otherwise it is the system
 * (timers, start-up).
 */
@Component
public class CurrentUser {

    public static final String SYSTEME = "systeme";

    private final IdentityService identityService;

    public CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String login() {
        org.camunda.bpm.engine.impl.identity.Authentication moteur = identityService.getCurrentAuthentication();
        if (moteur != null && moteur.getUserId() != null) {
            return moteur.getUserId();
        }
        Authentication web = webAuthentication();
        return web != null ? web.getName() : SYSTEME;
    }

    /** Whether a person is acting through a web request (else the engine or the system acts). */
    public boolean estUtilisateurWeb() {
        return webAuthentication() != null;
    }

    /** Groups of the user of the current web request. */
    public List<String> groupes() {
        Authentication web = webAuthentication();
        if (web == null) {
            return List.of();
        }
        return web.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(role -> role.startsWith(CamundaIdentityAuthenticationProvider.ROLE_PREFIX))
                .map(role -> role.substring(CamundaIdentityAuthenticationProvider.ROLE_PREFIX.length()))
                .toList();
    }

    private static Authentication webAuthentication() {
        Authentication web = SecurityContextHolder.getContext().getAuthentication();
        if (web == null || !web.isAuthenticated() || web instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return web;
    }
}
