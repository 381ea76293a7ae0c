package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.AvisType;
import be.ibefe.avis.dossier.Chambre;
import be.ibefe.avis.dossier.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A séance as the API shows it; {@code ordreDuJour} lists the dossier ids in agenda order. */
public record SeanceView(Long id, String bassin, Chambre chambre, String chambreLibelle, LocalDate date, String lieu,
        StatutSeance statut, List<MembreView> membresConvoques, List<String> membresPresents,
        List<String> membresExcuses, Seance.Quorum quorum, List<Long> ordreDuJour, List<PointView> points,
        String clotureePar, Instant clotureeLe) {

    public record MembreView(String membre, String nom, String qualite, boolean voixDeliberative, boolean present) {
    }

    public record PointView(Long dossierId, String reference, AvisType type, String demandeur, String objet,
            NaturePoint nature, StatutPoint statut, Integer ordre, Decision decision, String motivation,
            String recommandation, String motivationRatification, VotesView votes, List<DeportView> deports,
            String deliberePar, Instant delibereLe) {
    }

    public record VotesView(Integer pour, Integer contre, Integer abstentions) {
    }

    public record DeportView(String membre, String raison) {
    }
}
