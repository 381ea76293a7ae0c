package be.ibefe.avis.report;

import be.ibefe.avis.bassin.AvisType;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** One line of the activity report: an avis type and its counters, side by side in the JSON. */
public record ActiviteType(AvisType type, @JsonUnwrapped Compteurs compteurs) {
}
