package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.Decision;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The messages by which a séance moves the dossiers' processes on, correlated by dossier (the business key): the
 * process waits for them, nothing polls.
 */
@Component
public class MessagesDeliberation {

    public static final String DELIBERATION = "DeliberationSeance";
    public static final String RATIFICATION = "RatificationUrgence";

    private final RuntimeService runtimeService;

    public MessagesDeliberation(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** The decision of a séance (or urgent procedure); AJOURNE sends the dossier back to wait for a séance. */
    void deliberation(long dossierId, Decision decision, String motivation, String recommandation, boolean urgence) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decision.name());
        variables.put("motivationDecision", motivation);
        variables.put("recommandation", recommandation);
        variables.put("urgence", urgence);
        runtimeService.createMessageCorrelation(DELIBERATION).processInstanceBusinessKey(String.valueOf(dossierId))
                .setVariables(variables).correlateWithResult();
    }

    void ratification(long dossierId, boolean ratifiee, String motif) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ratifiee", ratifiee);
        variables.put("motifRatification", motif);
        runtimeService.createMessageCorrelation(RATIFICATION).processInstanceBusinessKey(String.valueOf(dossierId))
                .setVariables(variables).correlateWithResult();
    }
}
