package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.AvisType;
import be.ibefe.avis.dossier.Chambre;
import be.ibefe.avis.dossier.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A séance as the API shows it; {@code ordreDuJour} lists the dossier ids in agenda order. The members convened are
 * present, excused, or absent (neither); {@code clotureeParNom} is the name of who closed it.
 */
public record SeanceView(Long id, String bassin, Chambre chambre, String chambreLibelle, LocalDate date, String lieu,
        StatutSeance statut, List<MembreView> membresConvoques, List<String> membresPresents,
        List<String> membresExcuses, List<String> membresAbsents, Seance.Quorum quorum, List<Long> ordreDuJour,
        List<PointView> points, String clotureePar, String clotureeParNom, Instant clotureeLe) {

    public record MembreView(String membre, String nom, String qualite, boolean voixDeliberative, boolean present,
            boolean excuse) {
    }

    public record PointView(Long dossierId, String reference, AvisType type, String demandeur, String objet,
            NaturePoint nature, StatutPoint statut, Integer ordre, Decision decision, String motivation,
            String recommandation, String motivationRatification, VotesView votes, List<DeportView> deports,
            String deliberePar, Instant delibereLe) {
    }

    public record VotesView(Integer pour, Integer contre, Integer abstentions) {
    }

    /** A member who stepped out, by login, name and function in the chambre. */
    public record DeportView(String membre, String nom, String qualite, String raison) {

        static DeportView de(Deport deport, List<Presence> presences) {
            Presence presence = presences.stream().filter(p -> p.getMembre().equals(deport.getMembre())).findFirst()
                    .orElse(null);
            return new DeportView(deport.getMembre(), presence == null ? deport.getMembre() : presence.getNom(),
                    presence == null ? null : presence.getQualite(), deport.getRaison());
        }
    }
}
