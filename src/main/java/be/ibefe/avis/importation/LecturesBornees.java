package be.ibefe.avis.importation;

import be.ibefe.avis.system.OccupeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.core.io.InputStreamSource;

/**
 * The bound on import files read at once ({@code avis.import.lectures-simultanees}): each holds its bytes and its
 * rows in memory while it is read. An upload waits for its turn in the order it came, on disk (its bytes are loaded
 * only once it has one), at most {@code avis.import.attente-lecture}; then the client is told to come back (503)
 * rather than the server fill its memory with files read side by side.
 */
final class LecturesBornees {

    private final Semaphore lectures;
    private final Duration attente;

    LecturesBornees(int simultanees, Duration attente) {
        this.lectures = new Semaphore(simultanees, true);
        this.attente = attente;
    }

    <T> T lire(String nom, InputStreamSource source, Function<byte[], T> lecture) {
        try {
            if (!lectures.tryAcquire(attente.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new OccupeException(("D'autres fichiers d'import sont en cours de lecture : « %s » n'a pu être lu. "
                        + "Déposez-le à nouveau dans un instant.").formatted(nom), Math.max(1, attente.toSeconds()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OccupeException("Le serveur s'arrête : déposez le fichier à nouveau dans un instant.", 60);
        }
        try (InputStream flux = source.getInputStream()) {
            return lecture.apply(flux.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lectures.release();
        }
    }
}
