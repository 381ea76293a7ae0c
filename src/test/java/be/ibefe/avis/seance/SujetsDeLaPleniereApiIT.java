package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.JourDeSeance;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.system.ClockConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the Instance plénière approves without a dossier is a point of its agenda (issue 19): a pôle from its creation
 * to the Instance's approval in the séance (inscription, decision, the pôle active, its line in the procès-verbal, HTML
 * and PDF), the pôles' own endpoint going the same way, the thématiques communes validated in séance; the refusals
 * (another bassin, another body, a closed séance, a point already decided or on another agenda, votes that do not
 * adopt, a motivation over its limit).
 */
@AvisIntegrationTest
class SujetsDeLaPleniereApiIT {

    private static final AtomicInteger JOUR = new AtomicInteger();

    @LocalServerPort
    int port;

    Api api;
    SeancesApi seances;

    @BeforeEach
    void client() {
        api = new Api(port);
        seances = new SeancesApi(api);
    }

    @AfterEach
    void horloge() {
        ClockUtil.reset();
    }

    @Test
    void a_pole_from_its_creation_to_the_instance_approval_in_the_pleniere_and_its_line_in_the_proces_verbal() {
        String nom = "Pôle logistique et transport n° " + JOUR.incrementAndGet();
        long pole = pole(nom);
        long membre = membre(pole, "Le Forem");
        List<JsonNode> approbations = approbations(pole);
        long creation = approbations.get(0).get("id").asLong();
        long designation = approbations.get(1).get("id").asLong();

        String seance = pleniere();
        JsonNode proposes = api.get("coordinateur", "/api/seances/" + seance + "/sujets-a-inscrire").json();
        assertThat(libelles(proposes)).contains("Création du pôle : " + nom,
                "Désignation d'un membre : Le Forem (Liège), Représentant du Forem");

        Api.Reponse inscrit = api.post("coordinateur", "/api/seances/" + seance + "/sujets",
                Map.of("type", "POLE", "objetId", creation));
        assertThat(inscrit.status()).as(inscrit.corps()).isEqualTo(200);
        JsonNode point = inscrit.json().at("/sujets/0");
        assertThat(point.get("libelle").asText()).isEqualTo("Création du pôle : " + nom);
        assertThat(point.get("statut").asText()).isEqualTo("INSCRIT");
        assertThat(point.get("lien").asText()).isEqualTo("/poles/" + pole);
        assertThat(libelles(api.get("coordinateur", "/api/seances/" + seance + "/sujets-a-inscrire").json()))
                .as("on an agenda, no longer proposed").doesNotContain("Création du pôle : " + nom);

        // on no second agenda; decided only as votes adopt it
        Api.Reponse ailleurs = api.post("coordinateur", "/api/seances/" + pleniere() + "/sujets",
                Map.of("type", "POLE", "objetId", creation));
        assertThat(ailleurs.status()).isEqualTo(409);
        assertThat(ailleurs.json().get("detail").asText()).startsWith("« Création du pôle : " + nom
                + " » est déjà à l'ordre du jour de la séance « ");
        Api.Reponse nonAdopte = api.post("coordinateur", "/api/seances/" + seance + "/sujets/decision",
                Map.of("type", "POLE", "objetId", creation, "approuve", true, "pour", 2, "contre", 2,
                        "abstentions", 0));
        assertThat(nonAdopte.status()).isEqualTo(400);
        assertThat(nonAdopte.json().at("/erreurs/0/champ").asText()).isEqualTo("approuve");
        assertThat(nonAdopte.json().at("/erreurs/0/message").asText()).startsWith("Les votes n'adoptent pas « approuvé »");
        Api.Reponse sansMotif = api.post("coordinateur", "/api/seances/" + seance + "/sujets/decision",
                Map.of("type", "POLE", "objetId", creation, "approuve", false));
        assertThat(sansMotif.status()).isEqualTo(400);
        assertThat(sansMotif.json().at("/erreurs/0/champ").asText()).isEqualTo("motivation");

        Api.Reponse approuve = api.post("coordinateur", "/api/seances/" + seance + "/sujets/decision",
                Map.of("type", "POLE", "objetId", creation, "approuve", true, "pour", 3, "contre", 0,
                        "abstentions", 1));
        assertThat(approuve.status()).as(approuve.corps()).isEqualTo(200);
        assertThat(approuve.json().get("statut").asText()).isEqualTo("APPROUVE");
        assertThat(api.get("coordinateur", "/api/poles/" + pole).json().get("statut").asText())
                .as("the decision goes back to the pôle and its process").isEqualTo("ACTIF");
        Api.Reponse deuxFois = api.post("coordinateur", "/api/seances/" + seance + "/sujets/decision",
                Map.of("type", "POLE", "objetId", creation, "approuve", true));
        assertThat(deuxFois.status()).isEqualTo(409);
        assertThat(deuxFois.json().get("detail").asText())
                .isEqualTo("Ce point a déjà été traité dans cette séance (approuvé).");

        // the pôles' own endpoint goes the same way: the member's point is put on the named séance and decided there
        String refus = "Le Forem est déjà représenté au pôle voisin.";
        Api.Reponse parLePole = api.post("coordinateur", "/api/poles/approbations/" + designation + "/decision",
                Map.of("seanceId", seance, "approuve", false, "motivation", refus));
        assertThat(parLePole.status()).as(parLePole.corps()).isEqualTo(200);
        assertThat(parLePole.json().get("statut").asText()).isEqualTo("REFUSE");
        JsonNode lue = api.get("coordinateur", "/api/seances/" + seance).json();
        assertThat(lue.get("sujets").findValuesAsText("statut")).containsExactly("APPROUVE", "REFUSE");
        assertThat(lue.at("/sujets/1/motivation").asText()).isEqualTo(refus);
        assertThat(lue.at("/sujets/0/votes/pour").asInt()).isEqualTo(3);
        assertThat(api.get("coordinateur", "/api/poles/" + pole).json().get("membres").findValuesAsText("statut"))
                .containsExactly("REFUSE");
        assertThat(membre).isPositive();

        assertThat(api.post("coordinateur", "/api/seances/" + seance + "/cloture", "").status()).isEqualTo(200);
        String pv = api.get("coordinateur", "/api/seances/" + seance + "/proces-verbal").corps();
        assertThat(pv).contains("1. Création du pôle : " + nom, "Approuvé par l'Instance.",
                "Votes : 3 pour, 0 contre, 1 abstention(s).",
                "un membre : Le Forem (Liège), Représentant du Forem", "Refusé par l'Instance.",
                "Motivation : " + refus);
        HttpResponse<byte[]> pdf = api.telecharger("coordinateur", "/api/seances/" + seance
                + "/proces-verbal?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(TextePdf.de(pdf.body()).replaceAll("\\s+", " ")).contains("Approuvé par l'Instance.",
                "Refusé par l'Instance.", refus);

        Api.Reponse close = api.post("coordinateur", "/api/seances/" + seance + "/sujets",
                Map.of("type", "POLE", "objetId", designation));
        assertThat(close.status()).as("a closed séance").isEqualTo(409);
        assertThat(close.json().get("detail").asText()).contains("clôturée");
    }

    @Test
    void a_seance_of_another_bassin_or_body_an_unknown_point_and_a_point_left_undecided() {
        long pole = pole("Pôle agro-alimentaire n° " + JOUR.incrementAndGet());
        long creation = approbations(pole).get(0).get("id").asLong();

        // another bassin's séance: Liège's coordination does not see it, Huy's does not see Liège's pôle
        String date = date();
        String huy = api.post("coordhuy", "/api/seances", Map.of("chambre", "INSTANCE_PLENIERE", "date", date,
                "lieu", "Huy", "membresPresents", List.of())).json().get("id").asText();
        Api.Reponse autreBassin = api.post("coordinateur", "/api/seances/" + huy + "/sujets",
                Map.of("type", "POLE", "objetId", creation));
        assertThat(autreBassin.status()).isEqualTo(404);
        assertThat(autreBassin.json().get("detail").asText()).isEqualTo("Aucune séance n° " + huy + ".");
        Api.Reponse poleDeLiege = api.post("coordhuy", "/api/seances/" + huy + "/sujets",
                Map.of("type", "POLE", "objetId", creation));
        assertThat(poleDeLiege.status()).isEqualTo(404);
        assertThat(poleDeLiege.json().get("detail").asText()).isEqualTo("Aucun point n° %d à approuver (POLE)."
                .formatted(creation));
        Api.Reponse parLePole = api.post("coordinateur", "/api/poles/approbations/" + creation + "/decision",
                Map.of("seanceId", huy, "approuve", true));
        assertThat(parLePole.status()).isEqualTo(400);

        // another body: only the plénière approves
        String csef = seances.creer("CSEF", date, seances.membres("CSEF", date)).get("id").asText();
        Api.Reponse autreOrgane = api.post("coordinateur", "/api/seances/" + csef + "/sujets",
                Map.of("type", "POLE", "objetId", creation));
        assertThat(autreOrgane.status()).isEqualTo(409);
        assertThat(autreOrgane.json().get("detail").asText()).startsWith("Seule l'Instance plénière approuve");

        String seance = pleniere();
        Api.Reponse inconnu = api.post("coordinateur", "/api/seances/" + seance + "/sujets",
                Map.of("type", "DOSSIER", "objetId", creation));
        assertThat(inconnu.status()).isEqualTo(400);
        assertThat(inconnu.json().at("/erreurs/0/champ").asText()).isEqualTo("type");
        assertThat(inconnu.json().at("/erreurs/0/message").asText()).contains("POLE").contains("THEMATIQUES");
        Api.Reponse absent = api.post("coordinateur", "/api/seances/" + seance + "/sujets",
                Map.of("type", "POLE", "objetId", 999_999_999L));
        assertThat(absent.status()).isEqualTo(404);

        // without its quorum a plénière puts the point on its agenda but decides nothing, by either path
        String sansQuorum = seances.creer("INSTANCE_PLENIERE", date(), List.of()).get("id").asText();
        assertThat(api.post("coordinateur", "/api/seances/" + sansQuorum + "/sujets",
                Map.of("type", "POLE", "objetId", creation)).status()).isEqualTo(200);
        Api.Reponse quorum = api.post("coordinateur", "/api/seances/" + sansQuorum + "/sujets/decision",
                Map.of("type", "POLE", "objetId", creation, "approuve", true));
        assertThat(quorum.status()).isEqualTo(409);
        assertThat(quorum.json().get("detail").asText()).startsWith("Quorum non atteint : 0 membre(s) présent(s)");
        assertThat(api.post("coordinateur", "/api/poles/approbations/" + creation + "/decision",
                Map.of("seanceId", sansQuorum, "approuve", true)).status()).isEqualTo(409);
        assertThat(api.envoyer(api.requete("coordinateur", "/api/seances/" + sansQuorum + "/sujets/POLE/"
                + creation).DELETE()).status()).isEqualTo(200);

        // a motivation at its limit (the pôle's, 4 000) is kept, beyond it refused and nothing decided
        Api.Reponse inscrit = api.post("coordinateur", "/api/seances/" + seance + "/sujets",
                Map.of("type", "POLE", "objetId", creation));
        assertThat(inscrit.status()).isEqualTo(200);
        Api.Reponse tropLong = api.post("coordinateur", "/api/seances/" + seance + "/sujets/decision",
                Map.of("type", "POLE", "objetId", creation, "approuve", false, "motivation", "m".repeat(4001)));
        assertThat(tropLong.status()).isEqualTo(400);
        assertThat(tropLong.json().at("/erreurs/0/message").asText())
                .isEqualTo("La motivation ne peut dépasser 4\u202F000 caractères.");
        assertThat(api.get("coordinateur", "/api/seances/" + seance).json().at("/sujets/0/statut").asText())
                .isEqualTo("INSCRIT");

        // taken off, then left undecided at the closing: it waits for the next plénière
        assertThat(api.envoyer(api.requete("coordinateur", "/api/seances/" + seance + "/sujets/POLE/" + creation)
                .DELETE()).json().get("sujets")).isEmpty();
        assertThat(api.post("coordinateur", "/api/seances/" + seance + "/sujets",
                Map.of("type", "POLE", "objetId", creation)).status()).isEqualTo(200);
        assertThat(api.post("coordinateur", "/api/seances/" + seance + "/cloture", "").json()
                .at("/sujets/0/statut").asText()).isEqualTo("NON_EXAMINE");
        String suivante = pleniere();
        assertThat(api.get("coordinateur", "/api/seances/" + suivante + "/sujets-a-inscrire").json()
                .findValuesAsText("id")).contains(String.valueOf(creation));
        Api.Reponse limite = api.post("coordinateur", "/api/poles/approbations/" + creation + "/decision",
                Map.of("seanceId", suivante, "approuve", false, "motivation", "m".repeat(4000)));
        assertThat(limite.status()).as(limite.corps()).isEqualTo(200);
        assertThat(api.get("coordinateur", "/api/poles/" + pole).json().get("statut").asText()).isEqualTo("REFUSE");
    }

    @Test
    void the_thematiques_communes_validated_in_seance_and_in_its_proces_verbal() {
        Map<String, Object> proposition = new HashMap<>(Map.of("dateGroupeTravail", "2053-09-22", "metiers", List.of(
                Map.of("libelle", "Soudeur", "codeRome", "H2913", "famille", "Industrie", "action", "MAINTENIR"),
                Map.of("libelle", "Cariste", "famille", "Logistique", "action", "CREER"))));
        Api.Reponse proposee = api.envoyer(api.requete("coordinateur", "/api/thematiques-communes/2053")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.json(proposition))));
        assertThat(proposee.status()).as(proposee.corps()).isEqualTo(200);
        String seance = seances.creer("INSTANCE_PLENIERE", "2053-10-14", seances.membres("INSTANCE_PLENIERE",
                "2053-10-14")).get("id").asText();
        JsonNode proposes = api.get("coordinateur", "/api/seances/" + seance + "/sujets-a-inscrire").json();
        JsonNode thematiques = StreamSupport.stream(proposes.spliterator(), false)
                .filter(s -> s.get("type").asText().equals("THEMATIQUES")
                        && s.get("libelle").asText().startsWith("Thématiques communes 2053")).findFirst().orElseThrow();
        assertThat(thematiques.get("libelle").asText())
                .isEqualTo("Thématiques communes 2053 : 2 métier(s) prioritaire(s) proposé(s)");

        // a plénière of another year is refused by the thématiques' own rule, through the séance's path
        String autreAnnee = seances.creer("INSTANCE_PLENIERE", "2054-01-12", seances.membres("INSTANCE_PLENIERE",
                "2054-01-12")).get("id").asText();
        Api.Reponse refusee = api.post("coordinateur", "/api/seances/" + autreAnnee + "/sujets",
                Map.of("type", "THEMATIQUES", "objetId", thematiques.get("id").asLong()));
        assertThat(refusee.status()).isEqualTo(400);
        assertThat(refusee.json().at("/erreurs/0/message").asText()).contains("n'est pas de 2053");

        Api.Reponse inscrite = api.post("coordinateur", "/api/seances/" + seance + "/sujets",
                Map.of("type", "THEMATIQUES", "objetId", thematiques.get("id").asLong()));
        assertThat(inscrite.status()).as(inscrite.corps()).isEqualTo(200);
        assertThat(api.get("coordinateur", "/api/thematiques-communes/2053").json().get("statut").asText())
                .isEqualTo("INSCRITES");
        JourDeSeance.au("2053-10-14");
        Api.Reponse validee = api.post("coordinateur", "/api/thematiques-communes/2053/decision",
                Map.of("validees", true, "pour", 3, "contre", 1, "abstentions", 1));
        assertThat(validee.status()).as(validee.corps()).isEqualTo(200);
        assertThat(validee.json().get("dateDecision").asText()).isEqualTo("2053-10-14");
        assertThat(api.get("coordinateur", "/api/metiers-prioritaires/2054").json().findValuesAsText("libelle"))
                .containsExactlyInAnyOrder("Soudeur", "Cariste");
        JsonNode point = api.get("coordinateur", "/api/seances/" + seance).json().at("/sujets/0");
        assertThat(point.get("statut").asText()).isEqualTo("APPROUVE");
        assertThat(point.at("/votes/pour").asInt()).isEqualTo(3);

        assertThat(api.post("coordinateur", "/api/seances/" + seance + "/cloture", "").status()).isEqualTo(200);
        assertThat(api.get("coordinateur", "/api/seances/" + seance + "/proces-verbal").corps()).contains(
                "1. Thématiques communes 2053 : 2 métier(s) prioritaire(s) proposé(s)", "Approuvé par l'Instance.",
                "Votes : 3 pour, 1 contre, 1 abstention(s).");
    }

    private long pole(String nom) {
        Api.Reponse cree = api.post("coordinateur", "/api/poles", Map.of("nature", "POLE", "nom", nom,
                "secteur", "Logistique"));
        assertThat(cree.status()).as(cree.corps()).isEqualTo(201);
        return cree.json().get("id").asLong();
    }

    private long membre(long pole, String organisation) {
        Api.Reponse reponse = api.post("coordinateur", "/api/poles/" + pole + "/membres", Map.of("organisation",
                organisation, "representant", "Représentant du " + organisation.replace("Le ", ""), "categorie",
                "OPERATEURS_EMPLOI_FORMATION_INSERTION", "commune", "Liège", "debut",
                LocalDate.now(ClockConfig.BRUXELLES).toString()));
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(201);
        return reponse.json().at("/membres/0/id").asLong();
    }

    private List<JsonNode> approbations(long pole) {
        return StreamSupport.stream(api.get("coordinateur", "/api/poles/approbations").json().spliterator(), false)
                .filter(a -> a.get("poleId").asLong() == pole).toList();
    }

    private static List<String> libelles(JsonNode sujets) {
        return sujets.findValuesAsText("libelle");
    }

    private String pleniere() {
        String date = date();
        return seances.creer("INSTANCE_PLENIERE", date, seances.membres("INSTANCE_PLENIERE", date)).get("id").asText();
    }

    /** The day of a new séance, later than the class's earlier ones; the clock is set to it, as it is held. */
    private static String date() {
        LocalDate jour = LocalDate.of(2035, 3, 1).plusDays(JOUR.incrementAndGet());
        JourDeSeance.au(jour);
        return jour.toString();
    }
}
