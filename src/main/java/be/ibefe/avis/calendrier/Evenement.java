package be.ibefe.avis.calendrier;

import java.time.LocalDate;

/**
 * A day (or days) of the calendar: a milestone's occurrence, a séance, a task's due date. {@code uid} stays the same
 * from one reading of the feed to the next, so that a calendar client updates the event instead of doubling it.
 */
public record Evenement(String uid, Nature nature, LocalDate debut, LocalDate fin, String titre, String description) {

    public enum Nature {
        JALON("Échéance récurrente"), SEANCE("Séance"), TACHE("Échéance de tâche");

        private final String libelle;

        Nature(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }
}
