package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Ecran;
import be.ibefe.avis.support.JourDeSeance;
import be.ibefe.avis.support.Navigateur;
import be.ibefe.avis.support.PageHtml;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.SessionPages;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fiche projet entered from its page (titre, objectifs, parties prenantes, durée, publics cibles, description,
 * résultats et impacts attendus, follow-up and result indicators with their targets), then, once the Instance has
 * validated it, the value each indicator reached recorded from the pôle's page. In a real browser, a refused entry
 * comes back with each message beside its field and what was typed; over HTTP, each documented limit at the limit
 * (accepted, stored whole) and one step beyond (400, the message beside the field, nothing stored). Screenshots go to
 * target/captures/.
 */
@AvisIntegrationTest
class FicheProjetNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    PolesDeTest polesDeTest;

    @Test
    void the_coordinator_enters_a_fiche_projet_and_records_what_its_indicators_reached() {
        Api api = new Api(port);
        PolesDeTest.PoleReuni pole = polesDeTest.reuni(LocalDate.of(2024, 6, 4));
        String id = String.valueOf(pole.poleId());

        try (Navigateur navigateur = new Navigateur(port)) {
            navigateur.connecter("coordinateur").ouvrir("/poles/" + id);
            navigateur.suivre(By.linkText("Ajouter une fiche projet"));
            navigateur.driver().executeScript("arguments[0].value = arguments[1]",
                    navigateur.element(By.id("titre")), "T".repeat(301));
            navigateur.saisir(By.id("objectifs"), "Rendre visible l'offre de formation du bassin")
                    .saisir(By.id("dureeMois"), "37")
                    .choisir(By.id("indicateurs[0].nature"), "SUIVI")
                    .saisir(By.id("indicateurs[0].libelle"), "Réunions du groupe projet")
                    .saisir(By.id("indicateurs[0].unite"), "réunions")
                    .saisir(By.id("indicateurs[0].cible"), "cinq");
            navigateur.suivre(By.cssSelector("main form button:not([name])"));
            assertThat(navigateur.element(By.id("erreur-titre")).getText())
                    .isEqualTo("Le titre ne peut dépasser 300 caractères (301 reçus).");
            assertThat(navigateur.element(By.id("erreur-dureeMois")).getText())
                    .isEqualTo("La durée est de 1 à 36 mois (trois ans au plus) : 37 refusé.");
            assertThat(navigateur.element(By.id("erreur-partiesPrenantes")).getText())
                    .isEqualTo("Les parties prenantes sont obligatoires.");
            assertThat(navigateur.element(By.id("erreur-indicateurs[0].cible")).getText())
                    .isEqualTo("La cible « cinq » n'est pas un nombre (par exemple 1 250,5).");
            assertThat(navigateur.element(By.id("erreur-indicateurs")).getText())
                    .isEqualTo("Fixez dès le départ au moins un indicateur de résultat, avec sa cible.");
            assertThat(navigateur.elements(By.cssSelector("main .resume-erreurs li")).stream().map(WebElement::getText))
                    .as("in the order of the fields").containsExactly(
                            "Le titre ne peut dépasser 300 caractères (301 reçus).",
                            "Les parties prenantes sont obligatoires.",
                            "La durée est de 1 à 36 mois (trois ans au plus) : 37 refusé.",
                            "Les publics cibles sont obligatoires.", "La description est obligatoire.",
                            "Les résultats et impacts attendus sont obligatoires.",
                            "La cible « cinq » n'est pas un nombre (par exemple 1 250,5).",
                            "Fixez dès le départ au moins un indicateur de résultat, avec sa cible.");
            assertThat(navigateur.element(By.id("indicateurs[0].cible")).getDomAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(navigateur.driver().switchTo().activeElement())
                    .isEqualTo(navigateur.element(By.cssSelector("main .resume-erreurs")));
            assertThat(navigateur.valeur(By.id("objectifs"))).isEqualTo("Rendre visible l'offre de formation du bassin");
            assertThat(navigateur.valeur(By.id("indicateurs[0].libelle"))).isEqualTo("Réunions du groupe projet");
            assertThat(navigateur.valeur(By.id("indicateurs[0].cible"))).isEqualTo("cinq");
            assertThat(api.get("coordinateur", "/api/poles/" + id).json().get("fiches")).as("nothing stored").isEmpty();
            Ecran.captures(navigateur, "fiche-projet-erreur", By.cssSelector("main .resume-erreurs"));

            navigateur.suivre(By.cssSelector("button[name=plusDeLignes]"));
            assertThat(navigateur.elements(By.cssSelector(".ligne-indicateur"))).hasSize(6);
            assertThat(navigateur.valeur(By.id("indicateurs[0].libelle"))).isEqualTo("Réunions du groupe projet");
            navigateur.saisir(By.id("titre"), "Inventaire de l'offre de formation en communication")
                    .saisir(By.id("partiesPrenantes"), "Forem, écoles, centres de compétence")
                    .saisir(By.id("dureeMois"), "18")
                    .saisir(By.id("publicsCibles"), "Demandeurs d'emploi, élèves du qualifiant")
                    .saisir(By.id("description"), "Recenser les formations des métiers de la famille E")
                    .saisir(By.id("resultatsAttendus"), "Un répertoire publié et diffusé")
                    .saisir(By.id("indicateurs[0].cible"), "5")
                    .choisir(By.id("indicateurs[4].nature"), "RESULTAT")
                    .saisir(By.id("indicateurs[4].libelle"), "Formations recensées")
                    .saisir(By.id("indicateurs[4].unite"), "formations")
                    .saisir(By.id("indicateurs[4].cible"), "125,5");
            navigateur.suivre(By.cssSelector("main form button:not([name])"));
            assertThat(navigateur.voit("La fiche projet « Inventaire de l'offre de formation en communication » est "
                    + "soumise à la validation de l'Instance plénière.")).isNotEmpty();
            assertThat(navigateur.texte()).contains("Inventaire de l'offre de formation en communication (À approuver",
                    "125,5 formations", "5 réunions");

            JsonNode vue = api.get("coordinateur", "/api/poles/" + id).json();
            String date = "2036-06-17";
            String pleniere = new SeancesApi(api).creer("INSTANCE_PLENIERE", date,
                    new SeancesApi(api).membres("INSTANCE_PLENIERE", date)).get("id").asText();
            String approbation = vue.get("approbations").findParents("objet").stream()
                    .filter(a -> a.get("objet").asText().equals("FICHE_PROJET")).findFirst().orElseThrow()
                    .get("id").asText();
            JourDeSeance.le(date, () -> assertThat(api.post("coordinateur", "/api/poles/approbations/" + approbation
                    + "/decision", Map.of("seanceId", pleniere, "approuve", true)).status()).isEqualTo(200));
            String fiche = vue.at("/fiches/0/id").asText();

            navigateur.ouvrir("/poles/" + id);
            String champ = "mesure-" + fiche + "-1-reel";
            navigateur.saisir(By.id(champ), "-3");
            navigateur.suivre(By.cssSelector("form[action$='/fiches/" + fiche + "/indicateurs/1'] button"));
            assertThat(navigateur.element(By.id("erreur-" + champ)).getText()).isEqualTo(
                    "La valeur atteinte est un nombre de 0 à 999 999 999 999,99, deux décimales au plus.");
            assertThat(navigateur.valeur(By.id(champ))).isEqualTo("-3");
            assertThat(navigateur.element(By.id(champ)).getDomAttribute("aria-invalid")).isEqualTo("true");
            Ecran.captures(navigateur, "fiche-projet-mesure-erreur", By.id(champ));

            navigateur.saisir(By.id(champ), "3");
            navigateur.suivre(By.cssSelector("form[action$='/fiches/" + fiche + "/indicateurs/1'] button"));
            assertThat(navigateur.voit("« Réunions du groupe projet » : valeur atteinte 3 réunions (cible 5 réunions)."))
                    .isNotEmpty();
            assertThat(navigateur.element(By.id("fiche-" + fiche)).getText()).contains("Approuvé par l'Instance",
                    "3 réunions");
            Ecran.captures(navigateur, "fiche-projet-mesuree", By.id("fiche-" + fiche));
        }
        assertThat(api.get("coordinateur", "/api/poles/" + id).json().at("/fiches/0/indicateurs/0/reel").decimalValue())
                .isEqualByComparingTo("3");
        assertThat(api.get("coordhuy", "/api/poles/" + id).status()).isEqualTo(404);
        assertThat(new SessionPages(port, "coordhuy").get("/poles/" + id + "/fiches/nouvelle").statusCode())
                .isEqualTo(404);
    }

    @Test
    void each_limit_of_the_fiche_page_is_accepted_at_the_limit_and_refused_one_step_beyond() {
        PolesDeTest.PoleReuni pole = polesDeTest.reuni(LocalDate.of(2024, 6, 5));
        Api api = new Api(port);
        SessionPages session = new SessionPages(port, "coordinateur");
        String fiches = "/poles/" + pole.poleId() + "/fiches";

        HttpResponse<String> aLaLimite = session.poster(fiches, fiche("T".repeat(300), "36", 20,
                "999 999 999 999,99"));
        assertThat(aLaLimite.statusCode()).as(aLaLimite.body()).isEqualTo(302);
        JsonNode enregistree = api.get("coordinateur", "/api/poles/" + pole.poleId()).json().at("/fiches/0");
        assertThat(enregistree.get("titre").asText()).isEqualTo("T".repeat(300));
        assertThat(enregistree.get("dureeMois").asInt()).isEqualTo(36);
        assertThat(enregistree.get("indicateurs")).hasSize(20);
        assertThat(enregistree.at("/indicateurs/19/cible").decimalValue()).isEqualByComparingTo("999999999999.99");

        assertRefus(session, fiches, fiche("T".repeat(301), "18", 2, "5"), "titre",
                "Le titre ne peut dépasser 300 caractères (301 reçus).");
        assertRefus(session, fiches, fiche("Titre", "37", 2, "5"), "dureeMois",
                "La durée est de 1 à 36 mois (trois ans au plus) : 37 refusé.");
        assertRefus(session, fiches, fiche("Titre", "0", 2, "5"), "dureeMois",
                "La durée est de 1 à 36 mois (trois ans au plus) : 0 refusé.");
        assertRefus(session, fiches, fiche("Titre", "18", 21, "5"), "indicateurs",
                "Une fiche projet a au plus 20 indicateurs : 21 reçus.");
        assertRefus(session, fiches, fiche("Titre", "18", 2, "1 000 000 000 000"), "indicateurs[1].cible",
                "La cible est un nombre de 0 à 999 999 999 999,99, deux décimales au plus.");
        assertRefus(session, fiches, fiche("Titre", "18", 2, "0,125"), "indicateurs[1].cible",
                "La cible est un nombre de 0 à 999 999 999 999,99, deux décimales au plus.");
        assertThat(api.get("coordinateur", "/api/poles/" + pole.poleId()).json().get("fiches"))
                .as("nothing more stored").hasSize(1);
    }

    private static void assertRefus(SessionPages session, String chemin, List<Map.Entry<String, String>> champs,
            String champ, String message) {
        HttpResponse<String> refus = session.poster(chemin, champs);
        assertThat(refus.statusCode()).as(champ).isEqualTo(400);
        PageHtml page = new PageHtml(refus.body());
        assertThat(page.texte("erreur-" + champ)).as(champ).hasValue(message);
        assertThat(page.valeurs().get("titre")).as("what was typed comes back")
                .containsExactly(champs.get(0).getValue());
    }

    /** The form as the page posts it, with {@code indicateurs} rows (the first a follow-up one, the others result ones). */
    private static List<Map.Entry<String, String>> fiche(String titre, String duree, int indicateurs, String cible) {
        List<Map.Entry<String, String>> champs = new ArrayList<>(List.of(Map.entry("titre", titre),
                Map.entry("objectifs", "Rendre visible l'offre"), Map.entry("partiesPrenantes", "Forem, écoles"),
                Map.entry("dureeMois", duree), Map.entry("publicsCibles", "Demandeurs d'emploi"),
                Map.entry("description", "Recenser les formations"), Map.entry("resultatsAttendus", "Un répertoire"),
                Map.entry("lignes", String.valueOf(indicateurs))));
        for (int i = 0; i < indicateurs; i++) {
            String prefixe = "indicateurs[%d].".formatted(i);
            champs.add(Map.entry(prefixe + "nature", i == 0 ? "SUIVI" : "RESULTAT"));
            champs.add(Map.entry(prefixe + "libelle", "Indicateur " + (i + 1)));
            champs.add(Map.entry(prefixe + "unite", "unités"));
            champs.add(Map.entry(prefixe + "cible", i == indicateurs - 1 ? cible : "5"));
        }
        return champs;
    }
}
