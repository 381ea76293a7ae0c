package be.ibefe.avis.importation;

import be.ibefe.avis.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Follows an import to its end: waits for the application's import worker to be done with everything handed to it
 * (no polling), then reads the import as its user would, through {@code GET /api/imports/{id}}.
 */
final class FinDesImports {

    private static final Duration LIMITE = Duration.ofSeconds(60);

    private FinDesImports() {
    }

    static JsonNode attendreLaFin(FileDesImports file, Api api, String utilisateur, String adresse) {
        try {
            file.attendreLesPrecedents(LIMITE);
        } catch (TimeoutException e) {
            throw new AssertionError("L'import " + adresse + " n'est pas fini après " + LIMITE.toSeconds() + " s.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        JsonNode lot = api.get(utilisateur, adresse).json();
        if (!StatutImport.valueOf(lot.get("statut").asText()).fini()) {
            throw new AssertionError("L'import " + adresse + " n'est pas fini, son travail l'est : " + lot);
        }
        return lot;
    }
}
