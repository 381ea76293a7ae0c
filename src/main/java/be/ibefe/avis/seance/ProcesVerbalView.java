package be.ibefe.avis.seance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The status of a séance's procès-verbal: {@code PROVISOIRE}, or {@code APPROUVE} by the séance
 * {@code approuveParSeanceId} held on {@code approuveLe}, with the {@code corrections} noted and the votes (null:
 * consensus). {@code mention} is the line that heads the procès-verbal.
 */
public record ProcesVerbalView(StatutProcesVerbal statut, String mention, Long approuveParSeanceId,
        LocalDate approuveLe, String approuveParChambre, String corrections, SeanceView.VotesView votes,
        String enregistrePar, String enregistreParNom, Instant enregistreLe) {

    static ProcesVerbalView provisoire() {
        return new ProcesVerbalView(StatutProcesVerbal.PROVISOIRE, "Procès-verbal provisoire", null, null, null, null,
                null, null, null, null);
    }
}
