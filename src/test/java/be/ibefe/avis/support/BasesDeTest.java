package be.ibefe.avis.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of its own for a test that starts the application itself (a restart, a crash, two nodes), so that
 * its job executors never touch the jobs of the shared test database: a new H2 file under target/, or a new
 * database on the PostgreSQL server of the PostgreSQL run. A PostgreSQL database's name carries this run's mark (the
 * test JVM's process and its start), so that two builds at once on one server never drop each other's database; the
 * run drops its databases when its JVM stops, and the databases of a run that died (its process gone, started more than
 * {@link #ABANDON} ago) are dropped by the next run that makes one.
 */
public final class BasesDeTest {

    private static final String SERVEUR = System.getenv().getOrDefault("AVIS_TEST_PG", "127.0.0.1:5432");
    private static final String UTILISATEUR = System.getenv().getOrDefault("AVIS_TEST_DB_USER", "postgres");

    /** Long past any run (CI stops one after 90 minutes): a database this old whose process is gone is abandoned. */
    static final Duration ABANDON = Duration.ofHours(6);
    private static final long PROCESSUS = ProcessHandle.current().pid();
    private static final long DEBUT = Instant.now().getEpochSecond();
    /** {@code avis_<test>_p<process>_<start, epoch seconds>}: what a later run reads to know whether it is abandoned. */
    private static final Pattern NOM_DE_RUN = Pattern.compile("avis_\\w+_p(\\d+)_(\\d+)");
    private static final Set<String> CREEES = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean PREMIERE = new AtomicBoolean(true);

    /** The embedded default's URL (application.yml), which the test profile replaces by an in-memory base. */
    private static final String URL_H2_PAR_DEFAUT =
            "jdbc:h2:file:${avis.donnees}/avis;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64";

    private BasesDeTest() {
    }

    /** Spring Boot arguments pointing the application at a new, empty database named after the test. */
    public static List<String> nouvelle(String nom) {
        if (!TestProfiles.surPostgres()) {
            Path repertoire = Path.of("target", nom, UUID.randomUUID().toString()).toAbsolutePath();
            // the embedded default as the README's run command starts it: the demo profile, asked for explicitly
            return List.of("--spring.profiles.active=demo", "--avis.donnees=" + repertoire,
                    "--spring.datasource.url=" + URL_H2_PAR_DEFAUT);
        }
        String base = nomPostgres(nom);
        try (Connection connexion = connexionPostgres("postgres"); Statement sql = connexion.createStatement()) {
            if (PREMIERE.getAndSet(false)) {
                supprimerLesAbandonnees(sql);
                Runtime.getRuntime().addShutdownHook(new Thread(BasesDeTest::supprimerCellesDuRun, "bases-de-test"));
            }
            sql.execute("drop database if exists " + base + " with (force)");
            sql.execute("create database " + base);
            CREEES.add(base);
        } catch (SQLException e) {
            throw new IllegalStateException("Base " + base + " impossible à créer sur " + SERVEUR, e);
        }
        // the profile postgres (with the demo users) as in production: its column types, its datasource settings
        return List.of("--spring.profiles.active=demo,postgres",
                "--spring.datasource.url=" + urlPostgres(base),
                "--spring.datasource.username=" + UTILISATEUR);
    }

    /** A connection to the PostgreSQL database {@link #nouvelle} made for the test {@code nom}. */
    public static Connection connexion(String nom) throws SQLException {
        return connexionPostgres(nomPostgres(nom));
    }

    /** This run's database for the test {@code nom}: the same name each time this JVM asks, another in another run. */
    static String nomPostgres(String nom) {
        return "avis_%s_p%d_%d".formatted(nom.replace('-', '_'), PROCESSUS, DEBUT);
    }

    /** Whether a database named by {@link #nomPostgres} belongs to a run that is over: its process gone, long ago. */
    static boolean abandonnee(String base, Instant maintenant) {
        Matcher run = NOM_DE_RUN.matcher(base);
        return run.matches() && Long.parseLong(run.group(1)) != PROCESSUS
                && ProcessHandle.of(Long.parseLong(run.group(1))).filter(ProcessHandle::isAlive).isEmpty()
                && Instant.ofEpochSecond(Long.parseLong(run.group(2))).plus(ABANDON).isBefore(maintenant);
    }

    private static void supprimerLesAbandonnees(Statement sql) throws SQLException {
        List<String> abandonnees = new ArrayList<>();
        try (ResultSet bases = sql.executeQuery("select datname from pg_database")) {
            while (bases.next()) {
                if (abandonnee(bases.getString(1), Instant.now())) {
                    abandonnees.add(bases.getString(1));
                }
            }
        }
        for (String base : abandonnees) {
            sql.execute("drop database if exists " + base + " with (force)");
        }
    }

    /** At the JVM's end, once the tests have stopped their applications: nothing of this run stays on the server. */
    private static void supprimerCellesDuRun() {
        try (Connection connexion = connexionPostgres("postgres"); Statement sql = connexion.createStatement()) {
            for (String base : CREEES) {
                sql.execute("drop database if exists " + base + " with (force)");
            }
        } catch (SQLException e) {
            System.err.println("Bases de test non supprimées " + CREEES + " : " + e.getMessage());
        }
    }

    private static String urlPostgres(String base) {
        return "jdbc:postgresql://" + SERVEUR + "/" + base;
    }

    private static Connection connexionPostgres(String base) throws SQLException {
        return DriverManager.getConnection(urlPostgres(base), UTILISATEUR,
                System.getenv().getOrDefault("AVIS_TEST_DB_PASSWORD", ""));
    }
}
