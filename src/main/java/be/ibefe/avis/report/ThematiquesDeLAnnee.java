package be.ibefe.avis.report;

import java.time.LocalDate;
import java.util.Optional;

/** The thématiques communes a bassin decided in a year, for the activity report. The thématiques capability provides them. */
public interface ThematiquesDeLAnnee {

    Optional<ThematiquesDecidees> thematiques(String bassin, int annee);

    /**
     * {@code validees}: the plénière validated them on {@code dateDecision} at {@code seance}; otherwise they are only
     * proposed ({@code dateDecision} null) or their validation was refused.
     */
    record ThematiquesDecidees(LocalDate dateGroupeTravail, String seance, LocalDate dateDecision, boolean validees,
            int metiers, long creer, long maintenir, long adapter) {
    }
}
