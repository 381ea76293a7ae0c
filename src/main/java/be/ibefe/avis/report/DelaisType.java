package be.ibefe.avis.report;

import be.ibefe.avis.bassin.AvisType;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

public record DelaisType(AvisType type, @JsonUnwrapped Delais delais) {
}
