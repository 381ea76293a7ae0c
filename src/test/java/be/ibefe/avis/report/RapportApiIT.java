package be.ibefe.avis.report;

import static be.ibefe.avis.support.DossiersEnBase.Ligne.recu;
import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.DossiersEnBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** GET /api/rapports/activite and /statistiques over HTTP, in every format, on the dossiers of 2005. */
@AvisIntegrationTest
class RapportApiIT {

    private static final String PREFIXE = "RAPPORT-API-";
    private static final String ACTIVITE = "/api/rapports/activite?annee=2005";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void dossiersDe2005() {
        api = new Api(port);
        DossiersEnBase.supprimer(jdbc, PREFIXE);
        LocalDate reception = LocalDate.of(2005, 3, 26);
        DossiersEnBase.inserer(jdbc, List.of(
                recu(PREFIXE + 1, AvisType.CREDIT_ADAPTATION, reception).notifieApres(Decision.FAVORABLE, 20),
                recu(PREFIXE + 2, AvisType.CREDIT_ADAPTATION, reception)
                        .notifieApres(Decision.FAVORABLE_AVEC_RECOMMANDATION, 40),
                recu(PREFIXE + 3, AvisType.ALE_FORMATION, reception).clos(Decision.NON_COMPETENT)));
    }

    @AfterEach
    void menage() {
        DossiersEnBase.supprimer(jdbc, PREFIXE);
    }

    @Test
    void json_lists_every_type_with_the_fields_of_the_design_and_the_totals() {
        Api.Reponse reponse = api.get("coordinateur", ACTIVITE);

        assertThat(reponse.status()).isEqualTo(200);
        assertThat(reponse.contentType()).startsWith("application/json");
        JsonNode rapport = reponse.json();
        assertThat(champs(rapport)).containsExactly("annee", "types", "totaux");
        assertThat(rapport.get("annee").asInt()).isEqualTo(2005);
        assertThat(rapport.get("types")).extracting(t -> t.get("type").asText())
                .containsExactly(java.util.Arrays.stream(AvisType.values()).map(AvisType::name).toArray(String[]::new));
        JsonNode credit = rapport.get("types").get(1);
        assertThat(champs(credit)).containsExactly("type", "recus", "analyses", "favorables",
                "favorablesAvecRecommandation", "defavorables", "nonCompetents", "enCours");
        assertThat(credit.toString()).isEqualTo("{\"type\":\"CREDIT_ADAPTATION\",\"recus\":2,\"analyses\":2,"
                + "\"favorables\":2,\"favorablesAvecRecommandation\":1,\"defavorables\":0,\"nonCompetents\":0,"
                + "\"enCours\":0}");
        assertThat(rapport.get("totaux").toString()).isEqualTo("{\"recus\":3,\"analyses\":2,\"favorables\":2,"
                + "\"favorablesAvecRecommandation\":1,\"defavorables\":0,\"nonCompetents\":1,\"enCours\":0}");
        assertThat(api.get("admin", ACTIVITE + "&format=json").json()).isEqualTo(rapport);
    }

    @Test
    void csv_is_a_semicolon_separated_utf8_attachment_for_excel() {
        HttpResponse<byte[]> csv = api.telecharger("coordinateur", ACTIVITE + "&format=csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"rapport-activite-2005.csv\"");
        String texte = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(texte).startsWith("\uFEFFCode;Type d'avis;Reçus;Analysés;Favorables;dont avec recommandation;"
                + "Défavorables;Non compétente;Retirés;En cours\r\n");
        assertThat(texte).contains("\r\nCREDIT_ADAPTATION;Crédit adaptation;2;2;2;1;0;0;0;0\r\n")
                .endsWith("\r\n;Total;3;2;2;1;0;1;0;0\r\n");
    }

    @Test
    void markdown_is_the_chapter_with_its_table() {
        HttpResponse<byte[]> md = api.telecharger("coordinateur", ACTIVITE + "&format=md");

        assertThat(md.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=UTF-8");
        assertThat(md.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"rapport-activite-2005.md\"");
        assertThat(new String(md.body(), StandardCharsets.UTF_8))
                .startsWith("# Mission de remise d'avis : activité 2005\n")
                .contains("La CSEF a reçu 2 dossiers de demande de crédit-adaptation en 2005. Ils ont tous été "
                        + "considérés comme favorables, dont 1 accompagné d'une recommandation.")
                .contains("| **Total** | **3** | **2** |");
    }

    @Test
    void pdf_shows_the_french_text_with_its_accents() throws IOException {
        HttpResponse<byte[]> pdf = api.telecharger("coordinateur", ACTIVITE + "&format=pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"rapport-activite-2005.pdf\"");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String texte = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(texte).contains("Mission de remise d'avis : activité 2005",
                    "La CSEF a reçu 2 dossiers de demande de crédit-adaptation en 2005. Ils ont tous été considérés "
                            + "comme favorables, dont 1 accompagné d'une recommandation.",
                    "Pour 1 demande, la CSEF n'était pas compétente.",
                    "Équipements pédagogiques de pointe de l'enseignement qualifiant",
                    "Aucune séance n'est enregistrée pour 2005.");
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
    }

    @Test
    void statistics_give_processing_times_deadlines_and_categories() {
        JsonNode stats = api.get("coordinateur", "/api/rapports/statistiques?annee=2005").json();

        assertThat(champs(stats)).containsExactly("annee", "etabliLe", "types", "totaux", "categories");
        assertThat(stats.get("types").get(1).toString()).isEqualTo("{\"type\":\"CREDIT_ADAPTATION\",\"notifies\":2,"
                + "\"delaiMedianJours\":30.0,\"delaiP90Jours\":38.0,\"notifiesEnRetard\":0,\"ouvertsEnRetard\":0}");
        assertThat(stats.get("types").get(0).get("delaiMedianJours").isNull()).isTrue();
        assertThat(stats.at("/totaux/notifies").asInt()).isEqualTo(2);
        assertThat(stats.get("categories").get(0).get("categorie").asText()).isEqualTo("CISP");
        assertThat(stats.at("/categories/7/categorie").asText()).isEqualTo("AUTRE");
        assertThat(stats.at("/categories/7/recus").asInt()).isEqualTo(3);
    }

    @Test
    void a_missing_or_impossible_year_is_refused_in_french() {
        assertRefus("/api/rapports/activite", "annee", "L'année est obligatoire");
        assertRefus("/api/rapports/activite?annee=deux-mille", "annee", "n'est pas une année");
        assertRefus("/api/rapports/activite?annee=1999", "annee", "hors de la période couverte");
        assertRefus("/api/rapports/statistiques?annee=" + (LocalDate.now().getYear() + 1), "annee",
                "hors de la période couverte");
        assertRefus(ACTIVITE + "&format=xlsx", "format", "Formats admis : json, csv, md, pdf.");
    }

    @Test
    void only_coordination_and_admin_see_the_reports() {
        for (String chemin : List.of(ACTIVITE, "/api/rapports/statistiques?annee=2005")) {
            assertThat(api.get("analyste", chemin).status()).isEqualTo(403);
            assertThat(api.get("membre1", chemin).estProbleme()).isTrue();
            assertThat(api.get(null, chemin).status()).isEqualTo(401);
            assertThat(api.get("admin", chemin).status()).isEqualTo(200);
        }
    }

    private void assertRefus(String chemin, String champ, String message) {
        Api.Reponse reponse = api.get("coordinateur", chemin);
        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.estProbleme()).isTrue();
        assertThat(reponse.json().at("/erreurs/0/champ").asText()).isEqualTo(champ);
        assertThat(reponse.json().at("/erreurs/0/message").asText()).contains(message);
    }

    private static List<String> champs(JsonNode objet) {
        List<String> champs = new ArrayList<>();
        objet.fieldNames().forEachRemaining(champs::add);
        return champs;
    }
}
