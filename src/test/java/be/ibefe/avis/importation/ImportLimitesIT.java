package be.ibefe.avis.importation;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile uploads (issue 15): workbooks of hundreds of thousands of rows sent side by side, a zip bomb, a NUL in the
 * file's name or in the bassin, cells an honest spreadsheet would not hold. Each is answered what it is (a 400 naming
 * the file, or line errors in the report), nothing half-done is stored, and the server goes on serving.
 */
@AvisIntegrationTest
class ImportLimitesIT {

    private static final List<String> ENTETE = List.of("referenceExterne", "objet", "dateReception", "echeance",
            "demandeur.nom", "demandeur.categorie", "donnees.ecole", "donnees.option", "donnees.metier",
            "donnees.equipement", "donnees.montant");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FileDesImports file;

    Api api;
    String lot;

    @BeforeEach
    void client() {
        api = new Api(port);
        lot = "LIM-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void three_workbooks_of_600_000_rows_at_once_are_refused_and_the_server_still_serves() throws Exception {
        byte[] enorme = ClasseursHostiles.lignes(600_000);
        long importsAvant = jdbc.queryForObject("select count(*) from import_lot", Long.class);

        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<Future<Api.Reponse>> depots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int numero = i;
            depots.add(clients.submit(() -> deposer("enorme-" + numero + ".xlsx", enorme)));
        }
        for (Future<Api.Reponse> depot : depots) {
            Api.Reponse reponse = depot.get();
            assertThat(reponse.status()).as(reponse.corps()).isEqualTo(400);
            assertThat(reponse.contentType()).startsWith("application/problem+json");
            assertThat(reponse.json().get("erreurs").get(0).get("champ").asText()).isEqualTo("fichier");
            assertThat(reponse.json().get("erreurs").get(0).get("message").asText()).isEqualTo(
                    "Le fichier compte plus de 5\u202F000 demandes ; un import en accepte au plus 5\u202F000 : découpez-le.");
        }
        clients.shutdown();

        assertThat(jdbc.queryForObject("select count(*) from import_lot", Long.class)).isEqualTo(importsAvant);
        Api.Reponse petit = deposer("petit.xlsx", ClasseursHostiles.rangees(ENTETE, ligne(2, "Tour CNC", "12500.5")));
        assertThat(petit.status()).as(petit.corps()).isEqualTo(202);
        JsonNode fin = FinDesImports.attendreLaFin(file, api, "coordinateur", "/api/imports/" + petit.json().get("id"));
        assertThat(fin.get("statut").asText()).as(fin.toString()).isEqualTo("TERMINE");
    }

    @Test
    void a_workbook_that_inflates_like_a_zip_bomb_is_refused_naming_the_file() {
        Api.Reponse reponse = deposer("bombe.xlsx", ClasseursHostiles.bombe(200L * 1024 * 1024));

        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(400);
        assertThat(reponse.json().get("erreurs").get(0).get("message").asText())
                .startsWith("« bombe.xlsx » se décompresse en un volume démesuré");
    }

    @Test
    void a_nul_in_the_file_name_or_in_the_bassin_field_is_refused_naming_the_field() {
        byte[] classeur = ClasseursHostiles.rangees(ENTETE, ligne(2, "Tour CNC", "12500.5"));
        long importsAvant = jdbc.queryForObject("select count(*) from import_lot", Long.class);

        Api.Reponse nom = multipart("demandes\u0000.xlsx", classeur, null);
        Api.Reponse bassin = multipart("demandes.xlsx", classeur, "LIE\u0000");

        assertThat(nom.status()).as(nom.corps()).isEqualTo(400);
        assertThat(nom.contentType()).startsWith("application/problem+json");
        assertThat(nom.json().get("erreurs").get(0).get("champ").asText()).isEqualTo("fichier");
        assertThat(bassin.status()).as(bassin.corps()).isEqualTo(400);
        assertThat(bassin.json().get("erreurs").get(0).get("champ").asText()).isEqualTo("bassin");
        assertThat(bassin.json().get("erreurs").get(0).get("message").asText())
                .isEqualTo("Caractère nul (U+0000) interdit : retirez-le du texte.");
        assertThat(jdbc.queryForObject("select count(*) from import_lot", Long.class)).isEqualTo(importsAvant);
    }

    @Test
    void a_nul_escape_and_unreadable_numbers_are_line_errors_and_every_other_row_is_still_checked() {
        String nombreIllisible = ligne(4, "Fraiseuse", "").replace("</row>", "<c r=\"K4\"><v>douze</v></c></row>");
        byte[] classeur = ClasseursHostiles.rangees(ENTETE, ligne(2, "Tour_x0000_CNC", "12500.5"),
                ligne(3, "Presse", "1e400"), nombreIllisible, ligne(5, "Poste de soudage", "800"));

        Api.Reponse depot = deposer("droles.xlsx", classeur);
        assertThat(depot.status()).as(depot.corps()).isEqualTo(202);
        JsonNode fin = FinDesImports.attendreLaFin(file, api, "coordinateur", "/api/imports/" + depot.json().get("id"));

        assertThat(fin.get("statut").asText()).as(fin.toString()).isEqualTo("REFUSE");
        List<String> erreurs = new ArrayList<>();
        fin.get("erreurs").forEach(e -> erreurs.add(e.get("ligne").asInt() + " " + e.get("champ").asText() + " : "
                + e.get("message").asText()));
        assertThat(erreurs).containsExactly(
                "2 objet : Caractère nul (U+0000) interdit : retirez-le du texte.",
                "3 donnees.montant : « Montant » : « 1e400 » n'est pas un nombre lisible (au plus 15 chiffres avant "
                        + "la virgule et 15 après).",
                "4 donnees.montant : « Montant » doit être un montant en euros (nombre).");
        assertThat(jdbc.queryForObject("select count(*) from dossier where reference_externe like ?", Long.class,
                lot + "-%")).isZero();
    }

    /** A request of the fund for equipment on row {@code numero}; an empty amount leaves its cell out. */
    private String ligne(int numero, String objet, String montant) {
        List<String> cellules = new ArrayList<>(Arrays.asList(lot + "-" + numero, objet, "2024-03-01", "2024-05-28",
                "Athénée royal de Waremme", "ECOLE", "Athénée royal de Waremme", "Soudage", "Soudeur", "Équipement"));
        if (!montant.isEmpty()) {
            cellules.add(montant);
        }
        return ClasseursHostiles.rangee(numero, cellules.toArray(String[]::new));
    }

    private Api.Reponse deposer(String nom, byte[] contenu) {
        return api.postFichier("coordinateur", "/api/imports?type=EQUIPEMENT", "fichier", nom, contenu);
    }

    /** The upload as a browser sends it, with a {@code bassin} field when given; the NUL goes as a raw byte. */
    private Api.Reponse multipart(String nom, byte[] contenu, String bassin) {
        String frontiere = "----avis" + System.nanoTime();
        ByteArrayOutputStream corps = new ByteArrayOutputStream();
        if (bassin != null) {
            corps.writeBytes(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"bassin\"\r\n\r\n" + bassin
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        corps.writeBytes(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"" + nom
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        corps.writeBytes(contenu);
        corps.writeBytes(("\r\n--" + frontiere + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.envoyer(api.requete("coordinateur", "/api/imports?type=EQUIPEMENT")
                .header("Content-Type", "multipart/form-data; boundary=" + frontiere)
                .POST(HttpRequest.BodyPublishers.ofByteArray(corps.toByteArray())));
    }
}
