package be.ibefe.avis.support;

import be.ibefe.avis.importation.StatutImport;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * Follows an import through {@code GET /api/imports/{id}} until its background thread is done. The import runs in a
 * real worker thread of the application (not an engine job the test could run itself): its end is polled, a few
 * seconds at most for the files of the tests.
 */
public final class ImportsApi {

    private static final Duration LIMITE = Duration.ofSeconds(60);

    private ImportsApi() {
    }

    public static JsonNode attendreLaFin(Api api, String utilisateur, String adresse) {
        Instant limite = Instant.now().plus(LIMITE);
        while (Instant.now().isBefore(limite)) {
            JsonNode lot = api.get(utilisateur, adresse).json();
            if (StatutImport.valueOf(lot.get("statut").asText()).fini()) {
                return lot;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("L'import " + adresse + " n'est pas fini après " + LIMITE.toSeconds() + " s.");
    }
}
