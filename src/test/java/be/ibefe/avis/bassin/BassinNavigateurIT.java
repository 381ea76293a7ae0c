package be.ibefe.avis.bassin;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.security.Comptes;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Fichiers;
import be.ibefe.avis.support.Navigateur;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The « Bassin » page in a real browser, by the coordinator of a bassin of the test's own ({@code NAV}): what is
 * missing is listed, a wrong date comes back with everything typed, the identity and a logo are saved.
 */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BassinNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    Comptes comptes;

    @Autowired
    Bassins bassins;

    @Autowired
    IdentitesBassins identites;

    @TempDir
    Path dossierTemporaire;

    Navigateur navigateur;

    @BeforeAll
    void navigateur() {
        Api.Reponse cree = new Api(port).post("admin", "/api/bassins", Map.of("code", "NAV", "nom", "Navigation"));
        assertThat(cree.status()).as(cree.corps()).isIn(201, 409);
        comptes.assurerUtilisateur("coordnav", "Nora", "Coordinatrice Navigation", "coordnav", Groupes.COORDINATION);
        bassins.affecter("coordnav", "NAV");
        navigateur = new Navigateur(port);
    }

    @AfterAll
    void fermer() {
        navigateur.close();
    }

    @Test
    void the_coordinator_completes_the_identity_of_the_bassin_and_its_letterhead_logo() throws Exception {
        navigateur.connecter("coordnav").ouvrir("/bassin");

        assertThat(navigateur.voit("Bassin Navigation (NAV)")).contains("À compléter", "le nom officiel de l'Instance",
                "le lieu de signature");
        navigateur.saisir(By.id("nomOfficiel"), "Instance Bassin Enseignement qualifiant - Formation - Emploi de Navigation")
                .saisir(By.id("libelleCsef"), "Chambre Emploi Formation (CEF)")
                .saisir(By.id("adresse"), "Rue de la Navigation 3\n5000 Namur")
                .saisir(By.id("lieuSignature"), "Navigation");
        navigateur.choisir(By.name("signataires[0].organe"), "CSEF")
                .saisir(By.name("signataires[0].nom"), "Présidente Navigation")
                .saisir(By.name("signataires[0].fonction"), "Présidente de la CEF");
        navigateur.driver().executeScript("document.getElementsByName('signataires[0].fin')[0].type = 'text';");
        navigateur.saisir(By.name("signataires[0].fin"), "31/12/2025");
        navigateur.suivre(By.xpath("//button[text()=\"Enregistrer l'identité\"]"));

        assertThat(navigateur.voit("L'identité n'a pas été enregistrée")).contains("« 31/12/2025 » n'est pas une date");
        assertThat(navigateur.valeur(By.id("lieuSignature"))).isEqualTo("Navigation");
        assertThat(navigateur.valeur(By.name("signataires[0].nom"))).isEqualTo("Présidente Navigation");
        navigateur.capture("bassin-erreur");

        navigateur.driver().executeScript("document.getElementsByName('signataires[0].fin')[0].type = 'text';");
        navigateur.saisir(By.name("signataires[0].fin"), "2099-12-31");
        navigateur.choisir(By.name("signataires[1].organe"), "COORDINATION")
                .saisir(By.name("signataires[1].nom"), "Nora Navigation")
                .saisir(By.name("signataires[1].fonction"), "Coordinatrice");
        // the administration that receives the CISP avis (the first line): an address that is none is refused
        navigateur.saisir(By.name("administrations[0].nom"), "SPW Emploi-Formation (navigation)")
                .saisir(By.name("administrations[0].adresse"), "Rue de l'Essai 1\n5000 Namur")
                .saisir(By.name("administrations[0].courriel"), "secretariat.spw");
        navigateur.driver().executeScript("document.getElementsByName('administrations[0].courriel')[0].type = 'text';");
        navigateur.suivre(By.xpath("//button[text()=\"Enregistrer l'identité\"]"));

        assertThat(navigateur.voit("L'identité n'a pas été enregistrée"))
                .contains("« secretariat.spw » n'est pas une adresse électronique (nom@domaine.be).");
        assertThat(navigateur.valeur(By.name("administrations[0].nom"))).isEqualTo("SPW Emploi-Formation (navigation)");
        navigateur.saisir(By.name("administrations[0].courriel"), "");
        navigateur.suivre(By.xpath("//button[text()=\"Enregistrer l'identité\"]"));

        assertThat(navigateur.voit("Identité du bassin enregistrée."))
                .contains("Avis qui ne partent pas par courriel", "Le bassin Navigation n'a pas d'adresse électronique "
                        + "pour l'administration qui reçoit les avis « Agrément CISP » (SPW Emploi-Formation "
                        + "(navigation)) : lettre à poster.");
        navigateur.driver().executeScript(
                "document.getElementsByName('administrations[0].nom')[0].scrollIntoView({block: 'center'});");
        navigateur.capture("bassin-administrations");
        assertThat(identites.administration("NAV", be.ibefe.avis.bassin.AvisType.CISP_AGREMENT)).get()
                .extracting(Administration::getAdresse).isEqualTo("Rue de l'Essai 1\n5000 Namur");
        assertThat(navigateur.voit("Identité du bassin enregistrée.")).contains("Dernière modification par coordnav")
                .doesNotContain("le lieu de signature");
        assertThat(identites.consulter("NAV").lieuSignature()).isEqualTo("Navigation");

        Path logo = dossierTemporaire.resolve("logo.png");
        Files.write(logo, Fichiers.image(120, 40, "png"));
        navigateur.element(By.id("fichier")).sendKeys(logo.toString());
        navigateur.suivre(By.xpath("//button[text()='Déposer le logo']"));
        assertThat(navigateur.voit("Logo enregistré.")).doesNotContain("Aucun logo");
        assertThat(navigateur.element(By.cssSelector("img[alt='Logo actuel']")).getDomProperty("naturalWidth"))
                .isEqualTo("120");
        navigateur.capture("bassin");

        // the page of another bassin does not exist for this coordinator
        navigateur.ouvrir("/bassin?code=HUY");
        assertThat(navigateur.voit("404")).doesNotContain("Huy-Waremme (HUY)");
    }
}
