package be.ibefe.avis.documents;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Fichiers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Documents of a dossier over REST: upload, list, download, and every refusal. */
@AvisIntegrationTest
class DocumentApiIT {

    @LocalServerPort
    int port;

    @Autowired
    DocumentRepository repository;

    Api api;
    String dossier;

    @BeforeEach
    void nouveauDossier() {
        api = new Api(port);
        dossier = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id").asText();
    }

    @Test
    void a_pdf_is_deposited_listed_and_downloaded_unchanged() {
        Api.Reponse depot = api.postFichier("analyste", chemin(), "fichier", "Plan de formation.pdf", Fichiers.pdf());

        assertThat(depot.status()).as(depot.corps()).isEqualTo(201);
        assertThat(depot.json().get("typeContenu").asText()).isEqualTo("application/pdf");
        assertThat(depot.json().get("deposePar").asText()).isEqualTo("analyste");
        JsonNode liste = api.get("membre1", chemin()).json();
        assertThat(liste.findValuesAsText("nom")).containsExactly("Plan de formation.pdf");

        HttpResponse<byte[]> telechargement = api.telecharger("membre1", chemin() + "/" + depot.json().get("id"));
        assertThat(telechargement.statusCode()).isEqualTo(200);
        assertThat(telechargement.body()).isEqualTo(Fichiers.pdf());
        assertThat(telechargement.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(telechargement.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("Plan");
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("historique")
                .findValuesAsText("evenement")).contains("Document déposé : Plan de formation.pdf");
    }

    @Test
    void office_documents_pass_whatever_the_name_of_the_file_part() {
        assertThat(api.postFichier("analyste", chemin(), "file", "budget.xlsx", Fichiers.ooxml("xl/workbook.xml"))
                .status()).isEqualTo(201);
        assertThat(api.postFichier("analyste", chemin(), "piece", "lettre.docx", Fichiers.ooxml("word/document.xml"))
                .status()).isEqualTo(201);
    }

    @Test
    void a_file_whose_content_does_not_match_its_name_is_refused() {
        Api.Reponse reponse = api.postFichier("analyste", chemin(), "fichier", "attestation.pdf", Fichiers.png());

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().at("/erreurs/0/message").asText())
                .isEqualTo("Le contenu de « attestation.pdf » est un(e) image PNG : son nom devrait se terminer par .png.");
    }

    @Test
    void an_executable_is_refused_and_nothing_is_stored() {
        long avant = repository.count();

        Api.Reponse reponse = api.postFichier("analyste", chemin(), "fichier", "facture.pdf", Fichiers.executable());

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.estProbleme()).isTrue();
        assertThat(reponse.json().at("/erreurs/0/message").asText()).startsWith("« facture.pdf » n'est pas d'un type admis.");
        assertThat(repository.count()).isEqualTo(avant);
    }

    @Test
    void a_path_in_the_file_name_is_dropped() {
        Api.Reponse reponse = api.postFichier("analyste", chemin(), "fichier", "../../../etc/cron.d/passwd.pdf",
                Fichiers.pdf());

        assertThat(reponse.status()).isEqualTo(201);
        assertThat(reponse.json().get("nom").asText()).isEqualTo("passwd.pdf");
    }

    @Test
    void a_file_above_the_configured_limit_is_refused_with_413() {
        byte[] gros = new byte[16 * 1024 * 1024];
        System.arraycopy(Fichiers.pdf(), 0, gros, 0, Fichiers.pdf().length);

        Api.Reponse reponse = api.postFichier("analyste", chemin(), "fichier", "scan.pdf", gros);

        assertThat(reponse.status()).isEqualTo(413);
        assertThat(reponse.json().get("detail").asText()).contains("taille maximale");
    }

    @Test
    void documents_of_an_unknown_dossier_or_an_unknown_document_are_404() {
        assertThat(api.postFichier("analyste", "/api/dossiers/987654321/documents", "fichier", "a.pdf", Fichiers.pdf())
                .status()).isEqualTo(404);
        assertThat(api.get("analyste", chemin() + "/987654321").status()).isEqualTo(404);
    }

    @Test
    void an_upload_without_a_file_is_refused() {
        Api.Reponse reponse = api.postBrut("analyste", chemin(), "application/json", "{}");

        assertThat(reponse.status()).isEqualTo(415);
    }

    private String chemin() {
        return "/api/dossiers/" + dossier + "/documents";
    }
}
