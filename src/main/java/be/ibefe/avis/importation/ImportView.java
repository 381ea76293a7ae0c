package be.ibefe.avis.importation;

import be.ibefe.avis.bassin.AvisType;
import java.time.Instant;
import java.util.List;

/**
 * An import as {@code GET /api/imports/{id}} shows it. {@code progression} (0 to 100) counts the checking of the rows
 * for the first half and the creation of the dossiers for the second; {@code lignesTraitees} the rows the creation
 * has gone through (registered in its transaction or already there), while {@code dossiersCrees} counts only
 * dossiers that exist: none before {@code TERMINE}, since they are all committed at once. Once the dossiers are created ({@code TERMINE}),
 * their processes start in the background: {@code proceduresDemarrees} counts them up to {@code dossiersCrees}, and
 * {@code demarrageBloque} says why when the engine gave up on a start (an incident for the administrator).
 */
public record ImportView(long id, AvisType type, String fichier, String format, StatutImport statut, int total,
        int lignesValidees, int dossiersCrees, int dejaPresents, int lignesTraitees, int proceduresDemarrees,
        String demarrageBloque,
        int progression, String message, String deposePar, Instant deposeLe, Instant termineLe,
        List<ErreurLigne> erreurs) {

    static int progression(StatutImport statut, int total, int validees, int traitees) {
        if (statut == StatutImport.TERMINE) {
            return 100;
        }
        return total == 0 ? 0 : (int) ((validees + (long) traitees) * 100 / (2L * total));
    }

    /** Processes of the import's dossiers still to start once its dossiers are created. */
    public int proceduresEnAttente() {
        return statut == StatutImport.TERMINE ? Math.max(0, dossiersCrees - proceduresDemarrees) : 0;
    }

    /** Something still moves: the import itself, or the start of its processes (for the page, which follows it). */
    public boolean enCours() {
        return !statut.fini() || proceduresEnAttente() > 0 && demarrageBloque == null;
    }

    ImportView bloque(String raison) {
        return new ImportView(id, type, fichier, format, statut, total, lignesValidees, dossiersCrees, dejaPresents,
                lignesTraitees, proceduresDemarrees, raison, progression, message, deposePar, deposeLe, termineLe, erreurs);
    }
}
