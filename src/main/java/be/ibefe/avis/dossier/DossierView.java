package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Chambre;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A dossier as the API shows it (GET /api/dossiers/{id}). */
public record DossierView(
        Long id,
        String reference,
        String bassin,
        AvisType type,
        Statut statut,
        DemandeurView demandeur,
        String objet,
        LocalDate dateReception,
        LocalDate echeance,
        String referenceExterne,
        JsonNode donnees,
        String piecesManquantes,
        List<CritereView> eligibilite,
        PropositionView proposition,
        Chambre chambre,
        Decision decision,
        DeliberationView deliberation,
        EscaladeView escalade,
        List<HistoriqueView> historique,
        String creePar,
        Instant creeLe) {

    public record DemandeurView(String nom, CategorieDemandeur categorie, String bce, String email,
            AdressePostale adresse) {
    }

    /** Set when the dossier went past a due date without anyone acting: the coordination was alerted. */
    public record EscaladeView(Instant le, String motif) {
    }

    /** {@code resultat} is the one that counts; {@code derogation} says who overrode the rule's result, and why. */
    public record CritereView(String code, String libelle, ResultatCritere resultat, String explication,
            ResultatCritere resultatCalcule, DerogationView derogation) {

        public static CritereView de(Critere c) {
            return new CritereView(c.getCode(), c.getLibelle(), c.getResultat(), c.getExplication(),
                    c.getResultatCalcule(), c.getDerogationMotivation() == null ? null
                            : new DerogationView(c.getDerogationMotivation(), c.getDerogationPar(),
                                    c.getDerogationLe()));
        }
    }

    public record DerogationView(String motivation, String par, Instant le) {
    }

    public record PropositionView(Decision propositionAvis, String motivation, String par, Instant le) {

        /** Null before the équipe proposed an avis. */
        public static PropositionView de(Dossier d) {
            return d.getPropositionAvis() == null ? null
                    : new PropositionView(d.getPropositionAvis(), d.getPropositionMotivation(), d.getPropositionPar(),
                            d.getPropositionLe());
        }
    }

    public record DeliberationView(Decision decision, String motivation, String recommandation, String par,
            Instant le) {
    }

    /** {@code utilisateur} is the stored code (a login, or systeme); {@code par} is how a person reads it. */
    public record HistoriqueView(Instant date, String utilisateur, String par, Statut statutPrecedent, Statut statut,
            String evenement) {
    }

    public static DossierView de(Dossier d) {
        return new DossierView(d.getId(), d.getReference(), d.getBassin(), d.getType(), d.getStatut(), demandeur(d),
                d.getObjet(), d.getDateReception(), d.getEcheance(), d.getReferenceExterne(), d.getDonnees(),
                d.getPiecesManquantes(),
                d.getCriteres().stream().map(CritereView::de).toList(),
                PropositionView.de(d),
                d.getChambre(),
                d.getDecision(),
                d.getDecision() == null ? null
                        : new DeliberationView(d.getDecision(), d.getDecisionMotivation(),
                                d.getDecisionRecommandation(), d.getDecisionPar(), d.getDecisionLe()),
                d.getEscaladeLe() == null ? null : new EscaladeView(d.getEscaladeLe(), d.getEscaladeMotif()),
                d.getHistorique().stream()
                        .map(h -> new HistoriqueView(h.getHorodatage(), h.getUtilisateur(),
                                Auteurs.libelle(h.getUtilisateur()), h.getStatutPrecedent(),
                                h.getStatut(), h.getEvenement()))
                        .toList(),
                d.getCreePar(), d.getCreeLe());
    }

    public static DemandeurView demandeur(Dossier d) {
        return new DemandeurView(d.getDemandeur().getNom(), d.getDemandeur().getCategorie(),
                d.getDemandeur().getBce(), d.getDemandeur().getEmail(), d.getDemandeur().getAdresse());
    }
}
