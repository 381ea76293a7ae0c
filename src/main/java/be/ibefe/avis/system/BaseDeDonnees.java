package be.ibefe.avis.system;

import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The databases the application runs on, told apart by the product name their JDBC driver gives: where an SQL
 * statement or a script must be written for each (the engine's schema, the report's processing times).
 */
public enum BaseDeDonnees {

    H2("h2"),
    POSTGRESQL("postgres");

    private final String nomDuMoteur;

    BaseDeDonnees(String nomDuMoteur) {
        this.nomDuMoteur = nomDuMoteur;
    }

    /** The database named {@code produit} ({@code DatabaseMetaData.getDatabaseProductName}), if it is one of them. */
    public static Optional<BaseDeDonnees> de(String produit) {
        String nom = produit.toLowerCase(Locale.ROOT);
        if (nom.contains("postgres")) {
            return Optional.of(POSTGRESQL);
        }
        if (nom.contains("h2")) {
            return Optional.of(H2);
        }
        return Optional.empty();
    }

    /** The product name the JDBC driver of {@code source} gives (read on one of its connections). */
    public static String produit(DataSource source) {
        return new JdbcTemplate(source).execute((ConnectionCallback<String>) connexion ->
                connexion.getMetaData().getDatabaseProductName());
    }

    /** The name the Camunda engine gives this database, as in its scripts' names. */
    public String nomDuMoteur() {
        return nomDuMoteur;
    }
}
