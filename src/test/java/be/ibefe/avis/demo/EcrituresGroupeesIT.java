package be.ibefe.avis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.system.BaseDeDonnees;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The replay's grouped writing on the tests' own databases: on H2 in memory (which writes no file) and on PostgreSQL
 * (the {@code postgres-it} run, which would refuse H2's setting) nothing is set; {@link EcrituresGroupeesTest} checks
 * an H2 database in a file.
 */
@AvisIntegrationTest
class EcrituresGroupeesIT {

    @Autowired
    DataSource source;

    @Test
    void on_h2_in_memory_and_on_postgresql_nothing_is_set() {
        JdbcTemplate jdbc = new JdbcTemplate(source);
        BaseDeDonnees base = BaseDeDonnees.de(jdbc.execute((ConnectionCallback<String>) connexion ->
                connexion.getMetaData().getDatabaseProductName())).orElseThrow();
        EcrituresGroupees ecritures = new EcrituresGroupees(source);

        String reglages = base == BaseDeDonnees.H2
                ? "select count(*) from information_schema.settings where setting_name = 'WRITE_DELAY'"
                : "select count(*) from pg_settings where name = 'write_delay'";
        int avant = jdbc.queryForObject(reglages, Integer.class);

        assertThat(ecritures.pendant(() -> jdbc.queryForObject(reglages, Integer.class))).isEqualTo(avant);
        assertThat(jdbc.queryForObject(reglages, Integer.class)).isEqualTo(avant);
        if (base == BaseDeDonnees.POSTGRESQL) {
            assertThat(avant).as("no such setting on PostgreSQL").isZero();
        }
    }
}
