package be.ibefe.avis.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where document contents go: the database by default, or a directory ({@code avis.documents.repertoire}) for
 * installations that keep files out of the database. Either way the file name given by the applicant is never used
 * on disk.
 */
@Component
class StockageDocuments {

    private final JdbcTemplate jdbc;
    private final Path repertoire;

    StockageDocuments(JdbcTemplate jdbc, @Value("${avis.documents.repertoire:}") String repertoire) {
        this.jdbc = jdbc;
        this.repertoire = repertoire.isBlank() ? null : Path.of(repertoire).toAbsolutePath().normalize();
    }

    /** The path to record on the document, or null when the content is in the database. */
    String cheminPour(Long dossierId) {
        return repertoire == null ? null : dossierId + "/" + UUID.randomUUID();
    }

    void ecrire(Document document, byte[] contenu) {
        if (document.getChemin() == null) {
            jdbc.update("insert into document_contenu (document_id, contenu) values (?, ?)", document.getId(),
                    contenu);
            return;
        }
        try {
            Path fichier = repertoire.resolve(document.getChemin());
            Files.createDirectories(fichier.getParent());
            Files.write(fichier, contenu);
            supprimerSiAnnule(fichier);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible d'écrire le document " + document.getId(), e);
        }
    }

    /** A file written for a transaction that rolls back must not stay behind. */
    private static void supprimerSiAnnule(Path fichier) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(fichier);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            });
        }
    }

    byte[] lire(Document document) {
        if (document.getChemin() == null) {
            return jdbc.queryForObject("select contenu from document_contenu where document_id = ?", byte[].class,
                    document.getId());
        }
        try {
            return Files.readAllBytes(repertoire.resolve(document.getChemin()));
        } catch (IOException e) {
            throw new UncheckedIOException("Document " + document.getId() + " introuvable sur le disque", e);
        }
    }
}
