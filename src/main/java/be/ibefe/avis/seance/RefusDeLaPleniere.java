package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import java.time.LocalDate;

/**
 * The Instance plénière refused to ratify or validate a decision, which withdraws the avis: what was refused (the
 * decision, the body that took it and its date), by which plénière and who closed it, and why.
 *
 * @param nature         RATIFICATION (a decision of the Bureau) or VALIDATION (an avis of the CSEF)
 * @param origine        the body and day of the decision refused, "CSEF du 26/03/2024"
 * @param organe         the body that took it, as the bassin names it: "CSEF"; a pôle de synergies with its
 *                       article, « le pôle de synergies … »
 * @param chambre        that body (null when unknown or a pôle): how a letter names it, « la CSEF », « le Bureau »
 * @param mesureUrgente  the Bureau took it between séances, as an urgent measure
 * @param pleniere       "Instance plénière du 24/06/2024", as the bassin names it
 * @param clotureeParNom the name of who closed the plénière
 */
public record RefusDeLaPleniere(NaturePoint nature, Decision decision, String motivationDecision, String origine,
        String organe, Chambre chambre, LocalDate dateDecision, boolean mesureUrgente, String pleniere, LocalDate datePleniere,
        String motif, String clotureeParNom, PointOrdreDuJour.Votes votes) {

    /** "ratifier" or "valider", as a letter says what the plénière refused to do. */
    public String verbe() {
        return nature == NaturePoint.VALIDATION ? "valider" : "ratifier";
    }

    /** « Vote sur le refus de ratifier : 5 voix pour le refus, 2 contre, 0 abstention. », or the consensus. */
    public String recitDuVote() {
        return RecitDuVote.pleniere(nature, false, false, votes);
    }
}
