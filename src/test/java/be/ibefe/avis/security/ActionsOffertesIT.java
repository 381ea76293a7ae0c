package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.SessionPages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page offers an action to whom the service says may do it (its {@code peut…} methods), and to nobody else: no
 * form or link that would answer 403 (README « Conventions »; {@code DroitsDansLesGabaritsTest} keeps roles out of
 * the templates). What the actions then answer is {@code MatriceDesDroitsIT}'s.
 */
@AvisIntegrationTest
class ActionsOffertesIT {

    private static final String NOUVEAU_DOSSIER = "class=\"bouton\" href=\"/dossiers/nouveau\"";
    private static final String AJOUT_POLE = "id=\"titre-ajout\"";
    private static final String METIERS = "href=\"/metiers-prioritaires?annee=2072\"";

    @LocalServerPort
    int port;

    @Test
    void the_new_dossier_button_is_the_coordination_s() {
        assertThat(page("coordinateur", "/dossiers")).contains(NOUVEAU_DOSSIER);
        assertThat(page("analyste", "/dossiers")).doesNotContain(NOUVEAU_DOSSIER);
        assertThat(page("membre2", "/dossiers")).doesNotContain("/dossiers/nouveau");
    }

    @Test
    void only_the_carrying_bassin_s_coordination_is_offered_to_change_a_pole() {
        assertThat(page("coordinateur", "/poles")).contains(AJOUT_POLE);
        assertThat(page("coordhuy", "/poles")).contains(AJOUT_POLE);
        assertThat(page("analyste", "/poles")).doesNotContain(AJOUT_POLE);

        // a working group of Liège that Huy-Waremme takes part in: Huy reads it, only Liège changes it
        Api.Reponse groupe = new Api(port).post("coordinateur", "/api/poles", Map.of("nature", "GROUPE_DE_TRAVAIL",
                "nom", "GT interbassins des actions offertes", "secteur", "Alternance", "bassinsAssocies",
                List.of("HUY")));
        assertThat(groupe.status()).as(groupe.corps()).isEqualTo(201);
        String adresse = "/poles/" + groupe.json().get("id").asText();
        assertThat(page("coordinateur", adresse)).contains("Ajouter un membre", "Enregistrer une réunion");
        for (String compte : List.of("coordhuy", "analyste")) {
            assertThat(page(compte, adresse)).as(compte).contains("GT interbassins des actions offertes")
                    .doesNotContain("Ajouter un membre", "Enregistrer une réunion");
        }
    }

    @Test
    void the_thematiques_communes_forms_are_the_coordination_s() {
        // a year no other test proposes anything for: the proposal form is open
        String annee = "/thematiques-communes?annee=2071";
        assertThat(page("coordinateur", annee)).contains("id=\"titre-proposition\"", METIERS);
        for (String compte : List.of("analyste", "membre2")) {
            assertThat(page(compte, annee)).as(compte).contains("Thématiques communes")
                    .doesNotContain("id=\"titre-proposition\"", METIERS);
        }
    }

    @Test
    void each_account_starts_where_it_has_something_to_do() {
        for (String compte : List.of("coordinateur", "analyste", "membre2")) {
            assertThat(accueil(compte)).as(compte).endsWith("/taches");
        }
        assertThat(accueil("aibefe")).endsWith("/dossiers");
        assertThat(accueil("admin")).endsWith("/admin/processus");
    }

    private String accueil(String compte) {
        var reponse = new SessionPages(port, compte).get("/");
        assertThat(reponse.statusCode()).as(compte).isEqualTo(302);
        return reponse.headers().firstValue("Location").orElseThrow();
    }

    private String page(String compte, String adresse) {
        var reponse = new SessionPages(port, compte).get(adresse);
        assertThat(reponse.statusCode()).as(compte + " " + adresse).isEqualTo(200);
        return reponse.body();
    }
}
