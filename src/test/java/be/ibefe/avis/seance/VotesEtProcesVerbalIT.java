package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A decision is recorded only when its votes adopt it, a consensus only without votes, and the procès-verbal says
 * what happened to each point and names the people, never their logins.
 */
@AvisIntegrationTest
class VotesEtProcesVerbalIT {

    static final List<String> QUATRE = List.of("membre1", "membre2", "membre3", "membre4");

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
    void a_decision_the_votes_reject_is_refused_naming_decision_and_nothing_is_stored() {
        String dossier = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        String seance = seanceAvec(dossier);

        Api.Reponse refus = seances.deliberer(seance, dossier, "FAVORABLE", Map.of("pour", 0, "contre", 4));

        assertThat(refus.status()).isEqualTo(400);
        assertThat(refus.contentType()).startsWith("application/problem+json");
        assertThat(refus.json().at("/erreurs/0/champ").asText()).isEqualTo("decision");
        assertThat(refus.json().at("/erreurs/0/message").asText())
                .isEqualTo("Les votes n'adoptent pas la décision « Favorable » : 0 pour, 4 contre (les abstentions "
                        + "ne comptent pas). Elle n'est enregistrée que si les voix pour dépassent les voix contre.");
        JsonNode point = api.get("coordinateur", "/api/seances/" + seance).json().at("/points/0");
        assertThat(point.get("statut").asText()).isEqualTo("INSCRIT");
        assertThat(point.get("decision").isNull()).isTrue();
        assertThat(point.at("/votes/pour").isNull()).isTrue();
        JsonNode inscrit = api.get("coordinateur", "/api/dossiers/" + dossier).json();
        assertThat(inscrit.get("statut").asText()).isEqualTo("INSCRIT");
        assertThat(inscrit.get("decision").isNull()).isTrue();
    }

    @Test
    void a_tie_does_not_adopt_and_a_majority_does_abstentions_not_counted() {
        String dossier = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        String seance = seanceAvec(dossier);

        Api.Reponse egalite = seances.deliberer(seance, dossier, "DEFAVORABLE", Map.of("votes",
                Map.of("pour", 2, "contre", 2)));
        assertThat(egalite.status()).isEqualTo(400);
        assertThat(egalite.json().at("/erreurs/0/champ").asText()).isEqualTo("decision");
        Api.Reponse nominatifs = seances.deliberer(seance, dossier, "DEFAVORABLE", Map.of("votesNominatifs",
                Map.of("membre1", "POUR", "membre2", "ABSTENTION", "membre3", "ABSTENTION", "membre4", "CONTRE")));
        assertThat(nominatifs.status()).isEqualTo(400);
        assertThat(nominatifs.json().at("/erreurs/0/champ").asText()).isEqualTo("decision");

        Api.Reponse majorite = seances.deliberer(seance, dossier, "DEFAVORABLE", Map.of("pour", 3, "contre", 1));

        assertThat(majorite.status()).as(majorite.corps()).isEqualTo(200);
        assertThat(majorite.json().get("decision").asText()).isEqualTo("DEFAVORABLE");
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("decision").asText())
                .isEqualTo("DEFAVORABLE");
    }

    @Test
    void the_proces_verbal_tells_a_consensus_from_a_vote_and_from_a_point_not_examined() {
        String consensus = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        String vote = taches.pretPourSeance(Demandes.creditAdaptation());
        String oublie = taches.pretPourSeance(Demandes.epsForem());
        String seance = seanceAvec(consensus);
        api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + vote, "");
        api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + oublie, "");
        assertThat(seances.deliberer(seance, consensus, "FAVORABLE", Map.of("motivation", "Accord unanime."))
                .status()).isEqualTo(200);
        assertThat(seances.deliberer(seance, vote, "FAVORABLE", Map.of("pour", 3, "contre", 1)).status())
                .isEqualTo(200);
        assertThat(api.post("coordinateur", "/api/seances/" + seance + "/cloture", "").status()).isEqualTo(200);

        String pv = procesVerbal(seance);

        assertThat(point(pv, 1)).contains("Décision : Favorable", "Décision prise par consensus.")
                .doesNotContain("Votes :");
        assertThat(point(pv, 2)).contains("Votes : 3 pour, 1 contre, 0 abstention(s).")
                .doesNotContain("consensus");
        assertThat(point(pv, 3)).contains("Point non examiné en séance")
                .doesNotContain("Décision :", "consensus", "Ajourné");
        assertThat(api.get("coordinateur", "/api/seances/" + seance).json().at("/points/2/statut").asText())
                .isEqualTo("NON_EXAMINE");
        assertThat(api.get("coordinateur", "/api/dossiers/" + oublie).json().get("statut").asText())
                .isEqualTo("PRET_POUR_SEANCE");
    }

    @Test
    void the_proces_verbal_names_present_excused_and_absent_members_and_deports_by_name_and_function() {
        ObjectNode demande = Demandes.epsForem();
        ((ObjectNode) demande.get("demandeur")).put("nom", "FOREM Formation Liège");
        String dossier = taches.pretPourSeance(demande);
        Api.Reponse creee = api.post("coordinateur", "/api/seances", Map.of("chambre", "CSEF", "date", "2024-05-28",
                "membresPresents", List.of("membre1", "membre2", "membre3", "membre4"),
                "membresExcuses", List.of("membre5")));
        assertThat(creee.status()).as(creee.corps()).isEqualTo(201);
        String seance = creee.json().get("id").asText();
        assertThat(creee.json().get("membresExcuses").toString()).isEqualTo("[\"membre5\"]");
        api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "");
        assertThat(seances.deliberer(seance, dossier, "FAVORABLE", Map.of("pour", 3)).status()).isEqualTo(200);
        Api.Reponse presences = api.envoyer(api.requete("coordinateur", "/api/seances/" + seance + "/presences")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        Api.json(Map.of("membresPresents", List.of("membre1", "membre2", "membre3"))))));
        assertThat(presences.status()).as(presences.corps()).isEqualTo(200);
        api.post("coordinateur", "/api/seances/" + seance + "/cloture", "");

        String pv = procesVerbal(seance);

        assertThat(pv).contains("<td>Marie Dubois</td>", "<td>Présidente</td>", "<td>Nadia Benali</td>",
                "Déport : Marie Dubois, Présidente (Lien avec le demandeur (FOREM)).",
                "Séance clôturée par Claire Coordinatrice");
        assertThat(pv.replaceAll("\\s+", " ")).contains("<td>Nadia Benali</td> <td>Membre effectif</td> "
                + "<td>délibérative</td> <td>excusé(e)</td>", "<td>Luc Martin</td> <td>Membre effectif</td> "
                + "<td>délibérative</td> <td>absent(e)</td>", "<td>Sophie Renard</td> <td>Membre effectif</td> "
                + "<td>délibérative</td> <td>présent(e)</td>");
        assertThat(pv).doesNotContain("membre1", "membre4", "membre5", "coordinateur");
    }

    private String seanceAvec(String dossier) {
        String seance = seances.creer("CSEF", "2024-05-28", QUATRE).get("id").asText();
        Api.Reponse ajout = api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "");
        assertThat(ajout.status()).as(ajout.corps()).isEqualTo(200);
        return seance;
    }

    private String procesVerbal(String seance) {
        Api.Reponse page = api.envoyer(api.requete("membre2", "/api/seances/" + seance + "/proces-verbal")
                .header("Accept", "text/html").GET());
        assertThat(page.status()).isEqualTo(200);
        return page.corps();
    }

    /** The text of the agenda's point {@code rang}, up to the next point, without its tags. */
    private static String point(String pv, int rang) {
        String debut = pv.substring(pv.indexOf("<h3>" + rang + ". "));
        int fin = debut.indexOf("<h3>", 4);
        return (fin < 0 ? debut : debut.substring(0, fin)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}
