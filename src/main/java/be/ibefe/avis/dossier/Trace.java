package be.ibefe.avis.dossier;

import java.time.Instant;

/** Who does something to a dossier, and when. */
public record Trace(String utilisateur, Instant horodatage) {
}
