package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierView.CritereView;
import be.ibefe.avis.dossier.DossierView.PropositionView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A séance as the API shows it; {@code ordreDuJour} lists the dossier ids in agenda order. The members convened are
 * present, excused, or absent (neither); {@code clotureeParNom} is the name of who closed it. {@code procesVerbal}:
 * provisional or approved; {@code approbationsPv}: the approval points of earlier procès-verbaux, first on the agenda.
 */
public record SeanceView(Long id, String bassin, Chambre chambre, String chambreLibelle, LocalDate date, String lieu,
        StatutSeance statut, List<MembreView> membresConvoques, List<String> membresPresents,
        List<String> membresExcuses, List<String> membresAbsents, Seance.Quorum quorum, List<Long> ordreDuJour,
        List<PointView> points, String clotureePar, String clotureeParNom, Instant clotureeLe,
        ProcesVerbalView procesVerbal, List<ApprobationPvView> approbationsPv, List<SujetView> sujets) {

    /**
     * A point of the plénière that is no dossier's ({@link SujetsDeLaPleniere}): what the Instance approves or refused
     * ({@code libelle}, {@code lien} to its page), and its decision once taken: {@code statut} APPROUVE or REFUSE,
     * the {@code motivation}, the votes (none for a consensus). {@code cle} identifies it in the page.
     */
    public record SujetView(String type, Long objetId, String libelle, String lien, Integer ordre, StatutPoint statut,
            String motivation, VotesView votes, List<DeportView> deports, String deliberePar, Instant delibereLe) {

        public String cle() {
            return type.toLowerCase(java.util.Locale.ROOT) + "-" + objetId;
        }
    }

    public record MembreView(String membre, String nom, String qualite, boolean voixDeliberative, boolean present,
            boolean excuse) {
    }

    /**
     * The file the séance decides on comes with each point: the équipe's {@code proposition} (null before the
     * analysis), the {@code criteres} with their result after derogations, and the dossier's {@code documents}. A
     * point submitted to the Instance plénière names the decision's {@code origine} ("CSEF du 26/03/2024"), whether
     * it was an urgent measure of the Bureau ({@code mesureUrgente}), and whether the plénière confirmed it
     * {@code enBloc}; {@code motivationRatification} is its reason to refuse. {@code organeOrigine} names that body
     * with its article as the bassin names it (« la CSEF »), {@code dateOrigine} the day it decided;
     * {@code recitVote}, once the plénière decided, says what its votes were for (« Vote sur le refus de ratifier :
     * 5 voix pour le refus, … »).
     */
    public record PointView(Long dossierId, String reference, AvisType type, String demandeur, String objet,
            NaturePoint nature, StatutPoint statut, Integer ordre, Decision decision, String motivation,
            String recommandation, String origine, String organeOrigine, LocalDate dateOrigine, boolean mesureUrgente,
            boolean reunionDePole, boolean enBloc, String motivationRatification, VotesView votes, String recitVote, List<DeportView> deports,
            String deliberePar, Instant delibereLe, PropositionView proposition, List<CritereView> criteres,
            List<PieceView> documents) {
    }

    /** A document of the dossier; {@code lien} downloads it through the API. */
    public record PieceView(Long id, String nom, String lien) {

        static PieceView de(Long dossierId, DocumentView document) {
            return new PieceView(document.id(), document.nom(),
                    "/api/dossiers/%d/documents/%d".formatted(dossierId, document.id()));
        }
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
