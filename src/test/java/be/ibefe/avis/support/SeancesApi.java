package be.ibefe.avis.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Séances over the REST API, as the coordinator drives them. */
public final class SeancesApi {

    private final Api api;

    public SeancesApi(Api api) {
        this.api = api;
    }

    public JsonNode creer(String chambre, String date, List<String> presents) {
        Api.Reponse reponse = api.post("coordinateur", "/api/seances",
                Map.of("chambre", chambre, "date", date, "lieu", "Liège, rue Natalis", "membresPresents", presents));
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(201);
        return reponse.json();
    }

    public Api.Reponse deliberer(Object seanceId, Object dossierId, String decision, Map<String, Object> extra) {
        Map<String, Object> corps = new HashMap<>(extra);
        corps.put("dossierId", dossierId);
        corps.put("decision", decision);
        corps.putIfAbsent("motivation", "Motivation de la séance.");
        return api.post("coordinateur", "/api/seances/" + seanceId + "/deliberations", corps);
    }

    /** The members of the chambre on the date, from the API. */
    public List<String> membres(String chambre, String date) {
        return api.get("coordinateur", "/api/mandats?chambre=" + chambre + "&date=" + date).json()
                .findValuesAsText("membre");
    }

    /**
     * A séance of the dossier's chambre with every member present puts the dossier on its agenda, decides, and is
     * closed.
     */
    public void deciderEnSeance(Object dossierId, String decision, Map<String, Object> extra) {
        String chambre = api.get("coordinateur", "/api/dossiers/" + dossierId).json().get("chambre").asText();
        String seance = creer(chambre, "2024-05-28", membres(chambre, "2024-05-28")).get("id").asText();
        Api.Reponse ajout = api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossierId, "");
        assertThat(ajout.status()).as(ajout.corps()).isEqualTo(200);
        Api.Reponse deliberation = deliberer(seance, dossierId, decision, extra);
        assertThat(deliberation.status()).as(deliberation.corps()).isEqualTo(200);
        Api.Reponse cloture = api.post("coordinateur", "/api/seances/" + seance + "/cloture", "");
        assertThat(cloture.status()).as(cloture.corps()).isEqualTo(200);
    }

    /**
     * An Instance plénière of {@code date}, every member present, finds the dossier's avis on its agenda for
     * validation, validates it, and is closed.
     */
    public void validerEnPleniere(Object dossierId, String date) {
        String pleniere = creer("INSTANCE_PLENIERE", date, membres("INSTANCE_PLENIERE", date)).get("id").asText();
        Api.Reponse agenda = api.post("coordinateur", "/api/seances/" + pleniere + "/ordre-du-jour", "");
        assertThat(agenda.status()).as(agenda.corps()).isEqualTo(200);
        assertThat(agenda.json().get("points").findParents("dossierId")).anyMatch(point ->
                point.get("dossierId").asText().equals(String.valueOf(dossierId))
                        && point.get("nature").asText().equals("VALIDATION"));
        Api.Reponse validation = api.post("coordinateur", "/api/seances/" + pleniere + "/ratifications",
                Map.of("dossierId", dossierId, "ratifiee", true));
        assertThat(validation.status()).as(validation.corps()).isEqualTo(200);
        Api.Reponse cloture = api.post("coordinateur", "/api/seances/" + pleniere + "/cloture", "");
        assertThat(cloture.status()).as(cloture.corps()).isEqualTo(200);
    }
}
