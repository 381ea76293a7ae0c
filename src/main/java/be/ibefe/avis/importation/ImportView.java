package be.ibefe.avis.importation;

import be.ibefe.avis.dossier.AvisType;
import java.time.Instant;
import java.util.List;

/**
 * An import as {@code GET /api/imports/{id}} shows it. {@code progression} (0 to 100) counts the checking of the rows
 * for the first half and the creation of the dossiers for the second.
 */
public record ImportView(long id, AvisType type, String fichier, String format, StatutImport statut, int total,
        int lignesValidees, int dossiersCrees, int dejaPresents, int progression, String message, String deposePar,
        Instant deposeLe, Instant termineLe, List<ErreurLigne> erreurs) {

    static int progression(StatutImport statut, int total, int validees, int traitees) {
        if (statut == StatutImport.TERMINE) {
            return 100;
        }
        return total == 0 ? 0 : (int) ((validees + (long) traitees) * 100 / (2L * total));
    }
}
