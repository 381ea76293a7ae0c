package be.ibefe.avis.regleslocales;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.rules.EligibilityService;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.DossiersEnMemoire;
import be.ibefe.avis.system.ClockConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The local rules of a bassin as stored data: Liège's operators recognised for ALE trainings (the demo list), Huy-
 * Waremme's own (empty until its coordination fills it), who may change which list, the journal, and what the
 * criteria of each bassin's dossiers then say. Huy's list is emptied again after each test.
 */
@AvisIntegrationTest
class OperateursAleReconnusApiIT {

    @LocalServerPort
    int port;

    @Autowired
    EligibilityService eligibilite;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
        vider("HUY");
    }

    @AfterEach
    void menage() {
        vider("HUY");
    }

    @Test
    void liege_has_its_list_in_the_demo_and_huy_waremme_none() {
        JsonNode liege = api.get("analyste", "/api/operateurs-ale-reconnus/LIE").json();
        JsonNode huy = api.get("coordhuy", "/api/operateurs-ale-reconnus/HUY").json();

        assertThat(liege.get("nomBassin").asText()).isEqualTo("Liège");
        assertThat(liege.get("operateurs").findValuesAsText("nom"))
                .containsExactlyInAnyOrder("ONE", "PMTIC", "DIGISTART", "Croix-Rouge");
        assertThat(liege.get("operateurs").findValuesAsText("formations")).contains("premiers secours");
        assertThat(huy.get("nomBassin").asText()).isEqualTo("Huy-Waremme");
        assertThat(huy.get("operateurs")).isEmpty();
        assertThat(api.get("aibefe", "/api/operateurs-ale-reconnus/HUY").status())
                .as("the regional role reads every bassin's list").isEqualTo(200);
    }

    @Test
    void a_huy_dossier_is_judged_on_huys_list_and_a_liege_one_on_lieges() {
        Consumer<ObjectNode> croixRouge = d -> ((ObjectNode) d.get("operateur")).put("nom", "Croix-Rouge de Belgique");
        assertThat(competence("LIE", croixRouge).getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(competence("HUY", croixRouge).getResultat()).as("Huy-Waremme recognises no Croix-Rouge")
                .isEqualTo(ResultatCritere.OK);

        Api.Reponse ajout = api.post("coordhuy", "/api/operateurs-ale-reconnus/HUY",
                Map.of("nom", "Croix-Rouge", "formations", "brevet européen de premiers secours"));
        assertThat(ajout.status()).as(ajout.corps()).isEqualTo(201);

        Critere huy = competence("HUY", croixRouge);
        assertThat(huy.getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(huy.getExplication()).contains("« Croix-Rouge »", "brevet européen de premiers secours");
        assertThat(competence("LIE", d -> ((ObjectNode) d.get("operateur")).put("nom", "ONE – accueil temps libre"))
                .getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(competence("HUY", d -> ((ObjectNode) d.get("operateur")).put("nom", "ONE – accueil temps libre"))
                .getResultat()).as("Liège's ONE is not Huy's").isEqualTo(ResultatCritere.OK);
    }

    @Test
    void the_aprc_priority_compares_with_the_dossiers_bassin_by_its_name() {
        Consumer<ArrayNode> huy = p -> {
            p.addObject().put("nom", "CISP L'Envol").put("categorie", "CISP").put("agree", true)
                    .put("bassin", "Huy-Waremme");
            p.addObject().put("nom", "FOREM Huy").put("categorie", "FOREM").put("bassin", "Huy");
        };
        Critere memeBassin = critere("HUY", AvisType.APRC, d -> huy.accept(d.putArray("partenaires")),
                "APRC_MEME_BASSIN");
        assertThat(memeBassin.getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(memeBassin.getExplication()).isEqualTo("Tous les partenaires sont du bassin de Huy-Waremme.");

        Critere liege = critere("LIE", AvisType.APRC, d -> huy.accept(d.putArray("partenaires")), "APRC_MEME_BASSIN");
        assertThat(liege.getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(liege.getExplication()).startsWith("Partenaire(s) hors du bassin de Liège")
                .contains("« CISP L'Envol »", "« FOREM Huy »");
    }

    @Test
    void the_coordination_replaces_its_list_and_every_change_is_journaled_within_its_bassin() {
        Api.Reponse remplacee = remplacer("coordhuy", "HUY", """
                [{"nom": "Croix-Rouge", "formations": "premiers secours"}, {"nom": "  ONE  "}]""");
        assertThat(remplacee.status()).as(remplacee.corps()).isEqualTo(200);
        assertThat(remplacee.json().get("operateurs").findValuesAsText("nom")).containsExactly("Croix-Rouge", "ONE");
        long id = remplacee.json().at("/operateurs/1/id").asLong();
        assertThat(api.envoyer(api.requete("coordhuy", "/api/operateurs-ale-reconnus/HUY/" + id).DELETE()).status())
                .isEqualTo(204);

        String aujourdhui = LocalDate.now(ClockConfig.BRUXELLES).toString();
        String periode = "/api/journal?depuis=" + aujourdhui + "&jusqua=" + aujourdhui;
        List<JsonNode> huy = operateurs(api.get("coordhuy", periode).json());
        assertThat(huy).extracting(e -> e.get("action").asText()).contains("CREATION", "SUPPRESSION");
        assertThat(huy).filteredOn(e -> e.get("action").asText().equals("SUPPRESSION"))
                .anyMatch(e -> e.get("avant").asText().contains("ONE") && e.get("utilisateur").asText()
                        .equals("coordhuy"));
        assertThat(operateurs(api.get("coordinateur", periode).json()))
                .as("Liège's coordination does not read Huy-Waremme's changes")
                .noneMatch(e -> e.toString().contains("\\\"bassin\\\":\\\"HUY\\\"")
                        || e.get("utilisateur").asText().equals("coordhuy"));
    }

    @Test
    void an_administrator_keeps_any_bassins_list() {
        Api.Reponse ajout = api.post("admin", "/api/operateurs-ale-reconnus/HUY", Map.of("nom", "Atelier du Mont"));

        assertThat(ajout.status()).as(ajout.corps()).isEqualTo(201);
        assertThat(api.get("coordhuy", "/api/operateurs-ale-reconnus/HUY").json().get("operateurs")
                .findValuesAsText("nom")).containsExactly("Atelier du Mont");
    }

    @Test
    void another_bassins_coordination_the_equipe_and_the_regional_role_change_nothing() {
        Api.Reponse autreBassin = remplacer("coordhuy", "LIE", "[]");
        assertThat(autreBassin.status()).as("Liège's list does not exist for Huy-Waremme").isEqualTo(404);
        assertThat(api.post("coordinateur", "/api/operateurs-ale-reconnus/HUY", Map.of("nom", "X")).status())
                .isEqualTo(404);
        Api.Reponse equipe = api.post("analystehuy", "/api/operateurs-ale-reconnus/HUY", Map.of("nom", "X"));
        assertThat(equipe.status()).isEqualTo(403);
        Api.Reponse regional = remplacer("aibefe", "HUY", "[{\"nom\": \"X\"}]");
        assertThat(regional.status()).as("the regional role reads, the bassin's coordination keeps").isEqualTo(403);
        assertThat(api.get("coordhuy", "/api/operateurs-ale-reconnus/HUY").json().get("operateurs")).isEmpty();
        assertThat(api.get("coordinateur", "/api/operateurs-ale-reconnus/LIE").json().get("operateurs"))
                .hasSize(4);
        Api.Reponse inconnu = api.get("admin", "/api/operateurs-ale-reconnus/XYZ");
        assertThat(inconnu.status()).isEqualTo(404);
        assertThat(inconnu.json().get("detail").asText()).isEqualTo("Bassin « XYZ » inconnu.");
    }

    @Test
    void a_list_with_a_wrong_line_replaces_nothing_and_names_the_fields() {
        api.post("coordhuy", "/api/operateurs-ale-reconnus/HUY", Map.of("nom", "Croix-Rouge"));

        Api.Reponse reponse = remplacer("coordhuy", "HUY", """
                [{"nom": "ONE"}, {"nom": " -- "}, {"nom": "one"}, {"formations": "x"}, {"nom": "%s"}]"""
                .formatted("A".repeat(201)));

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().findValuesAsText("champ"))
                .containsExactlyInAnyOrder("[1].nom", "[2].nom", "[3].nom", "[4].nom");
        assertThat(reponse.json().get("erreurs").toString()).contains("figure deux fois", "lettres ou des chiffres",
                "obligatoire", "200 caractères");
        assertThat(api.get("coordhuy", "/api/operateurs-ale-reconnus/HUY").json().get("operateurs")
                .findValuesAsText("nom")).containsExactly("Croix-Rouge");
        Api.Reponse doublon = api.post("coordhuy", "/api/operateurs-ale-reconnus/HUY", Map.of("nom", "CROIX ROUGE"));
        assertThat(doublon.status()).isEqualTo(400);
        assertThat(doublon.json().at("/erreurs/0/champ").asText()).isEqualTo("nom");
        assertThat(doublon.json().at("/erreurs/0/message").asText()).contains("figure déjà", "Huy-Waremme");
    }

    private Critere competence(String bassin, Consumer<ObjectNode> alteration) {
        return critere(bassin, AvisType.ALE_FORMATION, alteration, "ALE_COMPETENCE");
    }

    private Critere critere(String bassin, AvisType type, Consumer<ObjectNode> alteration, String code) {
        Dossier dossier = DossiersEnMemoire.dossier(bassin, type, alteration);
        return eligibilite.evaluer(dossier).stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    private Api.Reponse remplacer(String utilisateur, String bassin, String liste) {
        return api.envoyer(api.requete(utilisateur, "/api/operateurs-ale-reconnus/" + bassin)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(liste)));
    }

    private void vider(String bassin) {
        assertThat(remplacer("admin", bassin, "[]").status()).isEqualTo(200);
    }

    private static List<JsonNode> operateurs(JsonNode journal) {
        return StreamSupport.stream(journal.spliterator(), false)
                .filter(e -> e.get("objet").asText().equals("OperateurAleReconnu")).toList();
    }
}
