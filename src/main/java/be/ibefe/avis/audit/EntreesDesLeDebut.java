package be.ibefe.avis.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Opens the journal's waiting entries ({@link EntreesDeLaTransaction}) as soon as a transaction that may write
 * begins, so that the entries Hibernate's events add at any flush (in the middle of the transaction or the one
 * before its commit) join the transaction's single batched insert instead of being written one by one when no other
 * entry was waiting yet. Applied by Spring Boot to the transaction manager, hence to the application's transactions
 * and to the engine's alike; from the end of the start-up only (the engine's own transactions while the context
 * starts come before the journal exists, their entries are written one by one as before).
 */
@Component
class EntreesDesLeDebut implements TransactionExecutionListener, SmartInitializingSingleton {

    private final ObjectProvider<Journal> journaux;
    private volatile Journal journal;

    EntreesDesLeDebut(ObjectProvider<Journal> journaux) {
        this.journaux = journaux;
    }

    @Override
    public void afterSingletonsInstantiated() {
        journal = journaux.getObject();
    }

    @Override
    public void afterBegin(TransactionExecution transaction, @Nullable Throwable echec) {
        Journal pret = journal;
        if (pret != null && echec == null && !transaction.isReadOnly()) {
            pret.ouvrirLesEntrees();
        }
    }
}
