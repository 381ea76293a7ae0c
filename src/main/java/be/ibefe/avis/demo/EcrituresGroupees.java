package be.ibefe.avis.demo;

import be.ibefe.avis.system.BaseDeDonnees;
import java.util.function.Supplier;
import javax.sql.DataSource;
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
 * start, and one opened during the replay would only write the commits at once again. Setting the delay and the
 * checkpoint need H2's administrator rights, which the embedded database's user {@code sa} has. On PostgreSQL, and on
 * an H2 database in memory, nothing changes.
 */
final class EcrituresGroupees {

    static final int DELAI_MS = 500;

    private final JdbcTemplate jdbc;

    EcrituresGroupees(DataSource source) {
        this.jdbc = new JdbcTemplate(source);
    }

    /**
     * Runs {@code travail} with the commits written in groups on H2, then gives the database its delay back. When the
     * work fails, its failure is the one thrown, a failure to give the delay back added to it.
     */
    <T> T pendant(Supplier<T> travail) {
        if (!enFichierH2()) {
            return travail.get();
        }
        int precedent = delai();
        jdbc.execute("SET WRITE_DELAY " + DELAI_MS);
        T resultat;
        try {
            resultat = travail.get();
        } catch (RuntimeException | Error echec) {
            try {
                retablir(precedent);
            } catch (RuntimeException retablissement) {
                echec.addSuppressed(retablissement);
            }
            throw echec;
        }
        retablir(precedent);
        return resultat;
    }

    /** The delay given back, then everything written to the file, each tried even when the other fails. */
    private void retablir(int delai) {
        RuntimeException echec = null;
        for (String ordre : new String[] {"SET WRITE_DELAY " + delai, "CHECKPOINT"}) {
            try {
                jdbc.execute(ordre);
            } catch (RuntimeException e) {
                if (echec == null) {
                    echec = e;
                } else {
                    echec.addSuppressed(e);
                }
            }
        }
        if (echec != null) {
            throw echec;
        }
    }

    /** An H2 database kept in a file ({@code DATABASE_PATH()} is null for one in memory, which writes no file). */
    private boolean enFichierH2() {
        return BaseDeDonnees.de(BaseDeDonnees.produit(jdbc.getDataSource())).orElse(null) == BaseDeDonnees.H2
                && jdbc.queryForObject("select database_path()", String.class) != null;
    }

    /**
     * H2's current delay between a commit and its writing to the file, in milliseconds. Once the delay has been set,
     * H2 lists it twice: the value kept in the database (the last {@code SET}) and the file store's own. They differ
     * when the database was opened by an address giving another delay than the last {@code SET}, or none (H2's
     * default, 500): the smaller is taken, the one that writes sooner what was acknowledged.
     */
    int delai() {
        return jdbc.queryForObject("select min(cast(setting_value as int)) from information_schema.settings"
                + " where setting_name = 'WRITE_DELAY'", Integer.class);
    }
}
