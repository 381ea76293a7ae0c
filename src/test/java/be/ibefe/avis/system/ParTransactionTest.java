package be.ibefe.avis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Values read once per transaction, read anew in the next one, never kept outside one. */
class ParTransactionTest {

    private final AtomicInteger lectures = new AtomicInteger();
    private final ParTransaction.Cle cle = new ParTransaction.Cle(ParTransactionTest.class, "bassins");

    @AfterEach
    void sansTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void a_value_is_read_once_in_a_transaction_and_anew_in_the_next() {
        commencer();
        assertThat(lire()).isEqualTo(1);
        assertThat(lire()).isEqualTo(1);
        terminer();

        commencer();
        assertThat(lire()).isEqualTo(2);
        terminer();
    }

    @Test
    void forgetting_makes_the_transaction_read_again() {
        commencer();
        assertThat(lire()).isEqualTo(1);
        ParTransaction.oublier();
        assertThat(lire()).isEqualTo(2);
        assertThat(lire()).isEqualTo(2);
        terminer();
    }

    @Test
    void outside_a_transaction_every_call_reads() {
        assertThat(lire()).isEqualTo(1);
        assertThat(lire()).isEqualTo(2);
    }

    private int lire() {
        return ParTransaction.lire(cle, lectures::incrementAndGet);
    }

    private static void commencer() {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
    }

    private static void terminer() {
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }
}
