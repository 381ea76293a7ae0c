package be.ibefe.avis.security;

import be.ibefe.avis.system.ClockConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Users and groups live in the engine's identity tables, so the API, our pages and the Camunda webapps share one
 * set of accounts. Each group becomes the role {@code ROLE_<group id>}. A locked login is told so, with the time its
 * lock ends ({@link Verrouillages}), whether an account has it or not.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String ROLE_PREFIX = "ROLE_";

    private static final DateTimeFormatter FIN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ClockConfig.BRUXELLES);

    private final IdentityService identityService;
    private final Verrouillages verrouillages;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService, Verrouillages verrouillages) {
        this.identityService = identityService;
        this.verrouillages = verrouillages;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName();
        Object motDePasse = authentication.getCredentials();
        if (login == null || login.isBlank() || motDePasse == null) {
            throw new BadCredentialsException("Identifiant ou mot de passe incorrect.");
        }
        // the lock is read in the check's own turn: read after it, it could be the one a later check just set, and
        // a wrong password tested before the threshold would be answered « verrouillé »
        Optional<Optional<Instant>> refus = verrouillages.reserver(login,
                () -> identityService.checkPassword(login, motDePasse.toString()) ? Optional.empty()
                        : Optional.of(verrouillages.finDuVerrou(login)));
        if (refus.isPresent()) {
            if (refus.get().isPresent()) {
                throw new LockedException(verrouillage(refus.get().get()));
            }
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

    /**
     * The lock explained: until when, its end rounded up to the minute so that the time told is never too early, and
     * how long that is from now.
     */
    private static String verrouillage(Instant fin) {
        Instant arrondie = fin.plusSeconds(59).truncatedTo(ChronoUnit.MINUTES);
        long minutes = Math.max(1, Duration.between(ClockUtil.getCurrentTime().toInstant(), arrondie).toMinutes());
        return "Trop de tentatives de connexion infructueuses : cet identifiant est temporairement verrouillé pour "
                + "cette adresse, jusqu'au " + FIN.format(arrondie) + " (" + (minutes == 1 ? "1 minute" : minutes
                + " minutes") + "). Réessayez ensuite, ou demandez à un administrateur de le déverrouiller.";
    }
}
