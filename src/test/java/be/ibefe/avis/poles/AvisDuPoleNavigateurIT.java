package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Ecran;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.SessionPages;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.support.Travaux;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, the coordinator records the avis d'opportunité a pôle de synergies gave by consensus in its
 * meeting (seed 004 l.37, 44), reached from the dossier's page or, the meeting chosen, from the pôle's page: a refused entry comes back with each message beside its field and
 * what was typed; recorded, the avis shows on the dossier's page and among the decisions of the pôle's meeting, and
 * the letter to the applicant names the pôle. Another bassin's coordinator reaches neither the form nor the dossier.
 * Screenshots go to target/captures/.
 */
@AvisIntegrationTest
class AvisDuPoleNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    PolesDeTest polesDeTest;

    @Autowired
    DocumentService documents;

    @Test
    void the_coordinator_records_the_poles_avis_from_the_dossier_and_the_pole_and_the_letter_name_it() throws Exception {
        Api api = new Api(port);
        PolesDeTest.PoleReuni pole = polesDeTest.reuni(LocalDate.of(2024, 4, 16));
        String designation = "Le pôle de synergies" + pole.nom().substring("Pôle de synergies".length());
        String dossier = new Taches(api, travaux).pretPourSeance(Demandes.poleOpportunite(pole.poleId()));
        String reference = api.get("coordinateur", "/api/dossiers/" + dossier).json().get("reference").asText();

        try (Navigateur navigateur = new Navigateur(port)) {
            navigateur.connecter("coordinateur").ouvrir("/dossiers/" + dossier);
            assertThat(navigateur.element(By.id("avis-du-pole")).getText()).contains("Pôle désigné : " + pole.nom(),
                    "Le dossier attend l'avis du pôle, rendu par consensus dans une de ses réunions.");
            assertThat(navigateur.element(By.linkText("Enregistrer l'avis du pôle")).getDomAttribute("href"))
                    .isEqualTo("/dossiers/" + dossier + "/avis-du-pole");

            // from the pôle's page, beside the meeting: the form comes with that meeting chosen
            navigateur.ouvrir("/poles/" + pole.poleId());
            navigateur.suivre(By.cssSelector("#en-attente-reunion-" + pole.reunionId() + " a[href*='/dossiers/"
                    + dossier + "/']"));
            assertThat(navigateur.valeur(By.id("reunionId"))).isEqualTo(String.valueOf(pole.reunionId()));
            assertThat(navigateur.element(By.id("pole-designe")).getText()).isEqualTo(pole.nom());
            assertThat(navigateur.texte()).contains("Impact sur l'emploi", "par consensus");

            navigateur.choisir(By.id("reunionId"), "").cliquer(By.id("decision-FAVORABLE_AVEC_RECOMMANDATION"))
                    .saisir(By.id("motivation"), "Le projet crée des emplois de monteurs vidéo dans le bassin.");
            navigateur.suivre(By.cssSelector("main form button[type=submit]"));
            assertThat(navigateur.element(By.id("erreur-reunionId")).getText())
                    .isEqualTo("La réunion du pôle où l'avis a été rendu est obligatoire.");
            assertThat(navigateur.element(By.id("erreur-recommandation")).getText())
                    .isEqualTo("La recommandation est obligatoire.");
            assertThat(navigateur.element(By.id("reunionId")).getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(navigateur.driver().switchTo().activeElement())
                    .isEqualTo(navigateur.element(By.cssSelector("main .resume-erreurs")));
            assertThat(navigateur.valeur(By.id("motivation")))
                    .isEqualTo("Le projet crée des emplois de monteurs vidéo dans le bassin.");
            assertThat(navigateur.element(By.id("decision-FAVORABLE_AVEC_RECOMMANDATION")).isSelected()).isTrue();
            Ecran.captures(navigateur, "avis-du-pole-erreur", By.cssSelector("main .resume-erreurs"));

            navigateur.choisir(By.id("reunionId"), String.valueOf(pole.reunionId()))
                    .saisir(By.id("recommandation"), "Associer les écoles du qualifiant aux stages.");
            navigateur.suivre(By.cssSelector("main form button[type=submit]"));
            assertThat(navigateur.voit("L'avis d'opportunité du pôle est enregistré : Favorable avec recommandation."))
                    .isNotEmpty();
            assertThat(navigateur.element(By.id("avis-du-pole")).getText()).contains(
                    "Rendu par le pôle de synergies" + pole.nom().substring("Pôle de synergies".length())
                            + ", en sa réunion du 16/04/2024, par consensus : Favorable avec recommandation",
                    "Associer les écoles du qualifiant aux stages.", "Membres présents : Le Forem (Conseillère formation)")
                    .doesNotContain("Enregistrer l'avis du pôle");
            Ecran.captures(navigateur, "avis-du-pole-dossier", By.id("avis-du-pole"));

            navigateur.suivre(By.linkText("page du pôle"));
            assertThat(navigateur.elements(By.id("en-attente-reunion-" + pole.reunionId()))).as("no longer waits")
                    .isEmpty();
            assertThat(navigateur.element(By.id("decisions-reunion-" + pole.reunionId())).getText()).contains(
                    "Le pôle rend ses avis d'opportunité.",
                    "Avis d'opportunité sur le dossier " + reference
                            + " (Avis d'opportunité : atelier de motion design) : Favorable avec recommandation.");
            Ecran.captures(navigateur, "avis-du-pole-reunion", By.id("decisions-reunion-" + pole.reunionId()));
        }

        travaux.executerEnAttente();
        List<DocumentView> lettres = documents.liste(Long.parseLong(dossier)).stream()
                .filter(d -> d.nom().startsWith("Lettre au demandeur")).toList();
        assertThat(lettres).isNotEmpty();
        assertThat(TextePdf.de(documents.lire(Long.parseLong(dossier), lettres.get(0).id()).octets())
                .replaceAll("\\s+", " ")).contains(designation + " a rendu, en sa réunion du 16 avril 2024, par "
                        + "consensus, l'avis d'opportunité suivant sur votre demande");
    }

    @Test
    void an_associated_bassin_reads_the_poles_avis_among_its_meetings_decisions_without_the_dossier_of_liege() {
        Api api = new Api(port);
        PolesDeTest.PoleReuni pole = polesDeTest.reuni(LocalDate.of(2024, 4, 19), List.of("HUY"));
        String dossier = new Taches(api, travaux).pretPourSeance(Demandes.poleOpportunite(pole.poleId()));
        assertThat(api.post("coordinateur", "/api/dossiers/" + dossier + "/avis-du-pole", Map.of("reunionId",
                pole.reunionId(), "decision", "DEFAVORABLE", "motivation", "Aucun emploi nouveau dans le bassin."))
                .status()).isEqualTo(200);

        String chemin = "/api/poles/" + pole.poleId();
        assertThat(api.get("coordinateur", chemin).json().at("/reunions/0/avisDOpportunite/0/dossierId").asText())
                .isEqualTo(dossier);
        var deHuy = api.get("coordhuy", chemin).json().at("/reunions/0/avisDOpportunite/0");
        assertThat(deHuy.get("decisionLibelle").asText()).isEqualTo("Défavorable");
        assertThat(deHuy.get("dossierId").isNull()).isTrue();
        assertThat(deHuy.get("reference").isNull()).isTrue();
        assertThat(deHuy.get("objet").isNull()).isTrue();
        String page = new SessionPages(port, "coordhuy").get("/poles/" + pole.poleId()).body();
        assertThat(page).contains("Avis d'opportunité sur un dossier du bassin porteur")
                .doesNotContain("/dossiers/" + dossier).doesNotContain("atelier de motion design");
    }

    @Test
    void another_bassins_coordinator_reaches_neither_the_form_nor_the_dossier_of_liege() {
        Api api = new Api(port);
        PolesDeTest.PoleReuni pole = polesDeTest.reuni(LocalDate.of(2024, 4, 18));
        String dossier = new Taches(api, travaux).pretPourSeance(Demandes.poleOpportunite(pole.poleId()));

        SessionPages huy = new SessionPages(port, "coordhuy");
        HttpResponse<String> formulaire = huy.get("/dossiers/" + dossier + "/avis-du-pole");
        HttpResponse<String> envoi = huy.poster("/dossiers/" + dossier + "/avis-du-pole", List.of(
                Map.entry("reunionId", String.valueOf(pole.reunionId())), Map.entry("decision", "FAVORABLE"),
                Map.entry("motivation", "Conforme.")));
        HttpResponse<String> reunion = huy.get("/poles/" + pole.poleId());

        assertThat(formulaire.statusCode()).isEqualTo(404);
        assertThat(envoi.statusCode()).isEqualTo(404);
        assertThat(reunion.statusCode()).isEqualTo(404);
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("statut").asText())
                .as("nothing recorded").isEqualTo("PRET_POUR_SEANCE");

        try (Navigateur navigateur = new Navigateur(port)) {
            navigateur.connecter("coordhuy").ouvrir("/dossiers/" + dossier + "/avis-du-pole");
            assertThat(navigateur.texte()).contains("Aucun dossier n° " + dossier + ".").doesNotContain(pole.nom());
            navigateur.capture("avis-du-pole-autre-bassin");
        }
        assertThat(api.post("coordhuy", "/api/dossiers/" + dossier + "/avis-du-pole", Map.of("reunionId",
                pole.reunionId(), "decision", "FAVORABLE", "motivation", "Conforme.")).status()).isEqualTo(404);
    }
}
