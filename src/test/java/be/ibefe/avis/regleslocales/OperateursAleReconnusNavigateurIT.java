package be.ibefe.avis.regleslocales;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Navigateur;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page where a bassin's coordination keeps its operators recognised for ALE trainings, in a real browser. */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperateursAleReconnusNavigateurIT {

    @LocalServerPort
    int port;

    Navigateur navigateur;

    @BeforeAll
    void navigateur() {
        navigateur = new Navigateur(port);
    }

    @AfterAll
    void fermer() {
        navigateur.close();
        Api api = new Api(port);
        api.envoyer(api.requete("admin", "/api/operateurs-ale-reconnus/HUY").header("Content-Type",
                "application/json").PUT(HttpRequest.BodyPublishers.ofString("[]")));
    }

    @Test
    void huy_waremmes_coordination_fills_its_own_list_from_nothing() {
        navigateur.connecter("coordhuy").suivre(By.linkText("Opérateurs ALE"));
        assertThat(navigateur.voit("Aucun opérateur reconnu dans ce bassin"))
                .contains("Opérateurs reconnus pour les formations ALE — Huy-Waremme").doesNotContain("Liège");
        assertThat(navigateur.elements(By.id("bassin"))).as("one bassin: nothing to choose").isEmpty();

        navigateur.saisir(By.id("formations"), "premiers secours").suivre(By.xpath("//button[text()='Ajouter']"));
        assertThat(navigateur.element(By.id("erreur-nom")).getText())
                .isEqualTo("Le nom de l'opérateur est obligatoire.");
        assertThat(navigateur.valeur(By.id("formations"))).isEqualTo("premiers secours");

        navigateur.saisir(By.id("nom"), "Croix-Rouge").suivre(By.xpath("//button[text()='Ajouter']"));
        assertThat(navigateur.voit("« Croix-Rouge » ajouté à la liste du bassin de Huy-Waremme"))
                .contains("1 opérateur(s)", "premiers secours");
        navigateur.capture("operateurs-ale-reconnus");

        navigateur.suivre(By.xpath("//button[@aria-label='Retirer Croix-Rouge']"));
        assertThat(navigateur.voit("« Croix-Rouge » retiré de la liste.")).contains("Aucun opérateur reconnu");
    }

    @Test
    void an_administrator_chooses_the_bassin_and_reads_liege_s_list() {
        navigateur.connecter("admin").suivre(By.linkText("Opérateurs ALE"));
        assertThat(navigateur.elements(By.cssSelector("#bassin option")).stream().map(WebElement::getText).toList())
                .contains("Liège", "Huy-Waremme");

        navigateur.choisir(By.id("bassin"), "LIE").suivre(By.xpath("//button[text()='Afficher']"));

        assertThat(navigateur.voit("Opérateurs reconnus pour les formations ALE — Liège"))
                .contains("4 opérateur(s)", "ONE", "PMTIC", "DIGISTART", "Croix-Rouge", "premiers secours");
        navigateur.capture("operateurs-ale-reconnus-admin");
    }
}
