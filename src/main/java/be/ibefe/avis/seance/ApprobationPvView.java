package be.ibefe.avis.seance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A point « Approbation du procès-verbal de la séance du … » of a séance: {@code seanceId} and {@code date} are those
 * of the séance whose procès-verbal it is; votes null: by consensus (or not decided).
 */
public record ApprobationPvView(Long seanceId, LocalDate date, String libelle, StatutApprobationPv statut,
        String statutLibelle, String corrections, SeanceView.VotesView votes, String enregistrePar,
        String enregistreParNom, Instant enregistreLe) {
}
