package be.ibefe.avis.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.TextePdf;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators edit the letter templates; a template that cannot produce a letter is refused. */
@AvisIntegrationTest
class ModeleLettreApiIT {

    static final String CHEMIN = "/api/admin/modeles-lettres/transmission-administration";

    @LocalServerPort
    int port;

    @Autowired
    ModelesLettres modeles;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void the_templates_are_listed_with_their_first_version() {
        Api.Reponse liste = api.get("admin", "/api/admin/modeles-lettres");

        assertThat(liste.json().findValuesAsText("code")).containsExactly("avis-demandeur",
                "transmission-administration", "demande-pieces", "retrait-avis");
        assertThat(api.get("admin", CHEMIN).json().get("contenu").asText()).contains("Nous vous transmettons");
    }

    @Test
    void an_edited_template_writes_the_next_letters() {
        String origine = api.get("admin", CHEMIN).json().get("contenu").asText();
        // a letter of the template as it was, before the edit, so that the engine has it in its cache
        assertThat(TextePdf.de(modeles.lettre(ModelesLettres.Code.TRANSMISSION_ADMINISTRATION,
                ModelesLettres.exemple()))).contains("Nous vous transmettons l'avis rendu");
        try {
            Api.Reponse modifie = modifier(origine.replace("Nous vous transmettons", "Veuillez trouver"));

            assertThat(modifie.status()).as(modifie.corps()).isEqualTo(200);
            assertThat(modifie.json().get("modifiePar").asText()).isEqualTo("admin");
            assertThat(TextePdf.de(modeles.lettre(ModelesLettres.Code.TRANSMISSION_ADMINISTRATION,
                    ModelesLettres.exemple()))).contains("Veuillez trouver l'avis rendu");
        } finally {
            modifier(origine);
        }
    }

    @Test
    void a_template_that_cannot_be_rendered_is_refused_and_the_old_one_stays() {
        String avant = api.get("admin", CHEMIN).json().get("contenu").asText();

        Api.Reponse refus = modifier("<html><body><p th:text=\"${\">cassé</p></body></html>");

        assertThat(refus.status()).isEqualTo(400);
        assertThat(refus.json().at("/erreurs/0/champ").asText()).isEqualTo("contenu");
        assertThat(refus.json().at("/erreurs/0/message").asText()).startsWith("Le modèle ne produit pas de lettre");
        assertThat(api.get("admin", CHEMIN).json().get("contenu").asText()).isEqualTo(avant);
    }

    @Test
    void only_administrators_edit_templates() {
        assertThat(api.get("coordinateur", CHEMIN).status()).isEqualTo(403);
    }

    @Test
    void the_request_for_missing_pieces_has_its_own_editable_template() {
        String chemin = "/api/admin/modeles-lettres/demande-pieces";
        String origine = api.get("admin", chemin).json().get("contenu").asText();
        assertThat(origine).contains("${piecesManquantes}", "${piecesAttenduesLe}");
        try {
            Api.Reponse modifie = modifier(chemin, origine.replace("Nous avons bien reçu votre demande",
                    "Votre demande nous est bien parvenue"));

            assertThat(modifie.status()).as(modifie.corps()).isEqualTo(200);
            assertThat(TextePdf.de(modeles.lettre(ModelesLettres.Code.DEMANDE_PIECES, ModelesLettres.exemple()))
                    .replaceAll("\\s+", " ")).contains("Votre demande nous est bien parvenue", "12 juillet 2024");
        } finally {
            modifier(chemin, origine);
        }
    }

    @Test
    void the_withdrawal_of_an_avis_has_its_own_editable_template() {
        String chemin = "/api/admin/modeles-lettres/retrait-avis";
        String origine = api.get("admin", chemin).json().get("contenu").asText();
        assertThat(origine).contains("${motifRefus}", "datePleniere", "refus", "instancePleniereDesignee");
        try {
            Api.Reponse modifie = modifier(chemin, origine.replace("Cet avis est dès lors retiré",
                    "Cet avis est donc retiré"));

            assertThat(modifie.status()).as(modifie.corps()).isEqualTo(200);
            assertThat(TextePdf.de(modeles.lettre(ModelesLettres.Code.RETRAIT_AVIS, ModelesLettres.exemple()))
                    .replaceAll("\\s+", " ")).contains("Cet avis est donc retiré",
                    "L'Instance plénière a refusé, en sa séance du 24 juin 2024, de ratifier cette décision");
        } finally {
            modifier(chemin, origine);
        }
    }

    private Api.Reponse modifier(String contenu) {
        return modifier(CHEMIN, contenu);
    }

    private Api.Reponse modifier(String chemin, String contenu) {
        return api.envoyer(api.requete("admin", chemin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.json(Map.of("contenu", contenu)))));
    }
}
