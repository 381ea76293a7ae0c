package be.ibefe.avis.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.system.ClockConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The activity report's chapter on the pôles de synergies and working groups of the year, in Markdown, CSV and PDF:
 * each bassin's report speaks of the pôles it carries only (an interbassin one included, never in the associated
 * bassin's report), the regional report lists them per bassin.
 */
@AvisIntegrationTest
class RapportPolesIT {

    @LocalServerPort
    int port;

    private Api api;

    @Test
    void each_bassin_reports_the_poles_it_carries_with_their_meetings_and_fiches_of_the_year() throws Exception {
        api = new Api(port);
        LocalDate aujourdhui = LocalDate.now(ClockConfig.BRUXELLES);
        int annee = aujourdhui.getYear();

        long lie = creer("coordinateur", Map.of("nature", "POLE", "nom", "Pôle rapport stage virtuel",
                "secteur", "Aide familial", "mission", "Stages en réalité virtuelle"));
        long ecole = membre(lie, "Athénée rapport", "ENSEIGNEMENT_QUALIFIANT");
        membre(lie, "Forem rapport", "OPERATEURS_EMPLOI_FORMATION_INSERTION");
        membre(lie, "IFAPME rapport", "OPERATEURS_EMPLOI_FORMATION_INSERTION");
        Api.Reponse fiche = api.post("coordinateur", "/api/poles/" + lie + "/fiches", Map.of("titre",
                "Stage virtuel en aide familial", "objectifs", "Former sans stage chez le bénéficiaire",
                "partiesPrenantes", "Écoles", "dureeMois", 12, "publicsCibles", "Élèves de 4e",
                "description", "Casques de réalité virtuelle", "resultatsAttendus", "Des élèves préparés",
                "indicateurs", List.of(Map.of("nature", "SUIVI", "libelle", "Séances de stage", "unite", "séances",
                        "cible", 1250.5), Map.of("nature", "RESULTAT", "libelle", "Élèves formés", "cible", 40))));
        assertThat(fiche.status()).as(fiche.corps()).isEqualTo(201);
        // the Instance approves the pôle, its members and its fiche in a plénière; then the pôle meets
        // held today: the pôle's term runs from it, and its meeting of today comes after it
        long seance = new SeancesApi(api).creer("INSTANCE_PLENIERE", aujourdhui.toString(), new SeancesApi(api).membres(
                "INSTANCE_PLENIERE", aujourdhui.toString())).get("id").asLong();
        for (JsonNode point : api.get("coordinateur", "/api/poles/approbations").json()) {
            if (point.get("poleId").asLong() == lie) {
                Api.Reponse decision = api.post("coordinateur", "/api/poles/approbations/" + point.get("id").asText()
                        + "/decision", Map.of("seanceId", seance, "approuve", true));
                assertThat(decision.status()).as(decision.corps()).isEqualTo(200);
            }
        }
        Api.Reponse reunion = api.post("coordinateur", "/api/poles/" + lie + "/reunions", Map.of("date",
                aujourdhui.toString(), "webinaire", true, "presents", List.of(ecole), "decisions",
                List.of("Le groupe propose un stage pilote.", "Le groupe demande un budget à l'Instance.")));
        assertThat(reunion.status()).as(reunion.corps()).isEqualTo(201);
        JsonNode pole = api.get("coordinateur", "/api/poles/" + lie).json();
        Api.Reponse mesure = api.envoyer(api.requete("coordinateur", "/api/poles/" + lie + "/fiches/"
                + pole.at("/fiches/0/id").asLong() + "/indicateurs/1").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"reel\": 300}")));
        assertThat(mesure.status()).as(mesure.corps()).isEqualTo(200);
        creer("coordinateur", Map.of("nature", "GROUPE_DE_TRAVAIL", "nom", "GT rapport interbassins tutorat",
                "secteur", "Alternance", "bassinsAssocies", List.of("HUY")));
        creer("coordhuy", Map.of("nature", "GROUPE_DE_TRAVAIL", "nom", "GT rapport Huy logistique",
                "secteur", "Logistique"));
        String date = DatesEnFrancais.complete(aujourdhui);
        String terme = "du " + DatesEnFrancais.complete(LocalDate.parse(pole.get("debut").asText())) + " au "
                + DatesEnFrancais.complete(LocalDate.parse(pole.get("fin").asText()));

        String md = texte("coordinateur", annee, "md");
        assertThat(md).contains("## Pôles de synergies et groupes de travail", "### Pôle rapport stage virtuel",
                "Pôle de synergies — Actif — terme : " + terme + ".",
                "Opérateurs d'enseignement qualifiant (secondaire ou promotion sociale) : 1.",
                "Opérateurs locaux de l'emploi, de la formation professionnelle ou de l'insertion : 2",
                "| " + date + " | oui | 1 | 2 |",
                "| Stage virtuel en aide familial | Approuvé par l'Instance"
                        + " | Séances de stage | Indicateur de suivi | 1\u202F250,5 séances | 300 séances |",
                "| Élèves formés | Indicateur de résultat | 40 | — |", "### GT rapport interbassins tutorat")
                .doesNotContain("GT rapport Huy logistique");
        String csv = texte("coordinateur", annee, "csv");
        assertThat(csv).contains("Bassin;Pôle ou groupe de travail;Nature;Statut;Terme;Membres : ",
                "Liège;Pôle rapport stage virtuel;Pôle de synergies;Actif;" + terme + ";0;2;1;" + date + ";oui;1;2\r\n",
                "Liège;Pôle rapport stage virtuel;Stage virtuel en aide familial;",
                ";Élèves formés;Indicateur de résultat;40;—\r\n").doesNotContain("GT rapport Huy logistique");
        String pdf = TextePdf.de(api.telecharger("coordinateur", "/api/rapports/activite?annee=" + annee
                + "&format=pdf").body());
        assertThat(pdf).contains("Pôles de synergies et groupes de travail", "Pôle rapport stage virtuel",
                "Stage virtuel en aide familial").doesNotContain("GT rapport Huy logistique");

        String huy = texte("coordhuy", annee, "md");
        assertThat(huy).contains("## Pôles de synergies et groupes de travail", "### GT rapport Huy logistique",
                "Aucune réunion tenue dans l'année.", "Aucune fiche projet enregistrée.")
                .doesNotContain("Pôle rapport stage virtuel", "GT rapport interbassins tutorat");
        assertThat(texte("coordhuy", annee, "csv")).contains("Huy-Waremme;GT rapport Huy logistique;")
                .doesNotContain("Pôle rapport stage virtuel", "GT rapport interbassins tutorat");
        assertThat(TextePdf.de(api.telecharger("coordhuy", "/api/rapports/activite?annee=" + annee
                + "&format=pdf").body())).contains("GT rapport Huy logistique")
                .doesNotContain("Pôle rapport stage virtuel", "GT rapport interbassins tutorat");

        // the regional report: per bassin by name, an interbassin pôle once, under its carrying bassin
        String regional = texte("aibefe", annee, "md");
        String poles = regional.substring(regional.indexOf("## Pôles de synergies et groupes de travail"));
        assertThat(poles).contains("### Liège", "### Huy-Waremme", "#### Pôle rapport stage virtuel",
                "#### GT rapport Huy logistique");
        int liege = poles.indexOf("### Liège");
        int suivant = poles.indexOf("\n### ", liege);
        assertThat(poles.substring(liege, suivant < 0 ? poles.length() : suivant)).contains(
                "#### GT rapport interbassins tutorat", "#### Pôle rapport stage virtuel")
                .doesNotContain("GT rapport Huy logistique");
        assertThat(poles.split("GT rapport interbassins tutorat", -1)).hasSize(2);
        assertThat(texte("aibefe", annee - 1, "md")).doesNotContain("Pôle rapport stage virtuel",
                "GT rapport Huy logistique");
    }

    private String texte(String compte, int annee, String format) {
        return new String(api.telecharger(compte, "/api/rapports/activite?annee=" + annee + "&format=" + format)
                .body(), StandardCharsets.UTF_8);
    }

    private long creer(String compte, Map<String, Object> corps) {
        Api.Reponse reponse = api.post(compte, "/api/poles", corps);
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(201);
        return reponse.json().get("id").asLong();
    }

    private long membre(long pole, String organisation, String categorie) {
        Api.Reponse reponse = api.post("coordinateur", "/api/poles/" + pole + "/membres", Map.of("organisation",
                organisation, "representant", "Représentant", "categorie", categorie, "commune", "Liège", "debut",
                LocalDate.now(ClockConfig.BRUXELLES).toString()));
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(201);
        for (JsonNode m : reponse.json().get("membres")) {
            if (m.get("organisation").asText().equals(organisation)) {
                return m.get("id").asLong();
            }
        }
        throw new AssertionError(organisation);
    }
}
