package be.ibefe.avis.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A migration on a database already in service: a database of the test's own (in-memory H2, or PostgreSQL in the
 * PostgreSQL run, as each vendor has its own migrations), brought up to an earlier version, filled, then migrated.
 */
public final class Migrations {

    private Migrations() {
    }

    /**
     * Brings a new database of its own up to {@code avant}, then runs {@code verification} with it and what migrates
     * it to the latest version, once the test has filled it.
     */
    public static void depuis(String avant, String nom, BiConsumer<JdbcTemplate, Runnable> verification)
            throws SQLException {
        if (TestProfiles.surPostgres()) {
            BasesDeTest.nouvelle(nom);
            try (Connection connexion = BasesDeTest.connexion(nom)) {
                verifier(new SingleConnectionDataSource(connexion, true), "postgresql", avant, verification);
            }
        } else {
            JdbcDataSource base = new JdbcDataSource();
            base.setURL("jdbc:h2:mem:" + nom + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            verifier(base, "h2", avant, verification);
        }
    }

    private static void verifier(DataSource base, String vendeur, String avant,
            BiConsumer<JdbcTemplate, Runnable> verification) {
        jusqua(base, vendeur, avant).migrate();
        verification.accept(new JdbcTemplate(base), () -> jusqua(base, vendeur, "latest").migrate());
    }

    private static Flyway jusqua(DataSource base, String vendeur, String version) {
        if (vendeur.equals("h2")) {
            return MigrationsH2.jusqua((JdbcDataSource) base, version);
        }
        return Flyway.configure().dataSource(base)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendeur)
                .placeholders(Map.of("json_type", "jsonb", "binary_type", "bytea",
                        "bassin_defaut", "NAM", "bassin_defaut_nom", "Namur"))
                .target(version).load();
    }
}
