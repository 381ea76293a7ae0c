package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The messages by which a séance moves the dossiers' processes on, correlated by dossier (the business key): the
 * shared decision process ({@code processes/avis-deliberation.bpmn}) waits for them, nothing polls.
 */
@Component
public class MessagesDeliberation {

    public static final String DELIBERATION = "DeliberationSeance";
    public static final String DECISION_PLENIERE = "DecisionPleniere";

    /** The body that took the decision: the process submits a BUREAU decision or a CSEF avis to the plénière. */
    public static final String ORGANE = "organe";
    /**
     * {@code chambre} and {@code organe} of a dossier a pôle de synergies decides (by consensus, in its meeting), not
     * a chambre in séance: the plénière validates its avis.
     */
    public static final String ORGANE_POLE = "POLE";
    public static final String AVIS_CONFIRME = "avisConfirme";
    public static final String MOTIF_PLENIERE = "motifPleniere";

    private final RuntimeService runtimeService;

    public MessagesDeliberation(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * The decision of a séance of {@code organe}, or the Bureau's urgent measure ({@code organe} BUREAU); AJOURNE
     * sends the dossier back to wait for a séance.
     */
    void deliberation(long dossierId, Decision decision, String motivation, String recommandation, Chambre organe) {
        deliberation(dossierId, decision, motivation, recommandation, organe.name());
    }

    /** {@code organe}: a {@link Chambre}, or {@link #ORGANE_POLE}. */
    void deliberation(long dossierId, Decision decision, String motivation, String recommandation, String organe) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decision.name());
        variables.put("motivationDecision", motivation);
        variables.put("recommandation", recommandation);
        variables.put(ORGANE, organe);
        runtimeService.createMessageCorrelation(DELIBERATION).processInstanceBusinessKey(String.valueOf(dossierId))
                .setVariables(variables).correlateWithResult();
    }

    /**
     * The Instance plénière ratified or validated the avis ({@code confirme}), or refused it: the process then
     * withdraws the avis, {@code motif} saying why, and the dossier waits for a séance again.
     */
    void decisionPleniere(long dossierId, boolean confirme, String motif) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AVIS_CONFIRME, confirme);
        variables.put(MOTIF_PLENIERE, motif);
        runtimeService.createMessageCorrelation(DECISION_PLENIERE)
                .processInstanceBusinessKey(String.valueOf(dossierId)).setVariables(variables).correlateWithResult();
    }
}
