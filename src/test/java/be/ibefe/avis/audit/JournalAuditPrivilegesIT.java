package be.ibefe.avis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.TestProfiles;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The database-level protection of the journal that README (« Sécurité et journal d'audit ») recommends for
 * production: the application connects with a role that may add and read entries, nothing else; and even the
 * owner of the table cannot empty it. Everything happens in one transaction rolled back at the end (PostgreSQL
 * roles and grants are transactional): the test database keeps no role and no entry.
 */
@AvisIntegrationTest
class JournalAuditPrivilegesIT {

    private static final String ROLE = "avis_application_journal_it";

    @Autowired
    DataSource dataSource;

    @Test
    void the_application_role_adds_and_reads_entries_but_cannot_change_delete_or_empty_the_journal()
            throws SQLException {
        assumeTrue(TestProfiles.surPostgres(), "rôles et privilèges : seul PostgreSQL (passe -Ppostgres-it)");
        try (Connection connexion = dataSource.getConnection(); Statement sql = connexion.createStatement()) {
            connexion.setAutoCommit(false);
            try {
                sql.execute("create role " + ROLE + " nologin");
                sql.execute("grant select, insert on journal_audit to " + ROLE);
                sql.execute("set role " + ROLE);

                assertThat(sql.executeUpdate("insert into journal_audit (horodatage, utilisateur, action, objet) "
                        + "values (current_timestamp, 'it', 'CREATION', 'Essai')")).isEqualTo(1);
                assertThat(refus(connexion, "update journal_audit set utilisateur = 'personne'"))
                        .contains("permission denied");
                assertThat(refus(connexion, "delete from journal_audit")).contains("permission denied");
                assertThat(refus(connexion, "truncate journal_audit")).contains("permission denied");
            } finally {
                connexion.rollback();
            }
        }
    }

    @Test
    void even_the_owner_of_the_table_cannot_empty_the_journal() throws SQLException {
        assumeTrue(TestProfiles.surPostgres(), "seul PostgreSQL a les déclencheurs (passe -Ppostgres-it)");
        try (Connection connexion = dataSource.getConnection()) {
            connexion.setAutoCommit(false);
            try {
                assertThat(refus(connexion, "truncate journal_audit")).contains("ni modifié ni effacé");
            } finally {
                connexion.rollback();
            }
        }
    }

    /** The database's refusal of a statement (which must be refused); the transaction goes on after it. */
    private static String refus(Connection connexion, String instruction) throws SQLException {
        Savepoint avant = connexion.setSavepoint();
        try (Statement sql = connexion.createStatement()) {
            sql.execute(instruction);
        } catch (SQLException refus) {
            connexion.rollback(avant);
            return refus.getMessage();
        }
        return fail("PostgreSQL a accepté : " + instruction);
    }
}
