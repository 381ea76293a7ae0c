package be.ibefe.avis.seance;

import java.time.LocalDate;

/** The séance where a decision that belongs to no dossier is taken. {@code designation}: "Instance plénière du 14/10/2024". */
public record SeanceQuiDecide(long id, String bassin, LocalDate date, String designation) {
}
