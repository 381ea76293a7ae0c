package be.ibefe.avis.importation;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.dossier.DossierRepository;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.Travaux;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "Import par lot" in a real browser: upload, the progress htmx follows, the report of the rows in error. */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportNavigateurIT {

    private static final String ENTETE = "referenceExterne;objet;dateReception;demandeur.nom;demandeur.categorie;"
            + "donnees.ecole;donnees.option;donnees.metier;donnees.equipement;donnees.montant\n";

    @LocalServerPort
    int port;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    Travaux travaux;

    @TempDir
    Path dossierTemporaire;

    Navigateur navigateur;

    @BeforeAll
    void navigateur() {
        navigateur = new Navigateur(port);
    }

    @AfterAll
    void fermer() {
        navigateur.close();
    }

    @Test
    void the_coordinator_uploads_a_file_and_follows_its_import_to_the_end() throws IOException {
        String lot = "NAV-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(ENTETE);
        for (int i = 1; i <= 120; i++) {
            csv.append("%s-%d;Équipement %d;2024-03-12;École %d;ECOLE;École %d;Soudage;Soudeur;Poste;1000\n"
                    .formatted(lot, i, i, i, i));
        }

        deposer("fonds-equipement.csv", csv.toString());

        assertThat(navigateur.voit("120 dossier(s) créé(s)")).contains("Terminé");
        // registered; their processes start in the background (here, when the test runs the engine's jobs)
        assertThat(navigateur.voit("Démarrage des procédures")).contains("0 sur 120");
        travaux.demarrerProceduresImport(Long.parseLong(navigateur.url().replaceAll(".*/imports/(\\d+).*", "$1")));
        assertThat(navigateur.voit("120 procédure(s) démarrée(s)")).doesNotContain("Démarrage des procédures");
        assertThat(navigateur.elements(By.tagName("progress"))).isEmpty();
        navigateur.capture("import-termine");
        assertThat(dossiers.findByReferenceExterne(lot + "-120")).isPresent();
        navigateur.suivre(By.linkText("Voir les dossiers de ce type"));
        assertThat(navigateur.url()).contains("/dossiers?type=EQUIPEMENT");
    }

    @Test
    void rows_in_error_are_listed_with_their_line_and_column_and_nothing_is_created() throws IOException {
        String lot = "NAV-" + UUID.randomUUID().toString().substring(0, 8);

        deposer("erreurs.csv", ENTETE
                + lot + "-1;Tour;2024-03-12;École A;ECOLE;École A;Usinage;Fraiseur;Tour;beaucoup\n"
                + lot + "-2;Tour;2024-03-12;École B;ECOLE;École B;Usinage;Fraiseur;Tour;1000\n"
                + lot + "-3;;2024-03-12;École C;ECOLE;École C;Usinage;Fraiseur;Tour;1000\n");

        assertThat(navigateur.voit("2 ligne(s) en erreur : aucun dossier n'a été créé.")).contains("Refusé");
        navigateur.capture("import-refuse");
        List<String> lignes = navigateur.elements(By.cssSelector("#progression tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(lignes).containsExactly("2 donnees.montant « Montant » doit être un montant en euros (nombre).",
                "4 objet L'objet de la demande est obligatoire.");
        assertThat(dossiers.findByReferenceExterne(lot + "-2")).isEmpty();
    }

    @Test
    void a_file_that_is_not_a_table_is_refused_on_the_upload_page() throws IOException {
        deposer("photo.csv", "\u0000\u0001binaire");

        assertThat(navigateur.voit("Le fichier est refusé, rien n'a été importé"))
                .contains("« photo.csv » n'est ni un fichier CSV en UTF-8 ni un classeur Excel .xlsx.");
    }

    private void deposer(String nom, String contenu) throws IOException {
        Path fichier = dossierTemporaire.resolve(nom);
        Files.writeString(fichier, contenu, StandardCharsets.UTF_8);
        navigateur.connecter("coordinateur").suivre(By.linkText("Import par lot"))
                .choisir(By.id("type"), "EQUIPEMENT");
        navigateur.element(By.id("fichier")).sendKeys(fichier.toAbsolutePath().toString());
        navigateur.suivre(By.cssSelector("main form button[type=submit]"));
    }
}
