package be.ibefe.avis.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wrong passwords, counted per login and client address (table {@code tentative_connexion}): after
 * {@code avis.securite.tentatives-avant-verrouillage} in a row, the login is locked for that address, first for
 * {@code duree-verrouillage}, each further wrong password {@code croissance-verrouillage} times longer, never longer
 * than {@code duree-verrouillage-max}; the right password starts the count afresh. The lock keeps out the address
 * that earned it: whoever knows a login can slow down his own guesses, not lock the account's owner out, who signs in
 * from his own address. A login that does not exist is counted the same way, after one password check like a real
 * one: whoever tries logins learns nothing from the answers nor from their time. Time is the engine's
 * ({@link ClockUtil}). Each count is written in a transaction of its own, so that the failed sign-in that caused it
 * cannot roll it back.
 */
@Component
class Verrouillages {

    /** A failure older than this, its lock over, is forgotten (the count starts again). */
    private static final Duration OUBLI = Duration.ofDays(1);

    private final int tentatives;
    private final Duration premiere;
    private final double croissance;
    private final Duration maximum;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate aPart;
    private volatile String empreinteFactice;

    Verrouillages(ParametresSecurite parametres, NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.tentatives = parametres.tentativesAvantVerrouillage();
        this.premiere = parametres.dureeVerrouillage();
        this.croissance = parametres.croissanceVerrouillage();
        this.maximum = parametres.dureeVerrouillageMax();
        this.jdbc = jdbc;
        this.aPart = new TransactionTemplate(transactions);
        this.aPart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A login locked for an address, until when, after how many wrong passwords in a row. */
    record Verrou(String login, String adresse, int echecs, Instant fin) {
    }

    /** How long the {@code echecs}-th wrong password in a row locks the login; none below the threshold. */
    Optional<Duration> dureeApres(int echecs) {
        if (echecs < tentatives) {
            return Optional.empty();
        }
        double millis = premiere.toMillis() * Math.pow(croissance, echecs - tentatives);
        return Optional.of(millis >= maximum.toMillis() ? maximum : Duration.ofMillis(Math.round(millis)));
    }

    /** The end of the lock of {@code login} for the current client's address, if it is locked now. */
    Optional<Instant> finDuVerrou(String login) {
        return jdbc.query("select fin from tentative_connexion where login = :login and adresse = :adresse"
                        + " and fin > :maintenant", cle(login).addValue("maintenant", maintenant()),
                (rs, n) -> rs.getTimestamp("fin").toInstant()).stream().findFirst();
    }

    boolean verrouille(String login) {
        return finDuVerrou(login).isPresent();
    }

    private void echec(String login) {
        MapSqlParameterSource parametres = cle(login).addValue("maintenant", maintenant());
        aPart.executeWithoutResult(statut -> {
            jdbc.update("delete from tentative_connexion where dernier_echec < :oubli and (fin is null or fin < :maintenant)",
                    new MapSqlParameterSource("oubli", Timestamp.from(maintenant().toInstant().minus(OUBLI)))
                            .addValue("maintenant", maintenant()));
            Integer avant = jdbc.query("select echecs from tentative_connexion where login = :login"
                    + " and adresse = :adresse for update", parametres, (rs, n) -> rs.getInt(1)).stream()
                    .findFirst().orElse(null);
            int echecs = avant == null ? 1 : avant + 1;
            parametres.addValue("echecs", echecs).addValue("fin", dureeApres(echecs)
                    .map(d -> Timestamp.from(maintenant().toInstant().plus(d))).orElse(null));
            if (avant != null) {
                jdbc.update("update tentative_connexion set echecs = :echecs, fin = :fin, dernier_echec = :maintenant"
                        + " where login = :login and adresse = :adresse", parametres);
                return;
            }
            jdbc.update("insert into tentative_connexion (login, adresse, echecs, fin, dernier_echec)"
                    + " values (:login, :adresse, :echecs, :fin, :maintenant)", parametres);
        });
    }

    /**
     * A wrong password for {@code login} from the current client: counted, and the login locked past the threshold.
     * One that raced another wrong password's first insert is counted again, on the row that one made.
     */
    void compterEchec(String login) {
        try {
            echec(login);
        } catch (DuplicateKeyException simultane) {
            echec(login);
        }
    }

    /** The right password from the current client: its count starts afresh. */
    void reussite(String login) {
        aPart.executeWithoutResult(statut -> jdbc.update(
                "delete from tentative_connexion where login = :login and adresse = :adresse", cle(login)));
    }

    /** An administrator lifts every lock of a login, from every address; true if there was one. */
    boolean deverrouiller(String login) {
        Boolean leve = aPart.execute(statut -> {
            boolean verrouille = !jdbc.query("select 1 from tentative_connexion where login = :login"
                    + " and fin > :maintenant", new MapSqlParameterSource("login", login)
                    .addValue("maintenant", maintenant()), (rs, n) -> 1).isEmpty();
            jdbc.update("delete from tentative_connexion where login = :login",
                    new MapSqlParameterSource("login", login));
            return verrouille;
        });
        return Boolean.TRUE.equals(leve);
    }

    /** The locks in force now, the latest to end first. */
    List<Verrou> enCours() {
        return jdbc.query("select login, adresse, echecs, fin from tentative_connexion where fin > :maintenant"
                        + " order by fin desc, login, adresse", new MapSqlParameterSource("maintenant", maintenant()),
                (rs, n) -> new Verrou(rs.getString("login"), rs.getString("adresse"), rs.getInt("echecs"),
                        rs.getTimestamp("fin").toInstant()));
    }

    /**
     * A password given for a login that has no account: refused, after the same work as for a real one (one check
     * against a hash, unless the login is locked, when the engine checks nothing either) and counted as a failure.
     */
    void refuserInconnu(String login, String motDePasse, PasswordManager motsDePasse) {
        if (verrouille(login)) {
            return;
        }
        if (empreinteFactice == null) {
            empreinteFactice = motsDePasse.encrypt(UUID.randomUUID().toString());
        }
        motsDePasse.check(motDePasse, empreinteFactice);
        compterEchec(login);
    }

    /** No account's login is longer than the column: a longer one is counted under its beginning. */
    private static MapSqlParameterSource cle(String login) {
        return new MapSqlParameterSource("login", login.length() > 255 ? login.substring(0, 255) : login)
                .addValue("adresse", AdresseDuClient.actuelle());
    }

    private static Timestamp maintenant() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }
}
