package be.ibefe.avis.demo;

import be.ibefe.avis.system.BaseDeDonnees;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The replay's commits written to the embedded database's file in groups. The embedded H2 database writes each
 * commit to its file at once ({@code WRITE_DELAY=0} in its address: a killed process loses nothing it
 * acknowledged); that writing was a seventh of the demonstration year's loading (BENCHMARKS.md). While the year is
 * replayed nobody is answered (the requests are kept out) and a replay cut short is incomplete whatever was written,
 * so H2 writes its commits at most {@value #DELAI_MS} ms later, on its own thread; afterwards the previous delay comes
 * back and a checkpoint writes everything before anyone is let in. The setting is the database's (every connection),
 * and the address sets it again at each opening: a process killed during the replay starts again with the address's
 * delay. H2 also sets the address's delay again on each connection it opens: the pool opens its connections at
 * start, and one opened during the replay would only write the commits at once again. On PostgreSQL, and on an H2
 * database in memory, nothing changes.
 */
final class EcrituresGroupees {

    static final int DELAI_MS = 500;

    private final JdbcTemplate jdbc;

    EcrituresGroupees(DataSource source) {
        this.jdbc = new JdbcTemplate(source);
    }

    /** Runs {@code travail} with the commits written in groups on H2, then gives the database its delay back. */
    <T> T pendant(Supplier<T> travail) {
        if (!enFichierH2()) {
            return travail.get();
        }
        int precedent = delai();
        jdbc.execute("SET WRITE_DELAY " + DELAI_MS);
        try {
            return travail.get();
        } finally {
            jdbc.execute("SET WRITE_DELAY " + precedent);
            jdbc.execute("CHECKPOINT");
        }
    }

    /** An H2 database kept in a file ({@code DATABASE_PATH()} is null for one in memory, which writes no file). */
    private boolean enFichierH2() {
        String produit = jdbc.execute((ConnectionCallback<String>) connexion ->
                connexion.getMetaData().getDatabaseProductName());
        return BaseDeDonnees.de(produit).orElse(null) == BaseDeDonnees.H2
                && jdbc.queryForObject("select database_path()", String.class) != null;
    }

    /**
     * H2's current delay between a commit and its writing to the file, in milliseconds. H2 lists it twice once it
     * has been set (the setting kept in the database, and the file store's own), with the same value for a database
     * in a file.
     */
    int delai() {
        return jdbc.queryForObject("select distinct cast(setting_value as int) from information_schema.settings"
                + " where setting_name = 'WRITE_DELAY'", Integer.class);
    }
}
