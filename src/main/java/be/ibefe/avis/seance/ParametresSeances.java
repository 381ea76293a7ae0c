package be.ibefe.avis.seance;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The quorum rule (avis.seances): a séance deliberates when strictly more than {@code quorumProportion} of the
 * members with a deliberative vote are present; 0.5 is the absolute majority.
 */
@ConfigurationProperties("avis.seances")
public record ParametresSeances(BigDecimal quorumProportion) {
}
