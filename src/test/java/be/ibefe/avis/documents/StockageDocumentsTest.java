package be.ibefe.avis.documents;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Fichiers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Contents kept in a configured directory, under a generated name; none left behind by a rolled back upload. */
class StockageDocumentsTest {

    @TempDir
    Path repertoire;

    @AfterEach
    void nettoyer() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_content_is_written_under_a_generated_name_and_read_back() throws IOException {
        StockageDocuments stockage = new StockageDocuments(null, repertoire.toString());
        Document document = document(stockage.cheminPour(7L));

        stockage.ecrire(document, Fichiers.pdf());

        assertThat(document.getChemin()).startsWith("7/").doesNotContain("..");
        assertThat(stockage.lire(document)).isEqualTo(Fichiers.pdf());
        assertThat(Files.list(repertoire.resolve("7"))).hasSize(1);
    }

    @Test
    void a_file_written_in_a_rolled_back_transaction_is_removed() throws IOException {
        StockageDocuments stockage = new StockageDocuments(null, repertoire.toString());
        Document document = document(stockage.cheminPour(8L));
        TransactionSynchronizationManager.initSynchronization();

        stockage.ecrire(document, Fichiers.pdf());
        for (TransactionSynchronization synchro : TransactionSynchronizationManager.getSynchronizations()) {
            synchro.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
        }

        assertThat(Files.exists(repertoire.resolve(document.getChemin()))).isFalse();
    }

    private static Document document(String chemin) {
        return new Document(7L, "plan.pdf", "application/pdf", 10, "x", chemin, "analyste", Instant.EPOCH);
    }
}
