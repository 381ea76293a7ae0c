package be.ibefe.avis.calendrier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret address of each user's iCalendar feed: 256 random bits a calendar client keeps in its URL, since it
 * cannot sign in. Only its SHA-256 is stored; a new one revokes the previous one; the user revokes it at will.
 */
@Service
public class JetonsCalendrier {

    private static final SecureRandom HASARD = new SecureRandom();

    private final JetonCalendrierRepository jetons;
    private final Clock clock;

    JetonsCalendrier(JetonCalendrierRepository jetons, Clock clock) {
        this.jetons = jetons;
        this.clock = clock;
    }

    /** A new secret for {@code login}, shown once; the previous one opens nothing any more. */
    @Transactional
    public String creer(String login) {
        revoquer(login);
        byte[] octets = new byte[32];
        HASARD.nextBytes(octets);
        String jeton = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
        jetons.save(new JetonCalendrier(login, empreinte(jeton), clock.instant()));
        return jeton;
    }

    @Transactional
    public void revoquer(String login) {
        jetons.findByUtilisateurAndRevoqueLeIsNull(login).forEach(j -> j.revoquer(clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<JetonCalendrier> actif(String login) {
        return jetons.findByUtilisateurAndRevoqueLeIsNull(login).stream().findFirst();
    }

    /** Whose feed a secret opens, if it is one in force. */
    @Transactional(readOnly = true)
    public Optional<String> utilisateur(String jeton) {
        if (jeton == null || jeton.length() != 43) {
            return Optional.empty();
        }
        return jetons.findByEmpreinteAndRevoqueLeIsNull(empreinte(jeton)).map(JetonCalendrier::getUtilisateur);
    }

    private static String empreinte(String jeton) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(jeton.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
