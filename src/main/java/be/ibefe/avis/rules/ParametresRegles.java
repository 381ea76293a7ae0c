package be.ibefe.avis.rules;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The figures and lists the eligibility rules use (application.yml, {@code avis.regles}): they change with the
 * décrets, not with the code, and are the same for every bassin. What a bassin decides for itself is its data
 * ({@link ReglesLocales}).
 */
@ConfigurationProperties("avis.regles")
public record ParametresRegles(Cisp cisp, CreditAdaptation creditAdaptation, Ale ale, Aprc aprc) {

    /** Below this share of its approved hours delivered, a centre asking for a renewal or more hours is flagged. */
    public record Cisp(BigDecimal tauxRealisationMinimum) {
    }

    public record CreditAdaptation(List<String> formesExclues, List<String> objectifsAdmis, BigDecimal tauxHorairePme,
            BigDecimal plafondPmeDeuxAns) {
    }

    /**
     * Trainings agreed by law for the ALE (the CSEF is not competent): by the operator's category, or by domain. The
     * operators a bassin recognises are its own list ({@link ReglesLocales#operateursAleReconnus}).
     */
    public record Ale(List<String> operateursAgreesDOffice, List<String> domainesAgreesDOffice) {
    }

    /** Public training or qualifying-teaching operators, and validation centres (agreed). */
    public record Aprc(List<String> operateursPublics, List<String> operateursPublicsAgreesRequis) {
    }
}
