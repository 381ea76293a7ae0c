package be.ibefe.avis.seance;

/**
 * Why a dossier is on an agenda: to decide on it, for the Instance plénière to ratify a decision of the Bureau (an
 * urgent measure or a decision of a Bureau séance) or to validate an avis of the CSEF. INFORMATION (« prend acte »)
 * is what the plénière did with the avis before it ratified and validated them: kept for the points recorded then,
 * never created any more. APPROBATION: the Instance plénière approves or refuses something that is no dossier (a
 * pôle's creation, member, fiche projet or renewal; the thématiques communes), see {@link SujetsDeLaPleniere}.
 */
public enum NaturePoint {
    DELIBERATION, RATIFICATION, VALIDATION, INFORMATION, APPROBATION
}
