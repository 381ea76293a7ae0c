package be.ibefe.avis.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.TextePdf;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The activity report's chapter on the thématiques communes decided in the year, in Markdown, CSV and PDF, counted
 * from the métiers the plénière validated; each bassin's report speaks of its own.
 */
@AvisIntegrationTest
class RapportThematiquesIT {

    @LocalServerPort
    int port;

    @Test
    void the_thematiques_validated_in_october_are_a_chapter_of_the_year_s_report_in_every_format() throws Exception {
        Api api = new Api(port);
        Api.Reponse proposee = api.envoyer(api.requete("coordinateur", "/api/thematiques-communes/2025")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(Api.json(Map.of(
                        "dateGroupeTravail", "2025-09-24", "metiers", List.of(
                                Map.of("libelle", "Soudeur", "action", "MAINTENIR"),
                                Map.of("libelle", "Couvreur", "action", "CREER"),
                                Map.of("libelle", "Aide familial", "action", "ADAPTER"),
                                Map.of("libelle", "Graphiste", "action", "CREER")))))));
        assertThat(proposee.status()).as(proposee.corps()).isEqualTo(200);
        SeancesApi seances = new SeancesApi(api);
        long seance = seances.creer("INSTANCE_PLENIERE", "2025-10-15", seances.membres("INSTANCE_PLENIERE",
                "2025-10-15")).get("id").asLong();
        assertThat(api.post("coordinateur", "/api/thematiques-communes/2025/inscription", Map.of("seanceId", seance))
                .status()).isEqualTo(200);
        assertThat(api.post("coordinateur", "/api/thematiques-communes/2025/decision", Map.of("validees", true))
                .status()).isEqualTo(200);

        String md = new String(api.telecharger("coordinateur", "/api/rapports/activite?annee=2025&format=md").body(),
                StandardCharsets.UTF_8);
        assertThat(md).contains("## Thématiques communes",
                "Le groupe de travail « thématiques communes » s'est réuni le 24 septembre 2025.",
                "validés par l'Instance plénière le 15 octobre 2025 (Instance plénière du 15/10/2025) : 4 métier(s) "
                        + "prioritaire(s), pour les demandes de 2026.",
                "| Liège | 4 | 2 | 1 | 1 |");
        String csv = new String(api.telecharger("coordinateur", "/api/rapports/activite?annee=2025&format=csv").body(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\n\r\nBassin;Métiers prioritaires validés;Offre à créer;Offre à maintenir;"
                + "Offre à adapter\r\nLiège;4;2;1;1\r\n");
        String pdf = TextePdf.de(api.telecharger("coordinateur", "/api/rapports/activite?annee=2025&format=pdf").body());
        assertThat(pdf).contains("Thématiques communes", "24 septembre 2025");

        String huy = new String(api.telecharger("coordhuy", "/api/rapports/activite?annee=2025&format=md").body(),
                StandardCharsets.UTF_8);
        assertThat(huy).contains("Aucune décision sur les thématiques communes n'est enregistrée pour 2025.",
                "| Huy-Waremme | 0 | 0 | 0 | 0 |").doesNotContain("Liège");
    }
}
