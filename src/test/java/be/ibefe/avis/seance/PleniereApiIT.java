package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.SessionPages;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Instance plénière ratifies every decision of the Bureau and validates every avis of the CSEF, one by one or en
 * bloc, and its procès-verbal says what it made of each. (What the closure does to the processes and the letters, end
 * to end, is tested in ValidationEtRatificationIT, and for an urgent measure in notification/RetraitAvisIT.)
 */
@AvisIntegrationTest
class PleniereApiIT {

    static final String DATE_PLENIERE = "2024-06-24";
    // Liège calls its chambre « CSEF » (its identity): the plénière names it so
    static final String CSEF_DU_28_MAI = "CSEF du 28/05/2024";

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    Api api;
    Taches taches;
    SeancesApi seances;

    @BeforeEach
    void client() {
        api = new Api(port);
        taches = new Taches(api, travaux);
        seances = new SeancesApi(api);
    }

    @Test
    void a_csef_avis_goes_to_the_pleniere_for_validation_and_a_bureau_decision_for_ratification() {
        String avis = decide(Demandes.cispNouvelleFiliere(), "FAVORABLE");
        String pole = decideEnUrgence(Demandes.epsForem(), "DEFAVORABLE");

        JsonNode agenda = ordreDuJour(pleniere());

        JsonNode validation = point(agenda, avis);
        assertThat(validation.get("nature").asText()).isEqualTo("VALIDATION");
        assertThat(validation.get("statut").asText()).isEqualTo("INSCRIT");
        assertThat(validation.get("decision").asText()).isEqualTo("FAVORABLE");
        assertThat(validation.get("motivation").asText()).isEqualTo("Motivation de la séance.");
        assertThat(validation.get("origine").asText()).isEqualTo(CSEF_DU_28_MAI);
        JsonNode ratification = point(agenda, pole);
        assertThat(ratification.get("nature").asText()).isEqualTo("RATIFICATION");
        assertThat(ratification.get("decision").asText()).isEqualTo("DEFAVORABLE");
        assertThat(ratification.get("origine").asText()).isEqualTo("Bureau de l'Instance Bassin EFE du 28/05/2024");
        assertThat(agenda.get("points")).noneSatisfy(p -> assertThat(p.get("nature").asText()).isEqualTo("INFORMATION"));
    }

    @Test
    void each_refused_ratification_or_validation_names_its_cause_and_stores_nothing() {
        String avis = decide(Demandes.cispNouvelleFiliere(), "FAVORABLE");
        String pleniere = pleniere();
        ordreDuJour(pleniere);
        String ratifications = "/api/seances/" + pleniere + "/ratifications";

        Api.Reponse sansReponse = api.post("coordinateur", ratifications, Map.of("dossierId", avis));
        assertThat(sansReponse.status()).isEqualTo(400);
        assertThat(sansReponse.json().at("/erreurs/0/champ").asText()).isEqualTo("ratifiee");

        Api.Reponse sansMotif = api.post("coordinateur", ratifications, Map.of("dossierId", avis, "ratifiee", false));
        assertThat(sansMotif.status()).isEqualTo(400);
        assertThat(sansMotif.json().at("/erreurs/0/champ").asText()).isEqualTo("motivation");

        Api.Reponse nonAdopte = api.post("coordinateur", ratifications, Map.of("dossierId", avis, "ratifiee", true,
                "pour", 1, "contre", 3, "abstentions", 1));
        assertThat(nonAdopte.status()).isEqualTo(400);
        assertThat(nonAdopte.json().at("/erreurs/0/champ").asText()).isEqualTo("ratifiee");
        assertThat(nonAdopte.json().at("/erreurs/0/message").asText())
                .isEqualTo("Les votes n'adoptent pas « avis validé » : 1 pour, 3 contre (les abstentions ne comptent "
                        + "pas). Ce n'est enregistré que si les voix pour dépassent les voix contre.");

        // an equal split refuses the validation (ValidationEtRatificationIT); fewer votes for the refusal do not
        Api.Reponse refusNonAdopte = api.post("coordinateur", ratifications, Map.of("dossierId", avis,
                "ratifiee", false, "motivation", "Avis à revoir.", "pour", 1, "contre", 2));
        assertThat(refusNonAdopte.status()).isEqualTo(400);
        assertThat(refusNonAdopte.json().at("/erreurs/0/message").asText())
                .startsWith("Les votes n'adoptent pas « validation refusée » : 1 pour le refus, 2 contre");

        String absent = decide(Demandes.creditAdaptation(), "FAVORABLE");
        Api.Reponse horsOrdreDuJour = api.post("coordinateur", ratifications, Map.of("dossierId", absent,
                "ratifiee", true));
        assertThat(horsOrdreDuJour.status()).isEqualTo(409);
        assertThat(horsOrdreDuJour.json().get("detail").asText()).isEqualTo("Le dossier n° %s n'est pas à l'ordre "
                .formatted(absent) + "du jour de cette séance pour ratification ou validation.");

        Api.Reponse mauvaiseNature = seances.deliberer(pleniere, avis, "DEFAVORABLE", Map.of());
        assertThat(mauvaiseNature.status()).isEqualTo(409);

        Api.Reponse autreBassin = api.post("coordhuy", ratifications, Map.of("dossierId", avis, "ratifiee", true));
        assertThat(autreBassin.status()).isEqualTo(404);

        String csef = seances.creer("CSEF", "2024-06-25", SeanceApiIT.CSEF).get("id").asText();
        Api.Reponse pasUnePleniere = api.post("coordinateur", "/api/seances/" + csef + "/ratifications",
                Map.of("dossierId", avis, "ratifiee", true));
        assertThat(pasUnePleniere.status()).isEqualTo(409);
        assertThat(pasUnePleniere.json().get("detail").asText()).isEqualTo("Seule l'Instance plénière ratifie ou "
                + "valide les décisions : cette séance est une séance de « CSEF ».");

        JsonNode point = point(api.get("coordinateur", "/api/seances/" + pleniere).json(), avis);
        assertThat(point.get("statut").asText()).isEqualTo("INSCRIT");
        assertThat(point.get("votes").get("pour").isNull()).isTrue();

        String close = pleniere();
        assertThat(api.post("coordinateur", "/api/seances/" + close + "/cloture", "").status()).isEqualTo(200);
        Api.Reponse cloturee = api.post("coordinateur", "/api/seances/" + close + "/ratifications",
                Map.of("dossierId", avis, "ratifiee", true));
        assertThat(cloturee.status()).isEqualTo(409);
        assertThat(cloturee.json().get("detail").asText()).contains("est clôturée");
    }

    @Test
    void the_pleniere_confirms_several_points_en_bloc_in_one_vote() {
        String premier = decide(Demandes.cispNouvelleFiliere(), "FAVORABLE");
        String second = decide(Demandes.aprc(), "FAVORABLE_AVEC_RECOMMANDATION");
        String pole = decideEnUrgence(Demandes.epsForem(), "FAVORABLE");
        String pleniere = pleniere();
        ordreDuJour(pleniere);
        String enBloc = "/api/seances/" + pleniere + "/ratifications/en-bloc";

        Api.Reponse vide = api.post("coordinateur", enBloc, Map.of("pour", 4));
        assertThat(vide.status()).isEqualTo(400);
        assertThat(vide.json().at("/erreurs/0/champ").asText()).isEqualTo("dossierIds");

        Api.Reponse inconnu = api.post("coordinateur", enBloc, Map.of("dossierIds", List.of(premier, 999999)));
        assertThat(inconnu.status()).isEqualTo(400);
        assertThat(inconnu.json().at("/erreurs/0/champ").asText()).isEqualTo("dossierIds[1]");

        Api.Reponse nonAdopte = api.post("coordinateur", enBloc, Map.of("dossierIds", List.of(premier, second),
                "pour", 2, "contre", 2));
        assertThat(nonAdopte.status()).isEqualTo(400);
        assertThat(nonAdopte.json().at("/erreurs/0/champ").asText()).isEqualTo("votes");
        assertThat(point(api.get("coordinateur", "/api/seances/" + pleniere).json(), premier).get("statut").asText())
                .isEqualTo("INSCRIT");

        Api.Reponse confirme = api.post("coordinateur", enBloc, Map.of("dossierIds", List.of(premier, second, pole),
                "pour", 4, "contre", 0, "abstentions", 1));

        assertThat(confirme.status()).as(confirme.corps()).isEqualTo(200);
        JsonNode seance = confirme.json();
        for (String dossier : List.of(premier, second)) {
            assertThat(point(seance, dossier).get("statut").asText()).isEqualTo("VALIDE");
            assertThat(point(seance, dossier).get("enBloc").asBoolean()).isTrue();
            assertThat(point(seance, dossier).at("/votes/pour").asInt()).isEqualTo(4);
        }
        assertThat(point(seance, pole).get("statut").asText()).isEqualTo("RATIFIE");

        Api.Reponse encore = api.post("coordinateur", enBloc, Map.of("dossierIds", List.of(premier)));
        assertThat(encore.status()).isEqualTo(400);
        assertThat(encore.json().at("/erreurs/0/message").asText()).contains("déjà été traité");
    }

    @Test
    void the_proces_verbal_says_what_the_pleniere_made_of_each_point() {
        String valide = decide(Demandes.cispNouvelleFiliere(), "FAVORABLE");
        String refuse = decide(Demandes.epsForem(), "DEFAVORABLE");
        String ratifie = decideEnUrgence(Demandes.epsForem(), "FAVORABLE");
        String nonExamine = decide(Demandes.equipement(), "FAVORABLE");
        String pleniere = pleniere();
        ordreDuJour(pleniere);
        String ratifications = "/api/seances/" + pleniere + "/ratifications";
        assertThat(api.post("coordinateur", ratifications + "/en-bloc", Map.of("dossierIds", List.of(valide)))
                .status()).isEqualTo(200);
        assertThat(api.post("coordinateur", ratifications, Map.of("dossierId", refuse, "ratifiee", false,
                "motivation", "La filière visée n'est pas en pénurie dans le bassin.", "pour", 5, "contre", 0,
                "abstentions", 0)).status()).isEqualTo(200);
        assertThat(api.post("coordinateur", ratifications, Map.of("dossierId", ratifie, "ratifiee", true)).status())
                .isEqualTo(200);

        String pv = api.envoyer(api.requete("coordinateur", "/api/seances/" + pleniere + "/proces-verbal")
                .header("Accept", "text/html").GET()).corps().replaceAll("\\s+", " ");

        assertThat(pv).contains(
                "Validation de l&#39;avis rendu par la CSEF le 28/05/2024 : "
                        + "</span><span class=\"decision\">Favorable</span>",
                "Avis validé en bloc.",
                "Validation refusée : La filière visée n&#39;est pas en pénurie dans le bassin.",
                // the votes were on the refusal, and the PV says so
                "Vote sur le refus de valider : 5 voix pour le refus, 0 contre, 0 abstention.",
                "Ratification de la mesure urgente prise par le Bureau de l&#39;Instance Bassin EFE le 28/05/2024",
                "Décision ratifiée.");
        assertThat(section(pv, nonExamine)).contains("Point pas encore examiné.").doesNotContain("consensus");
        assertThat(section(pv, ratifie)).contains("Décision prise par consensus.");
    }

    @Test
    void a_validation_the_pleniere_does_not_examine_is_carried_to_the_next_pleniere() {
        String avis = decide(Demandes.cispNouvelleFiliere(), "FAVORABLE");
        String premiere = pleniere();
        ordreDuJour(premiere);
        assertThat(api.post("coordinateur", "/api/seances/" + premiere + "/cloture", "").status()).isEqualTo(200);

        assertThat(point(api.get("coordinateur", "/api/seances/" + premiere).json(), avis).get("statut").asText())
                .isEqualTo("NON_EXAMINE");
        String pv = api.envoyer(api.requete("coordinateur", "/api/seances/" + premiere + "/proces-verbal")
                .header("Accept", "text/html").GET()).corps().replaceAll("\\s+", " ");
        assertThat(section(pv, avis)).contains("Point non examiné en séance : reporté à la séance suivante.");

        String seconde = seances.creer("INSTANCE_PLENIERE", "2024-09-24",
                seances.membres("INSTANCE_PLENIERE", "2024-09-24")).get("id").asText();
        JsonNode reporte = point(ordreDuJour(seconde), avis);
        assertThat(reporte.get("nature").asText()).isEqualTo("VALIDATION");
        assertThat(reporte.get("statut").asText()).isEqualTo("INSCRIT");
        assertThat(reporte.get("origine").asText()).isEqualTo(CSEF_DU_28_MAI);
    }

    @Test
    void the_seance_page_has_a_form_per_point_and_one_to_confirm_en_bloc() {
        String avis = decide(Demandes.cispNouvelleFiliere(), "FAVORABLE");
        String pole = decideEnUrgence(Demandes.epsForem(), "FAVORABLE");
        String pleniere = pleniere();
        ordreDuJour(pleniere);
        SessionPages coordinateur = new SessionPages(port, "coordinateur");

        String page = coordinateur.get("/seances/" + pleniere).body();
        assertThat(page).contains("Avis rendu par la CSEF le 28/05/2024, à valider",
                "Mesure urgente prise par le Bureau de l&#39;Instance Bassin EFE le 28/05/2024, à ratifier",
                "id=\"ratifiee-oui-" + avis + "\"", "id=\"ratifiee-oui-" + pole + "\"",
                "Ratifier et valider en bloc", "id=\"en-bloc-" + avis + "\"", "id=\"en-bloc-" + pole + "\"");

        HttpResponse<String> refus = coordinateur.poster("/seances/" + pleniere + "/ratifications/en-bloc",
                List.of(Map.entry("dossierIds", avis), Map.entry("pour", "2"), Map.entry("contre", "3")));
        assertThat(refus.statusCode()).isEqualTo(400);
        assertThat(refus.body()).contains("id=\"erreur-en-bloc-votes\"", "Les votes n&#39;adoptent pas");

        HttpResponse<String> confirme = coordinateur.poster("/seances/" + pleniere + "/ratifications/en-bloc",
                List.of(Map.entry("dossierIds", avis), Map.entry("dossierIds", pole), Map.entry("pour", "5")));
        assertThat(confirme.statusCode()).isEqualTo(302);
        JsonNode seance = api.get("coordinateur", "/api/seances/" + pleniere).json();
        assertThat(point(seance, avis).get("statut").asText()).isEqualTo("VALIDE");
        assertThat(point(seance, pole).get("statut").asText()).isEqualTo("RATIFIE");
    }

    /** The part of the procès-verbal about one dossier: from its title to the next point. */
    private String section(String pv, String dossier) {
        String reference = api.get("coordinateur", "/api/dossiers/" + dossier).json().get("reference").asText();
        int debut = pv.indexOf(reference + " — ");
        assertThat(debut).as("le PV cite " + reference).isPositive();
        int fin = pv.indexOf("<div class=\"point\"", debut);
        return fin < 0 ? pv.substring(debut) : pv.substring(debut, fin);
    }

    private String decide(ObjectNode demande, String decision) {
        Api.Reponse creation = api.post("coordinateur", "/api/dossiers", demande);
        assertThat(creation.status()).as(creation.corps()).isEqualTo(201);
        String id = creation.json().get("id").asText();
        taches.terminer("analyste", id, "Task_VerifierRecevabilite", Map.of("complet", true));
        taches.terminer("analyste", id, "Task_AnalyserDossier",
                Map.of("propositionAvis", "FAVORABLE", "motivation", "Critères rencontrés."));
        Map<String, Object> extra = new HashMap<>();
        if (decision.equals("FAVORABLE_AVEC_RECOMMANDATION")) {
            extra.put("recommandation", "Associer un centre de compétence.");
        }
        seances.deciderEnSeance(id, decision, extra);
        return id;
    }

    /**
     * A decision of the Bureau: no avis type is decided by the Bureau in séance any more (the avis d'opportunité is a
     * pôle's), so it is its urgent measure, on the day of the CSEF's séances, every member of the Bureau taking part.
     */
    private String decideEnUrgence(ObjectNode demande, String decision) {
        Api.Reponse creation = api.post("coordinateur", "/api/dossiers", demande);
        assertThat(creation.status()).as(creation.corps()).isEqualTo(201);
        String id = creation.json().get("id").asText();
        taches.terminer("analyste", id, "Task_VerifierRecevabilite", Map.of("complet", true));
        taches.terminer("analyste", id, "Task_AnalyserDossier",
                Map.of("propositionAvis", "FAVORABLE", "motivation", "Critères rencontrés."));
        Api.Reponse urgence = api.post("coordinateur", "/api/dossiers/" + id + "/procedure-urgente",
                Map.of("decision", decision, "motivation", "Motivation du Bureau.", "date", "2024-05-28",
                        "justification", "Le FOREM statue avant la séance de la CSEF.", "membresPresents",
                        seances.membres("BUREAU", "2024-05-28")));
        assertThat(urgence.status()).as(urgence.corps()).isEqualTo(200);
        return id;
    }

    private String pleniere() {
        return seances.creer("INSTANCE_PLENIERE", DATE_PLENIERE, seances.membres("INSTANCE_PLENIERE", DATE_PLENIERE))
                .get("id").asText();
    }

    private JsonNode ordreDuJour(String seance) {
        Api.Reponse agenda = api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour", "");
        assertThat(agenda.status()).as(agenda.corps()).isEqualTo(200);
        return agenda.json();
    }

    private static JsonNode point(JsonNode seance, String dossier) {
        return seance.get("points").findParents("dossierId").stream()
                .filter(p -> p.get("dossierId").asText().equals(dossier)).findFirst()
                .orElseThrow(() -> new AssertionError("dossier " + dossier + " absent de l'ordre du jour"));
    }
}
