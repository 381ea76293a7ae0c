package be.ibefe.avis.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.SessionPages;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dossier list in a real browser: sorted by a column that says so ({@code aria-sort}), a « Bassin » column for
 * whoever sees several bassins, and the export of the filtered list.
 */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListeDossiersNavigateurIT {

    @LocalServerPort
    int port;

    Navigateur navigateur;
    String marque;

    @BeforeAll
    void dossiers() {
        navigateur = new Navigateur(port);
        marque = "Tri" + UUID.randomUUID().toString().substring(0, 8);
        Api api = new Api(port);
        for (String nom : List.of("B", "C", "A")) {
            ObjectNode demande = Demandes.cispNouvelleFiliere();
            ((ObjectNode) demande.get("demandeur")).put("nom", marque + " " + nom);
            api.post("coordinateur", "/api/dossiers", demande);
        }
        ObjectNode huy = Demandes.cispNouvelleFiliere().put("bassin", "HUY");
        ((ObjectNode) huy.get("demandeur")).put("nom", marque + " D");
        api.post("coordhuy", "/api/dossiers", huy);
    }

    @AfterAll
    void fermer() {
        navigateur.close();
    }

    private List<String> colonne(int numero) {
        return navigateur.elements(By.cssSelector("#resultats tbody tr td:nth-child(" + numero + ")")).stream()
                .map(WebElement::getText).toList();
    }

    private String ariaSort(String titre) {
        return navigateur.element(By.xpath("//th[a[text()='" + titre + "']]")).getAttribute("aria-sort");
    }

    /**
     * A click on a column's header: htmx swaps the results in place, and the column then says how it sorts. The old
     * results are waited out first: read while htmx replaces them, a header is gone between its finding and its reading.
     */
    private void trier(String titre, String sens) {
        WebElement avant = navigateur.element(By.id("resultats"));
        navigateur.cliquer(By.linkText(titre));
        navigateur.attendre(ExpectedConditions.stalenessOf(avant));
        navigateur.attendre(ExpectedConditions.attributeToBe(By.xpath("//th[a[text()='" + titre + "']]"),
                "aria-sort", sens));
    }

    @Test
    void a_click_on_a_column_sorts_by_it_and_the_column_says_how() {
        navigateur.connecter("coordinateur").ouvrir("/dossiers?q=" + marque);
        assertThat(ariaSort("Demandeur")).isNull();

        trier("Demandeur", "ascending");
        assertThat(colonne(3)).containsExactly(marque + " A", marque + " B", marque + " C");
        assertThat(ariaSort("Référence")).isNull();
        // a coordinator sees one bassin: no « Bassin » column, and not the other bassin's dossier
        assertThat(navigateur.elements(By.xpath("//th[a[text()='Bassin']]"))).isEmpty();
        navigateur.capture("dossiers-tri");

        trier("Demandeur", "descending");
        assertThat(colonne(3)).containsExactly(marque + " C", marque + " B", marque + " A");
    }

    @Test
    void whoever_sees_several_bassins_has_a_bassin_column_to_sort_on() {
        navigateur.connecter("aibefe").ouvrir("/dossiers?q=" + marque + "&sort=bassin,desc");

        assertThat(ariaSort("Bassin")).isEqualTo("descending");
        assertThat(colonne(2)).as("each bassin by its name").containsExactly("Liège", "Liège", "Liège", "Huy-Waremme");
        navigateur.capture("dossiers-bassins");
    }

    @Test
    void the_export_holds_the_filtered_list_in_its_order_with_french_headers() {
        SessionPages pages = new SessionPages(port, "coordinateur");

        HttpResponse<String> csv = pages.get("/dossiers/export?format=CSV&q=" + marque + "&sort=demandeur,desc");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("attachment; filename=\"dossiers-").endsWith(".csv\""));
        String[] lignes = csv.body().split("\r\n");
        assertThat(lignes[0]).isEqualTo("\uFEFFRéférence;Bassin;Type d'avis;Demandeur;Objet;Statut;Reçu le;"
                + "Échéance;Décision");
        assertThat(lignes).hasSize(4);
        assertThat(lignes[1]).contains(marque + " C", ";LIE;", "Reçu");
        assertThat(lignes[3]).contains(marque + " A");

        HttpResponse<String> xlsx = pages.get("/dossiers/export?format=XLSX&q=" + marque);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).contains(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // an unknown format is an address the application does not serve: its French « page introuvable »
        assertThat(pages.get("/dossiers/export?format=PDF").statusCode()).isEqualTo(404);
    }
}
