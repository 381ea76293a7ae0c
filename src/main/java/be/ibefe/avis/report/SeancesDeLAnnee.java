package be.ibefe.avis.report;

import java.util.List;

/** The séances held in a year, listed in the activity report with their dates. The séance capability provides them. */
public interface SeancesDeLAnnee {

    List<SeanceTenue> seancesTenues(int annee);
}
