package be.ibefe.avis.security;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When a login is locked after wrong passwords, and until when: {@code avis.securite.tentatives-avant-verrouillage}
 * in a row lock it for {@code avis.securite.duree-verrouillage}, and every further wrong password after that locks it
 * again, until the right one is given; then it starts afresh. The lock ends by itself (the engine's own lock after
 * {@code loginMaxAttempts} never does: anyone knowing a login could lock its owner out for good).
 *
 * <p>An existing account keeps its count in the engine's identity table (the engine's unlock lifts it earlier). A
 * login that does not exist is counted here, in memory, the same way, and costs one password check like a real one:
 * whoever tries logins learns nothing from the answers nor from their time. Time is the engine's ({@link ClockUtil}).
 */
@Component
class Verrouillages {

    /** Unknown logins remembered at most; beyond, those no longer locked are forgotten. */
    private static final int INCONNUS_MAX = 10_000;

    private final int tentatives;
    private final Duration duree;
    private final Map<String, Echecs> inconnus = new ConcurrentHashMap<>();
    private volatile String empreinteFactice;

    Verrouillages(ParametresSecurite parametres) {
        this.tentatives = parametres.tentativesAvantVerrouillage();
        this.duree = parametres.dureeVerrouillage();
    }

    private record Echecs(int nombre, Date fin) {
    }

    /** The end of the lock that the {@code echecs}-th wrong password in a row brings; null below the threshold. */
    Date finApres(int echecs) {
        return echecs >= tentatives ? new Date(ClockUtil.getCurrentTime().getTime() + duree.toMillis()) : null;
    }

    boolean verrouille(Date fin) {
        return fin != null && fin.after(ClockUtil.getCurrentTime());
    }

    /** The end of the current or last lock of a login that has no account; null if it never was locked. */
    Date finInconnu(String login) {
        Echecs echecs = inconnus.get(login);
        return echecs == null ? null : echecs.fin();
    }

    /**
     * A password given for a login that has no account: refused, after the same work as for a real one (one check
     * against a hash, unless the login is locked, when the engine checks nothing either) and counted as a failure.
     */
    void refuserInconnu(String login, String motDePasse, PasswordManager motsDePasse) {
        if (verrouille(finInconnu(login))) {
            return;
        }
        if (empreinteFactice == null) {
            empreinteFactice = motsDePasse.encrypt(UUID.randomUUID().toString());
        }
        motsDePasse.check(motDePasse, empreinteFactice);
        if (inconnus.size() >= INCONNUS_MAX) {
            inconnus.values().removeIf(echecs -> !verrouille(echecs.fin()));
        }
        inconnus.compute(login, (cle, avant) -> {
            int nombre = avant == null ? 1 : avant.nombre() + 1;
            return new Echecs(nombre, finApres(nombre));
        });
    }
}
