package be.ibefe.avis.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wrong passwords, counted per login and client address (table {@code tentative_connexion}): after
 * {@code avis.securite.tentatives-avant-verrouillage} in a row, the login is locked for that address, first for
 * {@code duree-verrouillage}, each further wrong password {@code croissance-verrouillage} times longer, never longer
 * than {@code duree-verrouillage-max}; the right password starts the count afresh. The lock keeps out the address
 * that earned it: whoever knows a login can slow down his own guesses, not lock the account's owner out, who signs in
 * from his own address. A login that does not exist is counted the same way, after one password check like a real
 * one: whoever tries logins learns nothing from the answers nor from their time. Time is the engine's
 * ({@link ClockUtil}). A count is written in the transaction of the engine's password check that found it, on the
 * same database connection (a transaction of its own would need a second connection for every sign-in: a burst of
 * sign-ins as large as the pool would wait for ever on each other). A wrong password ends that check without an
 * exception, so its count is committed with it. The count is one atomic increment of its row (the row's lock orders
 * simultaneous failures); the first failure inserts the row under a savepoint of that connection, so that a
 * simultaneous first failure that inserted it meanwhile turns the insert into the increment, without spoiling the
 * check's transaction. Each check of a login from an address waits for the previous one to be counted
 * ({@link #reserver}), so that simultaneous wrong passwords test no more than the threshold; a right password writes
 * nothing unless there was a count to forget. Old counts are forgotten by {@link #oublierLesAnciensEchecs}.
 */
@Component
public class Verrouillages {

    private final int tentatives;
    private final Duration premiere;
    private final double croissance;
    private final Duration maximum;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate ecriture;
    private final DataSource dataSource;
    private final ObjectProvider<JournalDesDeverrouillages> journal;
    private final Duration oubli;
    private final ConcurrentHashMap<Cle, Tour> tours = new ConcurrentHashMap<>();
    private volatile String empreinteFactice;

    Verrouillages(ParametresSecurite parametres, NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactions, DataSource dataSource, ObjectProvider<JournalDesDeverrouillages> journal) {
        this.tentatives = parametres.tentativesAvantVerrouillage();
        this.premiere = parametres.dureeVerrouillage();
        this.croissance = parametres.croissanceVerrouillage();
        this.maximum = parametres.dureeVerrouillageMax();
        this.jdbc = jdbc;
        // within the engine's check: its transaction and connection; elsewhere (the Comptes page): a transaction
        this.ecriture = new TransactionTemplate(transactions);
        this.dataSource = dataSource;
        // read when an unlock is journaled: the journal needs the engine, which needs this lock to start
        this.journal = journal;
        this.oubli = parametres.oubliEchecs();
    }

    /** A login locked for an address, until when, after how many wrong passwords in a row. */
    public record Verrou(String login, String adresse, int echecs, Instant fin) {
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

    /** The failures counted for a login and the current client's address, as a password check reads them. */
    record Compte(boolean echecs, boolean verrouille) {
    }

    /**
     * The count of {@code login} for the current client, read by the password check that follows, in its transaction:
     * its row, when there is one, stays locked until that check is committed, so that a check of the same login from
     * the same address on another node waits for this one's count (on this node, {@link #reserver} already orders
     * them).
     */
    Compte lireAvantVerification(String login) {
        MapSqlParameterSource parametres = cle(login);
        List<Instant> fins = jdbc.query("select fin from tentative_connexion where login = :login"
                + " and adresse = :adresse for update", parametres, (rs, n) -> {
                    Timestamp fin = rs.getTimestamp("fin");
                    return fin == null ? Instant.MIN : fin.toInstant();
                });
        return new Compte(!fins.isEmpty(), !fins.isEmpty() && fins.get(0).isAfter(maintenant().toInstant()));
    }

    /**
     * Runs one password check of {@code login} from the current client, from the reading of its count to the commit
     * of the failure it may add, alone among the checks of the same login and address on this node: a burst of
     * simultaneous wrong passwords tests no more of them than the threshold (each check waits for the count of the one
     * before), while checks of other logins or from other addresses go on in parallel. Taken before the check's
     * transaction, so that a check waiting for its turn holds no database connection.
     */
    <T> T reserver(String login, Supplier<T> verification) {
        Cle cle = new Cle(cle(login).getValue("login").toString(), AdresseDuClient.actuelle());
        Tour tour = tours.compute(cle, (k, present) -> {
            Tour t = present == null ? new Tour() : present;
            t.attendus++;
            return t;
        });
        tour.verrou.lock();
        try {
            return verification.get();
        } finally {
            tour.verrou.unlock();
            tours.compute(cle, (k, present) -> --present.attendus == 0 ? null : present);
        }
    }

    private record Cle(String login, String adresse) {
    }

    /** The checks of one login and address waiting or running on this node, and the turn they take. */
    private static final class Tour {
        final ReentrantLock verrou = new ReentrantLock(true);
        int attendus;
    }

    /**
     * A wrong password for {@code login} from the current client: counted, and the login locked past the threshold.
     */
    void compterEchec(String login) {
        MapSqlParameterSource parametres = cle(login).addValue("maintenant", maintenant());
        ecriture.executeWithoutResult(statut -> {
            if (incrementer(parametres) == 0 && !inserer(parametres)) {
                incrementer(parametres);
            }
            int echecs = jdbc.queryForObject("select echecs from tentative_connexion where login = :login"
                    + " and adresse = :adresse", parametres, Integer.class);
            parametres.addValue("fin", dureeApres(echecs)
                    .map(d -> Timestamp.from(maintenant().toInstant().plus(d))).orElse(null));
            jdbc.update("update tentative_connexion set fin = :fin where login = :login and adresse = :adresse",
                    parametres);
        });
    }

    /**
     * Forgets the failures older than {@code avis.securite.oubli-echecs} whose lock, if any, is over: the count of
     * their login and address starts again. Every node runs it; a second run finds nothing left to delete.
     */
    @Scheduled(fixedDelayString = "${avis.securite.nettoyage-echecs:PT1H}",
            initialDelayString = "${avis.securite.nettoyage-echecs:PT1H}")
    int oublierLesAnciensEchecs() {
        Timestamp maintenant = maintenant();
        return ecriture.execute(statut -> jdbc.update("delete from tentative_connexion where dernier_echec < :oubli"
                        + " and (fin is null or fin <= :maintenant)",
                new MapSqlParameterSource("oubli", Timestamp.from(maintenant.toInstant().minus(oubli)))
                        .addValue("maintenant", maintenant)));
    }

    private int incrementer(MapSqlParameterSource parametres) {
        return jdbc.update("update tentative_connexion set echecs = echecs + 1, dernier_echec = :maintenant"
                + " where login = :login and adresse = :adresse", parametres);
    }

    /** The first failure's row; false when a simultaneous first failure inserted it meanwhile (nothing spoiled). */
    private boolean inserer(MapSqlParameterSource parametres) {
        Connection connexion = DataSourceUtils.getConnection(dataSource);
        Savepoint avant;
        try {
            avant = connexion.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("Point de sauvegarde impossible pour compter une tentative", e);
        }
        try {
            jdbc.update("insert into tentative_connexion (login, adresse, echecs, fin, dernier_echec)"
                    + " values (:login, :adresse, 1, null, :maintenant)", parametres);
            return true;
        } catch (DuplicateKeyException simultane) {
            try {
                connexion.rollback(avant);
            } catch (SQLException e) {
                throw new IllegalStateException("Retour au point de sauvegarde impossible", e);
            }
            return false;
        }
    }

    /**
     * The right password from the current client: its count starts afresh. Called only when the check found a count
     * ({@link #lireAvantVerification}): a sign-in without any failure before it writes nothing.
     */
    void reussite(String login) {
        ecriture.executeWithoutResult(statut -> jdbc.update(
                "delete from tentative_connexion where login = :login and adresse = :adresse", cle(login)));
    }

    /**
     * An administrator lifts every lock of a login, from every address, and forgets its failures; true if it was
     * locked. Whatever way it comes (the « Comptes » page, Camunda Admin, the engine's REST API), an unlock that
     * forgot anything is written to the audit journal in the same transaction, by whoever asked for it.
     */
    public boolean deverrouiller(String login) {
        Boolean leve = ecriture.execute(statut -> {
            MapSqlParameterSource parametres = new MapSqlParameterSource("login", login)
                    .addValue("maintenant", maintenant());
            boolean verrouille = !jdbc.query("select 1 from tentative_connexion where login = :login"
                    + " and fin > :maintenant", parametres, (rs, n) -> 1).isEmpty();
            int adresses = jdbc.update("delete from tentative_connexion where login = :login", parametres);
            if (adresses > 0) {
                journal.getObject().deverrouille(login, verrouille, adresses);
            }
            return verrouille;
        });
        return Boolean.TRUE.equals(leve);
    }

    /** The locks in force now, the latest to end first. */
    public List<Verrou> enCours() {
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
