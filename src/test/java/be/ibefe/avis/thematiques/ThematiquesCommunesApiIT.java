package be.ibefe.avis.thematiques;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.JourDeSeance;
import be.ibefe.avis.support.SeancesApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The yearly thématiques communes: the working group proposes, the Instance plénière of the same year validates at a
 * séance, and the métiers become the list of métiers prioritaires of the next year.
 */
@AvisIntegrationTest
class ThematiquesCommunesApiIT {

    @LocalServerPort
    int port;

    Api api;
    SeancesApi seances;

    @BeforeEach
    void client() {
        api = new Api(port);
        seances = new SeancesApi(api);
    }

    static Map<String, Object> proposition(String dateGt, List<Map<String, Object>> metiers) {
        return Map.of("dateGroupeTravail", dateGt, "recommandations", Map.of(
                "orientation", "Promouvoir les métiers techniques auprès des CPMS.",
                "adaptationOffre", "Ouvrir une option en soudage orbital.",
                "stagesAlternance", "Davantage de places de stage en industrie.",
                "equipement", "Moderniser les ateliers de soudure."), "metiers", metiers);
    }

    static List<Map<String, Object>> troisMetiers() {
        return List.of(Map.of("libelle", "Soudeur", "codeRome", "H2913", "famille", "Industrie", "action", "MAINTENIR"),
                Map.of("libelle", "Community manager", "famille", "Communication", "action", "CREER"),
                Map.of("libelle", "Aide familial", "action", "ADAPTER"));
    }

    Api.Reponse proposer(String qui, int annee, Object corps) {
        return api.envoyer(api.requete(qui, "/api/thematiques-communes/" + annee)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.json(corps))));
    }

    String pleniere(String date) {
        return seances.creer("INSTANCE_PLENIERE", date, seances.membres("INSTANCE_PLENIERE", date)).get("id").asText();
    }

    @AfterEach
    void horloge() {
        ClockUtil.reset();
    }

    @Test
    void proposed_in_september_validated_in_october_the_metiers_are_the_list_of_the_next_year() {
        Api.Reponse proposee = proposer("coordinateur", 2041, proposition("2041-09-23", troisMetiers()));
        assertThat(proposee.status()).as(proposee.corps()).isEqualTo(200);
        assertThat(proposee.json().get("statut").asText()).isEqualTo("PROPOSEES");
        assertThat(proposee.json().get("anneeListe").asInt()).isEqualTo(2042);
        assertThat(proposee.json().at("/parAction/CREER").asInt()).isEqualTo(1);
        assertThat(api.get("coordinateur", "/api/metiers-prioritaires/2042").json()).as("not before the plénière")
                .isEmpty();

        String seance = pleniere("2041-10-14");
        Api.Reponse inscrite = api.post("coordinateur", "/api/thematiques-communes/2041/inscription",
                Map.of("seanceId", Long.parseLong(seance)));
        assertThat(inscrite.status()).as(inscrite.corps()).isEqualTo(200);
        assertThat(inscrite.json().get("statut").asText()).isEqualTo("INSCRITES");
        assertThat(inscrite.json().get("seance").asText()).contains("14/10/2041");
        assertThat(proposer("coordinateur", 2041, proposition("2041-09-23", troisMetiers())).status())
                .as("an inscribed proposal does not change").isEqualTo(409);

        JourDeSeance.au("2041-10-14");
        Api.Reponse validee = api.post("coordinateur", "/api/thematiques-communes/2041/decision",
                Map.of("validees", true, "pour", 4, "contre", 0, "abstentions", 1));
        assertThat(validee.status()).as(validee.corps()).isEqualTo(200);
        assertThat(validee.json().get("statut").asText()).isEqualTo("VALIDEES");
        assertThat(validee.json().get("dateDecision").asText()).isEqualTo("2041-10-14");

        JsonNode liste = api.get("membre1", "/api/metiers-prioritaires/2042").json();
        assertThat(liste.findValuesAsText("libelle")).containsExactly("Aide familial", "Community manager", "Soudeur");
        assertThat(liste.findValuesAsText("action")).containsExactly("ADAPTER", "CREER", "MAINTENIR");
        assertThat(api.get("membre1", "/api/thematiques-communes").json().findValuesAsText("annee")).contains("2041");
        assertThat(proposer("coordinateur", 2041, proposition("2041-09-23", troisMetiers())).status())
                .as("validated thématiques do not change").isEqualTo(409);

        // the decision is journaled on the plénière's day
        String periode = "/api/journal?depuis=2041-10-14&jusqua=2041-10-14";
        assertThat(StreamSupport.stream(api.get("coordinateur", periode).json().spliterator(), false)
                .filter(e -> e.get("objet").asText().equals("ThematiquesCommunes")))
                .anyMatch(e -> e.get("apres").asText().contains("VALIDEES")
                        && e.get("utilisateur").asText().equals("coordinateur"));
        assertThat(StreamSupport.stream(api.get("coordhuy", periode).json().spliterator(), false))
                .as("Huy-Waremme does not read Liège's thématiques in the journal")
                .noneMatch(e -> e.get("objet").asText().startsWith("ThematiquesCommunes")
                        && e.get("utilisateur").asText().equals("coordinateur"));
    }

    @Test
    void a_refusal_needs_its_motivation_keeps_the_list_and_the_group_proposes_again() {
        assertThat(proposer("coordinateur", 2043, proposition("2043-09-20", troisMetiers())).status()).isEqualTo(200);
        String seance = pleniere("2043-10-12");
        assertThat(api.post("coordinateur", "/api/thematiques-communes/2043/inscription",
                Map.of("seanceId", Long.parseLong(seance))).status()).isEqualTo(200);

        JourDeSeance.au("2043-10-12");
        Api.Reponse sansMotif = api.post("coordinateur", "/api/thematiques-communes/2043/decision",
                Map.of("validees", false));
        assertThat(sansMotif.status()).isEqualTo(400);
        assertThat(sansMotif.json().at("/erreurs/0/champ").asText()).isEqualTo("motivation");
        Api.Reponse nonAdoptee = api.post("coordinateur", "/api/thematiques-communes/2043/decision",
                Map.of("validees", true, "pour", 2, "contre", 2, "abstentions", 0));
        assertThat(nonAdoptee.status()).isEqualTo(400);
        assertThat(nonAdoptee.json().at("/erreurs/0/message").asText()).contains("n'adoptent pas");
        assertThat(api.post("coordinateur", "/api/thematiques-communes/2043/decision",
                Map.of("validees", true, "pour", 5)).status()).as("three counts or none").isEqualTo(400);

        Api.Reponse refusee = api.post("coordinateur", "/api/thematiques-communes/2043/decision",
                Map.of("validees", false, "motivation", "La liste doit d'abord être concertée avec la Chambre Enseignement."));
        assertThat(refusee.status()).as(refusee.corps()).isEqualTo(200);
        assertThat(refusee.json().get("statut").asText()).isEqualTo("REFUSEES");
        assertThat(api.get("coordinateur", "/api/metiers-prioritaires/2044").json()).isEmpty();

        Api.Reponse reproposee = proposer("coordinateur", 2043, proposition("2043-10-20", troisMetiers()));
        assertThat(reproposee.status()).as(reproposee.corps()).isEqualTo(200);
        assertThat(reproposee.json().get("statut").asText()).isEqualTo("PROPOSEES");
        assertThat(reproposee.json().get("motivation").isNull()).isTrue();
        Api.Reponse avantLeGt = api.post("coordinateur", "/api/thematiques-communes/2043/inscription",
                Map.of("seanceId", Long.parseLong(seance)));
        assertThat(avantLeGt.status()).isEqualTo(400);
        assertThat(avantLeGt.json().at("/erreurs/0/message").asText()).contains("précède la réunion du groupe de travail");
    }

    @Test
    void the_plenary_is_one_of_the_same_year_and_bassin_open_with_its_quorum() {
        assertThat(proposer("coordinateur", 2045, proposition("2045-09-18", troisMetiers())).status()).isEqualTo(200);

        Api.Reponse autreAnnee = api.post("coordinateur", "/api/thematiques-communes/2045/inscription",
                Map.of("seanceId", Long.parseLong(pleniere("2046-01-15"))));
        assertThat(autreAnnee.status()).isEqualTo(400);
        assertThat(autreAnnee.json().at("/erreurs/0/message").asText()).contains("n'est pas de 2045");

        String bureau = seances.creer("BUREAU", "2045-10-13", seances.membres("BUREAU", "2045-10-13")).get("id").asText();
        assertThat(api.post("coordinateur", "/api/thematiques-communes/2045/inscription",
                Map.of("seanceId", Long.parseLong(bureau))).status()).isEqualTo(409);

        assertThat(proposer("coordhuy", 2045, proposition("2045-09-11", troisMetiers())).status()).isEqualTo(200);
        String liege = pleniere("2045-10-13");
        assertThat(api.post("coordhuy", "/api/thematiques-communes/2045/inscription",
                Map.of("seanceId", Long.parseLong(liege))).status()).as("not another bassin's séance").isEqualTo(404);
        assertThat(api.get("coordhuy", "/api/thematiques-communes/2045").json().get("dateGroupeTravail").asText())
                .as("each bassin its own decision").isEqualTo("2045-09-11");

        Api.Reponse vide = api.post("coordinateur", "/api/seances", Map.of("chambre", "INSTANCE_PLENIERE",
                "date", "2045-10-14", "lieu", "Liège", "membresPresents", List.of()));
        assertThat(api.post("coordinateur", "/api/thematiques-communes/2045/inscription",
                Map.of("seanceId", vide.json().get("id").asLong())).status()).isEqualTo(200);
        JourDeSeance.au("2045-10-14");
        Api.Reponse sansQuorum = api.post("coordinateur", "/api/thematiques-communes/2045/decision",
                Map.of("validees", true));
        assertThat(sansQuorum.status()).isEqualTo(409);
        assertThat(sansQuorum.json().get("detail").asText()).contains("Quorum non atteint");
        assertThat(api.envoyer(api.requete("coordinateur", "/api/thematiques-communes/2045/inscription").DELETE())
                .json().get("statut").asText()).isEqualTo("PROPOSEES");
    }

    @Test
    void limits_of_a_proposal_at_and_above_their_edge() {
        Map<String, Object> limite = new HashMap<>(proposition("2047-09-16", troisMetiers()));
        limite.put("recommandations", Map.of("orientation", "a".repeat(4000)));
        assertThat(proposer("coordinateur", 2047, limite).status()).isEqualTo(200);
        limite.put("recommandations", Map.of("equipement", "a".repeat(4001)));
        Api.Reponse tropLongue = proposer("coordinateur", 2047, limite);
        assertThat(tropLongue.status()).isEqualTo(400);
        assertThat(tropLongue.json().at("/erreurs/0/champ").asText()).isEqualTo("recommandations.equipement");

        List<Map<String, Object>> cinqCents = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            cinqCents.add(Map.of("libelle", "Métier " + i, "action", "MAINTENIR"));
        }
        Api.Reponse auMaximum = proposer("coordinateur", 2047, proposition("2047-09-16", cinqCents));
        assertThat(auMaximum.status()).as(auMaximum.corps()).isEqualTo(200);
        assertThat(auMaximum.json().get("metiers").size()).isEqualTo(500);
        cinqCents.add(Map.of("libelle", "Métier 500", "action", "MAINTENIR"));
        assertThat(proposer("coordinateur", 2047, proposition("2047-09-16", cinqCents)).status()).isEqualTo(400);

        Api.Reponse erreurs = proposer("coordinateur", 2047, proposition("2046-09-16", List.of(
                Map.of("libelle", "Soudeur", "action", "CREER"), Map.of("libelle", "SOUDEUR", "action", "CREER"),
                Map.of("libelle", "Couvreur", "codeRome", "couv"))));
        assertThat(erreurs.status()).isEqualTo(400);
        assertThat(erreurs.json().findValuesAsText("champ")).containsExactly("dateGroupeTravail",
                "metiers[1].libelle", "metiers[2].codeRome", "metiers[2].action");
        assertThat(api.get("coordinateur", "/api/thematiques-communes/2047").json().get("metiers").size())
                .as("nothing half-stored").isEqualTo(500);
        assertThat(proposer("coordinateur", 2048, proposition("2048-09-16", List.of())).status()).isEqualTo(400);
    }

    @Test
    void members_read_the_decisions_of_their_bassin_only_and_change_nothing() {
        assertThat(proposer("membre1", 2049, proposition("2049-09-16", troisMetiers())).status()).isEqualTo(403);
        assertThat(proposer("coordhuy", 2049, proposition("2049-09-16", troisMetiers())).status()).isEqualTo(200);
        assertThat(api.get("membre1", "/api/thematiques-communes/2049").status()).isEqualTo(404);
        assertThat(api.get("membrehuy1", "/api/thematiques-communes/2049").status()).isEqualTo(200);
    }
}
