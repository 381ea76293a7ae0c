package be.ibefe.avis.seance;

/** Why a dossier is on an agenda: to decide on it, to ratify an urgent decision, or for information. */
public enum NaturePoint {
    DELIBERATION, RATIFICATION, INFORMATION
}
