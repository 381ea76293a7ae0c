package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.JourDeSeance;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CAFE and the Chambre Enseignement meet, note who was there and keep a procès-verbal, but give no avis: nothing
 * goes on their agenda; their séances count in the activity report and show in the calendar, named as the bassin
 * names them.
 */
@AvisIntegrationTest
class OrganesSansAvisIT {

    private static final String CAFE = "Comité des acteurs pour la formation et l'emploi (CAFE)";

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Test
    void a_cafe_seance_notes_its_members_present_and_takes_no_dossier_on_its_agenda() {
        Api api = new Api(port);
        Api.Reponse mandat = api.post("coordinateur", "/api/mandats", Map.of("membre", "acteur-cafe-1", "nom",
                "Aline Acteur", "chambre", "CAFE", "qualite", "Membre", "voixDeliberative", true,
                "debut", "2037-01-01"));
        assertThat(mandat.status()).as(mandat.corps()).isEqualTo(201);
        SeancesApi seances = new SeancesApi(api);
        assertThat(seances.membres("CAFE", "2037-02-12")).containsExactly("acteur-cafe-1");
        String seance = seances.creer("CAFE", "2037-02-12", List.of("acteur-cafe-1")).get("id").asText();
        assertThat(api.get("coordinateur", "/api/seances/" + seance).json().get("chambre").asText()).isEqualTo("CAFE");

        Api.Reponse ordre = api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour", "");
        assertThat(ordre.status()).as(ordre.corps()).isEqualTo(409);
        assertThat(ordre.json().get("detail").asText()).isEqualTo("« " + CAFE + " » ne rend pas d'avis : aucun "
                + "dossier ne va à l'ordre du jour de ses séances.");
        String dossier = new Taches(api, travaux).pretPourSeance(Demandes.cispNouvelleFiliere());
        assertThat(api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "").status())
                .isEqualTo(409);
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("statut").asText())
                .as("the dossier still waits for the CSEF").isEqualTo("PRET_POUR_SEANCE");

        JourDeSeance.le("2037-02-12", () -> {
            Api.Reponse cloture = api.post("coordinateur", "/api/seances/" + seance + "/cloture", "");
            assertThat(cloture.status()).as(cloture.corps()).isEqualTo(200);
        });
        String pv = new String(api.telecharger("coordinateur", "/api/seances/" + seance + "/proces-verbal").body(),
                StandardCharsets.UTF_8);
        assertThat(pv).contains(CAFE.replace("'", "&#39;"), "Aline Acteur", "présent(e)");
    }

    @Test
    void the_report_counts_the_seances_of_the_cafe_and_of_the_chambre_enseignement_and_the_calendar_shows_them() {
        Api api = new Api(port);
        SeancesApi seances = new SeancesApi(api);
        for (String[] s : new String[][] {{"CAFE", "2012-03-10"}, {"CAFE", "2012-06-16"},
                {"CHAMBRE_ENSEIGNEMENT", "2012-05-05"}}) {
            String id = seances.creer(s[0], s[1], List.of()).get("id").asText();
            assertThat(api.post("coordinateur", "/api/seances/" + id + "/cloture", "").status()).isEqualTo(200);
        }
        String md = new String(api.telecharger("coordinateur", "/api/rapports/activite?annee=2012&format=md").body(),
                StandardCharsets.UTF_8);
        assertThat(md).contains("| " + CAFE + " | 2 | 10 mars et 16 juin |", "| Chambre Enseignement | 1 | 5 mai |");
        String huy = new String(api.telecharger("coordhuy", "/api/rapports/activite?annee=2012&format=md").body(),
                StandardCharsets.UTF_8);
        assertThat(huy).as("Liège's séances are Liège's").doesNotContain("Chambre Enseignement");

        assertThat(api.get("coordinateur", "/api/calendrier?du=2012-05-05&au=2012-05-05").json()
                .findValuesAsText("titre")).contains("Chambre Enseignement du 05/05/2012");
    }
}
