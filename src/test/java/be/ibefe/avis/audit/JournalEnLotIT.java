package be.ibefe.avis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.AvisIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The entries of a transaction are written together just before it commits (one batched insert), still in that
 * transaction: all of them when it commits, none when it rolls back, and a read of the journal in the transaction
 * sees those already recorded.
 */
@AvisIntegrationTest
class JournalEnLotIT {

    @Autowired
    Journal journal;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void the_entries_of_a_transaction_are_written_together_when_it_commits() {
        long dossier = -7_101L;
        Long ecritesAvantLeCommit = new TransactionTemplate(transactions).execute(statut -> {
            journal.consigner("ESSAI", "Lot", 1, dossier, null, Map.of("rang", 1));
            journal.consigner("ESSAI", "Lot", 2, dossier, null, Map.of("rang", 2));
            journal.consigner("ESSAI", "Lot", 3, dossier, null, Map.of("rang", 3));
            return compter(dossier);
        });

        assertThat(ecritesAvantLeCommit).isZero();
        assertThat(compter(dossier)).isEqualTo(3);
        assertThat(journal.duDossier(dossier)).extracting(Journal.Entree::objetId).containsExactly("1", "2", "3");
    }

    @Test
    void a_transaction_that_rolls_back_leaves_no_entry() {
        long dossier = -7_102L;
        new TransactionTemplate(transactions).executeWithoutResult(statut -> {
            journal.consigner("ESSAI", "Lot", 1, dossier, null, null);
            journal.consigner("ESSAI", "Lot", 2, dossier, null, null);
            statut.setRollbackOnly();
        });

        assertThat(compter(dossier)).isZero();
    }

    @Test
    void a_read_of_the_journal_in_the_transaction_sees_its_entries_and_later_ones_are_written_too() {
        long dossier = -7_103L;
        Integer lues = new TransactionTemplate(transactions).execute(statut -> {
            journal.consigner("ESSAI", "Lot", 1, dossier, null, null);
            journal.consigner("ESSAI", "Lot", 2, dossier, null, null);
            int vues = journal.duDossier(dossier).size();
            journal.consigner("ESSAI", "Lot", 3, dossier, null, null);
            return vues;
        });

        assertThat(lues).isEqualTo(2);
        assertThat(compter(dossier)).isEqualTo(3);
    }

    @Test
    void outside_a_transaction_an_entry_is_written_at_once() {
        long dossier = -7_104L;
        journal.consigner("ESSAI", "Lot", 1, dossier, null, null);

        assertThat(compter(dossier)).isEqualTo(1);
    }

    private long compter(long dossier) {
        return jdbc.queryForObject("select count(*) from journal_audit where dossier_id = ?", Long.class, dossier);
    }
}
