package be.ibefe.avis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The replay's commits on an H2 file database: written in groups during the replay, all on disk after it. One
 * connection kept open, as the application's pool keeps its own (H2 applies the address's settings again to each
 * connection it opens).
 */
class EcrituresGroupeesTest {

    @TempDir
    Path dossier;

    @Test
    void the_write_delay_is_raised_during_the_work_and_the_address_s_one_comes_back_after_it() {
        for (int delai : new int[] {0, 200}) {
            DataSource source = source("delai-" + delai, delai);
            EcrituresGroupees ecritures = new EcrituresGroupees(source);
            assertThat(ecritures.delai()).isEqualTo(delai);

            int pendant = ecritures.pendant(ecritures::delai);

            assertThat(pendant).isEqualTo(EcrituresGroupees.DELAI_MS);
            assertThat(ecritures.delai()).as("the delay the database's address gives").isEqualTo(delai);
            new JdbcTemplate(source).execute("SHUTDOWN");
        }
    }

    @Test
    void the_delay_comes_back_when_the_work_fails_and_the_failure_is_the_caller_s() {
        DataSource source = source("echec", 0);
        EcrituresGroupees ecritures = new EcrituresGroupees(source);

        assertThatThrownBy(() -> ecritures.pendant(() -> {
            throw new IllegalStateException("rejeu interrompu");
        })).isInstanceOf(IllegalStateException.class).hasMessage("rejeu interrompu");

        assertThat(ecritures.delai()).isZero();
        new JdbcTemplate(source).execute("SHUTDOWN");
    }

    /**
     * What the work committed is in the file when it ends: the database stopped at once afterwards, as a killed
     * process would (H2's {@code SHUTDOWN IMMEDIATELY} writes nothing more), still holds every row, also when the
     * delay given back is not 0 (the checkpoint, not the delay, writes them then).
     */
    @Test
    void every_commit_of_the_work_is_in_the_file_when_it_ends() {
        for (int delai : new int[] {0, 200}) {
            String nom = "fichier-" + delai;
            JdbcTemplate jdbc = new JdbcTemplate(source(nom, delai));
            jdbc.execute("create table acte (id int primary key)");

            new EcrituresGroupees(jdbc.getDataSource()).pendant(() -> {
                for (int i = 1; i <= 300; i++) {
                    jdbc.update("insert into acte values (?)", i);
                }
                return null;
            });
            jdbc.execute("SHUTDOWN IMMEDIATELY");

            JdbcTemplate relue = new JdbcTemplate(source(nom, delai));
            assertThat(relue.queryForObject("select count(*) from acte", Integer.class)).as("délai " + delai)
                    .isEqualTo(300);
            relue.execute("SHUTDOWN");
        }
    }

    /**
     * A database opened by an address without a delay (H2's default, 500) after one with {@code WRITE_DELAY=0}: H2
     * lists the kept 0 and the file store's 500; the smaller comes back after the work.
     */
    @Test
    void when_the_kept_delay_and_the_file_store_s_differ_the_smaller_comes_back() {
        new JdbcTemplate(source("adresse", 0)).execute("SHUTDOWN");
        DataSource sansDelai = new SingleConnectionDataSource("jdbc:h2:file:" + dossier.resolve("adresse"), "sa", "",
                true);
        JdbcTemplate jdbc = new JdbcTemplate(sansDelai);
        assertThat(jdbc.queryForList("select cast(setting_value as int) from information_schema.settings"
                + " where setting_name = 'WRITE_DELAY'", Integer.class)).containsExactlyInAnyOrder(0, 500);
        EcrituresGroupees ecritures = new EcrituresGroupees(sansDelai);

        assertThat(ecritures.pendant(ecritures::delai)).isEqualTo(EcrituresGroupees.DELAI_MS);

        assertThat(ecritures.delai()).isZero();
        jdbc.execute("SHUTDOWN");
    }

    private DataSource source(String nom, int delai) {
        return new SingleConnectionDataSource("jdbc:h2:file:" + dossier.resolve(nom) + ";WRITE_DELAY=" + delai, "sa",
                "", true);
    }
}
