package be.ibefe.avis.support;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The application's Flyway migrations on an H2 database of a test, up to a version ({@code "latest"} for all): a
 * database as an earlier release left it, then migrated, as an update would. The default bassin is Namur (NAM).
 */
public final class MigrationsH2 {

    private MigrationsH2() {
    }

    public static Flyway jusqua(JdbcDataSource base, String version) {
        return Flyway.configure().dataSource(base).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .placeholders(Map.of("json_type", "json", "binary_type", "binary varying(1000000000)",
                        "bassin_defaut", "NAM", "bassin_defaut_nom", "Namur"))
                .target(version).load();
    }
}
