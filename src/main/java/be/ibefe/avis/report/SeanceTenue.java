package be.ibefe.avis.report;

import java.time.LocalDate;

/** A séance held: the chambre as readers name it (e.g. "CSEF", "Bureau") and its date. */
public record SeanceTenue(String chambre, LocalDate date) {
}
