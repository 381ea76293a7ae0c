package be.ibefe.avis.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A database of its own for a test that starts the application itself (a restart, a crash, two nodes), so that
 * its job executors never touch the jobs of the shared test database: a new H2 file under target/, or a new
 * database on the PostgreSQL server of the PostgreSQL run.
 */
public final class BasesDeTest {

    private static final String SERVEUR = System.getenv().getOrDefault("AVIS_TEST_PG", "127.0.0.1:5432");
    private static final String UTILISATEUR = System.getenv().getOrDefault("AVIS_TEST_DB_USER", "postgres");

    /** The embedded default's URL (application.yml), which the test profile replaces by an in-memory base. */
    private static final String URL_H2_PAR_DEFAUT =
            "jdbc:h2:file:${avis.donnees}/avis;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

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
            sql.execute("drop database if exists " + base + " with (force)");
            sql.execute("create database " + base);
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

    private static String nomPostgres(String nom) {
        return "avis_" + nom.replace('-', '_');
    }

    private static String urlPostgres(String base) {
        return "jdbc:postgresql://" + SERVEUR + "/" + base;
    }

    private static Connection connexionPostgres(String base) throws SQLException {
        return DriverManager.getConnection(urlPostgres(base), UTILISATEUR,
                System.getenv().getOrDefault("AVIS_TEST_DB_PASSWORD", ""));
    }
}
