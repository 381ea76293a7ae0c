package be.ibefe.avis.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Working a dossier's tasks over the REST API, as a user would; the asynchronous steps a completion starts (the
 * evaluation of the criteria) run before the next step, as the job executor would run them.
 */
public final class Taches {

    private final Api api;
    private final Travaux travaux;

    public Taches(Api api, Travaux travaux) {
        this.api = api;
        this.travaux = travaux;
    }

    public JsonNode tache(String utilisateur, Object dossierId, String cle) {
        Api.Reponse reponse = api.get(utilisateur, "/api/taches?dossierId=" + dossierId);
        assertThat(reponse.status()).isEqualTo(200);
        return StreamSupport.stream(reponse.json().spliterator(), false)
                .filter(t -> cle.equals(t.get("cle").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("Pas de tâche " + cle + " pour " + utilisateur + " : "
                        + reponse.corps()));
    }

    public String completer(String utilisateur, Object dossierId, String cle) {
        return "/api/taches/" + tache(utilisateur, dossierId, cle).get("id").asText() + "/complete";
    }

    public void terminer(String utilisateur, Object dossierId, String cle, Map<String, Object> champs) {
        Api.Reponse reponse = api.post(utilisateur, completer(utilisateur, dossierId, cle), champs);
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(204);
        travaux.executerEnAttente();
    }

    /**
     * Registers the request as the coordination, declares it complete and proposes it favourable as the équipe: the
     * dossier waits for a séance. Returns its id.
     */
    public String pretPourSeance(ObjectNode demande) {
        return pretPourSeance(demande, "coordinateur", "analyste");
    }

    /** The same by a bassin's own people: its coordination registers, its équipe checks and proposes. */
    public String pretPourSeance(ObjectNode demande, String coordination, String analyste) {
        Api.Reponse creation = api.post(coordination, "/api/dossiers", demande);
        assertThat(creation.status()).as(creation.corps()).isEqualTo(201);
        String id = creation.json().get("id").asText();
        terminer(analyste, id, "Task_VerifierRecevabilite", Map.of("complet", true));
        terminer(analyste, id, "Task_AnalyserDossier",
                Map.of("propositionAvis", "FAVORABLE", "motivation", "Critères rencontrés."));
        return id;
    }
}
