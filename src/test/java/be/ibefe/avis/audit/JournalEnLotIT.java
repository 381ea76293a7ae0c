package be.ibefe.avis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.thematiques.ActionOffre;
import be.ibefe.avis.thematiques.MetierPrioritaire;
import be.ibefe.avis.thematiques.MetierPrioritaireRepository;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The entries of a transaction are written together just before it commits (one batched insert), still in that
 * transaction: all of them when it commits, none when it rolls back, and a read of the journal in the transaction
 * sees those already recorded. Those of Hibernate's events join them, from whichever flush they come.
 */
@AvisIntegrationTest
class JournalEnLotIT {

    @Autowired
    Journal journal;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MetierPrioritaireRepository metiers;

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
    void more_entries_than_one_insert_holds_are_all_written_in_their_order() {
        long dossier = -7_106L;
        int nombre = 2 * Journal.LIGNES_PAR_INSERTION + 3;
        new TransactionTemplate(transactions).executeWithoutResult(statut -> {
            for (int rang = 1; rang <= nombre; rang++) {
                journal.consigner("ESSAI", "Lot", rang, dossier, null, Map.of("rang", rang));
            }
        });

        assertThat(journal.duDossier(dossier)).extracting(Journal.Entree::objetId)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, nombre).mapToObj(String::valueOf).toList());
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

    @Test
    void an_entry_born_at_a_flush_in_the_transaction_waits_for_its_commit_with_the_others() {
        long dossier = -7_105L;
        long[] metier = new long[1];
        Long ecritesAvantLeCommit = new TransactionTemplate(transactions).execute(statut -> {
            metier[0] = metiers.saveAndFlush(nouveauMetier("Essai du lot")).getId();
            journal.consigner("ESSAI", "Lot", 1, dossier, null, null);
            return compterCreations(metier[0]) + compter(dossier);
        });

        assertThat(ecritesAvantLeCommit).isZero();
        assertThat(compterCreations(metier[0])).isEqualTo(1);
        assertThat(compter(dossier)).isEqualTo(1);
    }

    @Test
    void an_entry_born_at_a_flush_of_a_transaction_that_rolls_back_is_not_written() {
        long[] metier = new long[1];
        new TransactionTemplate(transactions).executeWithoutResult(statut -> {
            metier[0] = metiers.saveAndFlush(nouveauMetier("Essai annulé")).getId();
            statut.setRollbackOnly();
        });

        assertThat(compterCreations(metier[0])).isZero();
        assertThat(metiers.existsById(metier[0])).isFalse();
    }

    @Test
    void an_entry_born_at_the_flush_of_the_commit_is_written() {
        long metier = new TransactionTemplate(transactions).execute(statut ->
                metiers.save(nouveauMetier("Essai au commit")).getId());

        assertThat(compterCreations(metier)).isEqualTo(1);
    }

    private static MetierPrioritaire nouveauMetier(String libelle) {
        // unique within its bassin and year, on a database the tests share from one run to the next
        return new MetierPrioritaire("LIE", 2099, libelle + " " + UUID.randomUUID(), "Z9999", "Essais",
                ActionOffre.CREER);
    }

    private long compterCreations(long metier) {
        return jdbc.queryForObject("select count(*) from journal_audit where action = 'CREATION'"
                + " and objet = 'MetierPrioritaire' and objet_id = ?", Long.class, String.valueOf(metier));
    }

    private long compter(long dossier) {
        return jdbc.queryForObject("select count(*) from journal_audit where dossier_id = ?", Long.class, dossier);
    }
}
