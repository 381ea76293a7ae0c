package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Fichiers;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The séance decides with the file in front of it: each point carries the équipe's proposal, the criteria (with
 * derogations) and the documents, and a favourable decision against a KO criterion must name that criterion in its
 * motivation.
 */
@AvisIntegrationTest
class SeanceDossierIT {

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
    void each_point_carries_the_proposal_the_criteria_with_their_derogation_and_the_documents() {
        String dossier = asblProposeeDefavorable(api, taches);
        String seance = seanceAvec(dossier);

        JsonNode point = api.get("membre1", "/api/seances/" + seance).json().at("/points/0");

        assertThat(point.at("/proposition/propositionAvis").asText()).isEqualTo("DEFAVORABLE");
        assertThat(point.at("/proposition/motivation").asText()).isEqualTo("Une ASBL est exclue du crédit-adaptation.");
        JsonNode forme = critere(point, "CA_FORME_JURIDIQUE");
        assertThat(forme.get("libelle").asText()).isEqualTo("Forme juridique");
        assertThat(forme.get("resultat").asText()).isEqualTo("KO");
        assertThat(forme.get("explication").asText()).isEqualTo("Forme juridique ASBL : exclue du crédit-adaptation.");
        JsonNode taux = critere(point, "CA_TAUX_HORAIRE");
        assertThat(taux.get("resultat").asText()).isEqualTo("OK");
        assertThat(taux.get("resultatCalcule").asText()).isEqualTo("KO");
        assertThat(taux.at("/derogation/motivation").asText()).isEqualTo("80 heures de tutorat non comptées.");
        JsonNode document = point.at("/documents/0");
        assertThat(document.get("nom").asText()).isEqualTo("Statuts.pdf");
        assertThat(document.get("lien").asText())
                .isEqualTo("/api/dossiers/" + dossier + "/documents/" + document.get("id").asText());
        assertThat(api.telecharger("membre1", document.get("lien").asText()).body()).isEqualTo(Fichiers.pdf());
    }

    @Test
    void a_favourable_decision_against_a_ko_criterion_that_does_not_name_it_is_refused_and_nothing_stored() {
        String dossier = asblProposeeDefavorable(api, taches);
        String seance = seanceAvec(dossier);

        for (String decision : List.of("FAVORABLE", "FAVORABLE_AVEC_RECOMMANDATION")) {
            Api.Reponse refus = seances.deliberer(seance, dossier, decision, Map.of("motivation",
                    "Le projet est utile au bassin.", "recommandation", "Suivre la formation.", "pour", 3));

            assertThat(refus.status()).as(refus.corps()).isEqualTo(400);
            assertThat(refus.contentType()).startsWith("application/problem+json");
            assertThat(refus.json().at("/erreurs/0/champ").asText()).isEqualTo("motivation");
            assertThat(refus.json().at("/erreurs/0/message").asText()).contains("« Forme juridique »")
                    .doesNotContain("CA_FORME_JURIDIQUE", "Montant par heure");
        }
        JsonNode point = api.get("coordinateur", "/api/seances/" + seance).json().at("/points/0");
        assertThat(point.get("statut").asText()).isEqualTo("INSCRIT");
        assertThat(point.get("decision").isNull()).isTrue();
        JsonNode inscrit = api.get("coordinateur", "/api/dossiers/" + dossier).json();
        assertThat(inscrit.get("statut").asText()).isEqualTo("INSCRIT");
        assertThat(inscrit.get("decision").isNull()).isTrue();
    }

    @Test
    void a_favourable_decision_whose_motivation_names_the_ko_criterion_passes() {
        String dossier = asblProposeeDefavorable(api, taches);
        String seance = seanceAvec(dossier);

        Api.Reponse decide = seances.deliberer(seance, dossier, "FAVORABLE", Map.of("motivation",
                "La forme juridique (ASBL) n'est pas un obstacle ici : l'ASBL agit comme employeur marchand.",
                "pour", 3, "contre", 1));

        assertThat(decide.status()).as(decide.corps()).isEqualTo(200);
        assertThat(decide.json().get("decision").asText()).isEqualTo("FAVORABLE");
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("decision").asText())
                .isEqualTo("FAVORABLE");
    }

    @Test
    void a_decision_following_the_ko_criterion_needs_no_mention_of_it() {
        String dossier = asblProposeeDefavorable(api, taches);
        String seance = seanceAvec(dossier);

        Api.Reponse decide = seances.deliberer(seance, dossier, "DEFAVORABLE", Map.of("motivation",
                "Conforme à la proposition de l'équipe."));

        assertThat(decide.status()).as(decide.corps()).isEqualTo(200);
    }

    @Test
    void the_proces_verbal_shows_the_proposal_the_criteria_and_the_documents() {
        String dossier = asblProposeeDefavorable(api, taches);
        String seance = seanceAvec(dossier);
        assertThat(seances.deliberer(seance, dossier, "DEFAVORABLE", Map.of()).status()).isEqualTo(200);

        String pv = api.envoyer(api.requete("membre2", "/api/seances/" + seance + "/proces-verbal")
                .header("Accept", "text/html").GET()).corps().replaceAll("\\s+", " ");

        assertThat(pv).contains("Proposition de l'équipe : <span class=\"decision\">Défavorable</span>",
                "Une ASBL est exclue du crédit-adaptation.",
                "<tr class=\"critere-KO\"> <td>Forme juridique</td> <td>KO</td>",
                "Dérogation (calculé : KO) : 80 heures de tutorat non comptées.", "Statuts.pdf");
    }

    /** An ASBL (legal form KO), its hourly amount set OK by derogation, its statutes filed; the équipe says no. */
    static String asblProposeeDefavorable(Api api, Taches taches) {
        ObjectNode demande = Demandes.creditAdaptation();
        ((ObjectNode) demande.at("/donnees/entreprise")).put("formeJuridique", "ASBL");
        ((ObjectNode) demande.get("donnees")).put("montantDemande", 4400);
        Api.Reponse creation = api.post("coordinateur", "/api/dossiers", demande);
        assertThat(creation.status()).as(creation.corps()).isEqualTo(201);
        String id = creation.json().get("id").asText();
        assertThat(api.postFichier("analyste", "/api/dossiers/" + id + "/documents", "fichier", "Statuts.pdf",
                Fichiers.pdf()).status()).isEqualTo(201);
        taches.terminer("analyste", id, "Task_VerifierRecevabilite", Map.of("complet", true));
        Api.Reponse derogation = api.post("analyste", "/api/dossiers/" + id + "/eligibilite/CA_TAUX_HORAIRE/derogation",
                Map.of("resultat", "OK", "motivation", "80 heures de tutorat non comptées."));
        assertThat(derogation.status()).as(derogation.corps()).isEqualTo(200);
        taches.terminer("analyste", id, "Task_AnalyserDossier", Map.of("propositionAvis", "DEFAVORABLE",
                "motivation", "Une ASBL est exclue du crédit-adaptation."));
        return id;
    }

    private String seanceAvec(String dossier) {
        String seance = seances.creer("CSEF", "2024-05-28", QUATRE).get("id").asText();
        Api.Reponse ajout = api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "");
        assertThat(ajout.status()).as(ajout.corps()).isEqualTo(200);
        return seance;
    }

    private static JsonNode critere(JsonNode point, String code) {
        for (JsonNode critere : point.get("criteres")) {
            if (critere.get("code").asText().equals(code)) {
                return critere;
            }
        }
        throw new AssertionError("Pas de critère " + code + " dans " + point);
    }
}
