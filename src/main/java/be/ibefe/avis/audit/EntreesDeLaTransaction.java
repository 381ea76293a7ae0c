package be.ibefe.avis.audit;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaDialect;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The journal entries of one transaction, written together as one batched insert just before it commits: still in
 * the transaction of the change they record (no change without its entry, no entry for a change that rolled back),
 * one statement instead of one per entry. Before writing them, the transaction's pending JPA changes are flushed, so
 * that the entries Hibernate's events add at that moment ({@link AuditEntites}) are in the batch. The entries are
 * opened when a transaction that may write begins ({@link EntreesDesLeDebut}), so that those of every flush join
 * them; an entry that would still come after the batch is written at once, and so is an entry of Hibernate's events
 * in a transaction that has none waiting (begun before the start-up ended: it may come from the flush of the
 * commit, after the synchronizations ran). A transaction
 * suspended by an inner one keeps its own entries: they are found among the synchronizations of the current
 * transaction only.
 */
final class EntreesDeLaTransaction implements TransactionSynchronization {

    private final Journal journal;
    private final EntityManagerFactory entityManagerFactory;
    private final List<Object[]> lignes = new ArrayList<>();
    private boolean close;

    private EntreesDeLaTransaction(Journal journal, EntityManagerFactory entityManagerFactory) {
        this.journal = journal;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The entries waiting in the current transaction, registered on first use; null outside a transaction. */
    static EntreesDeLaTransaction de(Journal journal, EntityManagerFactory entityManagerFactory) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        EntreesDeLaTransaction existantes = existantes(journal);
        if (existantes != null) {
            return existantes.close ? null : existantes;
        }
        EntreesDeLaTransaction nouvelles = new EntreesDeLaTransaction(journal, entityManagerFactory);
        TransactionSynchronizationManager.registerSynchronization(nouvelles);
        return nouvelles;
    }

    /** The entries already waiting in the current transaction, or null. */
    static EntreesDeLaTransaction existantes(Journal journal) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronisation : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronisation instanceof EntreesDeLaTransaction entrees && entrees.journal == journal) {
                return entrees;
            }
        }
        return null;
    }

    /** Written already: the transaction is committing. */
    boolean close() {
        return close;
    }

    void ajouter(Object[] ligne) {
        lignes.add(ligne);
    }

    /** Writes what waits (before a read of the journal in the same transaction); later entries wait again. */
    void ecrire() {
        List<Object[]> aEcrire = List.copyOf(lignes);
        lignes.clear();
        journal.ecrireEnLot(aEcrire);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        if (!readOnly && TransactionSynchronizationManager.getResource(entityManagerFactory)
                instanceof EntityManagerHolder jpa) {
            try {
                jpa.getEntityManager().flush();
            } catch (RuntimeException echec) {
                // as the commit's own flush would be: a concurrent change becomes Spring's optimistic locking failure
                // (409), not the provider's raw exception (500)
                throw traduite(echec);
            }
        }
        ecrire();
        close = true;
    }

    private RuntimeException traduite(RuntimeException echec) {
        JpaDialect dialecte = entityManagerFactory instanceof EntityManagerFactoryInfo info ? info.getJpaDialect()
                : null;
        DataAccessException traduite = dialecte != null ? dialecte.translateExceptionIfPossible(echec)
                : EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(echec);
        return traduite != null ? traduite : echec;
    }

    /** After the other synchronizations' own work before the commit, which may still change entities. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
