package be.ibefe.avis.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Users and groups live in the engine's identity tables, so the API, our pages and the Camunda webapps share one
 * set of accounts. Each group becomes the role {@code ROLE_<group id>}.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String ROLE_PREFIX = "ROLE_";

    private final IdentityService identityService;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName();
        Object motDePasse = authentication.getCredentials();
        if (login == null || login.isBlank() || motDePasse == null
                || !identityService.checkPassword(login, motDePasse.toString())) {
            throw new BadCredentialsException("Identifiant ou mot de passe incorrect.");
        }
        List<GrantedAuthority> roles = identityService.createGroupQuery().groupMember(login).list().stream()
                .map(Group::getId)
                .<GrantedAuthority>map(groupe -> new SimpleGrantedAuthority(ROLE_PREFIX + groupe))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(login, null, roles);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
