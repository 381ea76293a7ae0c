package be.ibefe.avis.seance;

/**
 * What the Instance plénière's vote on a decision submitted to it was about, said in full. The votes count for what
 * is recorded ({@link Scrutin#verifierAdoption}): for the ratification or validation when it is confirmed, for the
 * refusal when it is refused; a bare « 5 pour, 2 contre » under « Ratification refusée » would leave the reader to
 * guess which. One text for the procès-verbal and the dossier's history.
 */
public final class RecitDuVote {

    private RecitDuVote() {
    }

    /** « Vote sur le refus de ratifier : 5 voix pour le refus, 2 contre, 0 abstention. » */
    public static String pleniere(NaturePoint nature, boolean confirme, boolean enBloc, PointOrdreDuJour.Votes votes) {
        if (votes.pour() == null) {
            return "Décision prise par consensus.";
        }
        boolean validation = nature == NaturePoint.VALIDATION;
        String objet;
        String pour;
        if (enBloc) {
            objet = "la confirmation en bloc";
            pour = "la confirmation";
        } else if (confirme) {
            objet = validation ? "la validation" : "la ratification";
            pour = objet;
        } else {
            objet = validation ? "le refus de valider" : "le refus de ratifier";
            pour = "le refus";
        }
        String recit = "Vote sur %s : %d voix pour %s, %d contre, %d %s.".formatted(objet, votes.pour(), pour,
                votes.contre(), votes.abstentions(), votes.abstentions() > 1 ? "abstentions" : "abstention");
        if (!confirme && !enBloc && votes.pour().equals(votes.contre())) {
            recit += " Partage des voix : la %s n'obtient pas la majorité.".formatted(validation ? "validation"
                    : "ratification");
        }
        return recit;
    }
}
