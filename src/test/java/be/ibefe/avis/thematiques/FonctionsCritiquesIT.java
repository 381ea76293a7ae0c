package be.ibefe.avis.thematiques;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.CategorieDemandeur;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Demandeur;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.rules.MetierPrioritaireRule;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The fonctions critiques, a list of their own per bassin and year, and the APRC priority that reads them next to the
 * métiers prioritaires (000 l.352): a project linked to either meets it, neither is flagged.
 */
@AvisIntegrationTest
class FonctionsCritiquesIT {

    @LocalServerPort
    int port;

    @Autowired
    MetierPrioritaireRule regle;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    Api.Reponse remplacer(String qui, String chemin, String corps) {
        return api.envoyer(api.requete(qui, chemin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(corps)));
    }

    static Dossier aprc(String bassin, int annee, Consumer<ObjectNode> donnees) {
        ObjectNode demande = Demandes.pour(AvisType.APRC);
        ObjectNode d = (ObjectNode) demande.get("donnees");
        d.remove("metier");
        d.remove("codeRome");
        donnees.accept(d);
        return Dossier.enregistrer(bassin, bassin + "-CSEF-" + annee + "-0001", AvisType.APRC,
                new Demandeur("CISP L'Envol", CategorieDemandeur.valueOf(demande.at("/demandeur/categorie").asText()),
                        null, null), "Parcours", LocalDate.of(annee, 5, 2), null, null, d,
                new Trace("analyste", Instant.EPOCH));
    }

    Critere priorite(String bassin, int annee, Consumer<ObjectNode> donnees) {
        return regle.evaluerAvecFonctionsCritiques("APRC_METIER_PRIORITAIRE", aprc(bassin, annee, donnees));
    }

    @Test
    void the_coordination_keeps_the_list_of_its_bassin_and_a_wrong_line_changes_nothing() {
        Api.Reponse remplacee = remplacer("coordinateur", "/api/fonctions-critiques/2061", """
                [{"libelle": "Technicien de maintenance industrielle", "codeRome": "I1304"},
                 {"libelle": "Infirmier / Infirmière"}]""");
        assertThat(remplacee.status()).as(remplacee.corps()).isEqualTo(200);
        assertThat(remplacee.json().findValuesAsText("libelle")).containsExactly("Infirmier / Infirmière",
                "Technicien de maintenance industrielle");

        Api.Reponse fausse = remplacer("coordinateur", "/api/fonctions-critiques/2061", """
                [{"libelle": "Boucher"}, {"libelle": "BOUCHER"}, {"libelle": "Charcutier", "codeRome": "D11"},
                 {"libelle": "%s"}]""".formatted("a".repeat(301)));
        assertThat(fausse.status()).isEqualTo(400);
        assertThat(fausse.json().findValuesAsText("champ")).containsExactly("[1].libelle", "[2].codeRome",
                "[3].libelle");
        assertThat(remplacer("coordinateur", "/api/fonctions-critiques/2061",
                "[{\"libelle\": \"%s\"}]".formatted("a".repeat(300))).status()).as("300 characters").isEqualTo(200);
        assertThat(api.get("coordinateur", "/api/fonctions-critiques/2061").json().size()).isEqualTo(1);

        assertThat(remplacer("membre1", "/api/fonctions-critiques/2061", "[]").status()).isEqualTo(403);
        assertThat(api.get("coordhuy", "/api/fonctions-critiques/2061").json()).as("Liège's list is not Huy's")
                .isEmpty();
        assertThat(api.get("coordinateur", "/api/fonctions-critiques/1999").status()).isEqualTo(400);
    }

    @Test
    void a_project_linked_to_a_fonction_critique_or_a_metier_prioritaire_meets_the_aprc_priority() {
        assertThat(remplacer("coordinateur", "/api/fonctions-critiques/2062", """
                [{"libelle": "Technicien de maintenance industrielle", "codeRome": "I1304"},
                 {"libelle": "Infirmier / Infirmière"}]""").status()).isEqualTo(200);
        assertThat(remplacer("coordinateur", "/api/metiers-prioritaires/2062", """
                [{"libelle": "Soudeur", "codeRome": "H2913", "action": "MAINTENIR"}]""").status()).isEqualTo(200);

        Critere parLibelle = priorite("LIE", 2062, d -> d.put("metier", "infirmiere"));
        assertThat(parLibelle.getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(parLibelle.getExplication()).isEqualTo(
                "« Infirmier / Infirmière » figure parmi les fonctions critiques 2062 du bassin.");
        assertThat(priorite("LIE", 2062, d -> d.put("metier", "Mécanicien").put("codeRome", "I1304"))
                .getResultat()).as("by its ROME code").isEqualTo(ResultatCritere.OK);
        Critere parMetier = priorite("LIE", 2062, d -> d.put("metier", "Soudeur"));
        assertThat(parMetier.getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(parMetier.getExplication()).contains("métiers prioritaires 2062");

        Critere aucun = priorite("LIE", 2062, d -> d.put("metier", "Fleuriste"));
        assertThat(aucun.getResultat()).as("flagged, not refused").isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(aucun.getExplication()).isEqualTo(
                "« Fleuriste » ne figure ni parmi les fonctions critiques ni parmi les métiers prioritaires 2062 du bassin.");

        assertThat(priorite("HUY", 2062, d -> d.put("metier", "Infirmier")).getResultat())
                .as("Huy-Waremme reads its own lists").isEqualTo(ResultatCritere.A_VERIFIER);
    }

    @Test
    void without_one_list_or_both_the_priority_says_which_is_missing() {
        assertThat(remplacer("coordinateur", "/api/metiers-prioritaires/2063", """
                [{"libelle": "Soudeur", "action": "MAINTENIR"}]""").status()).isEqualTo(200);
        Critere sansFonctions = priorite("LIE", 2063, d -> d.put("metier", "Infirmier"));
        assertThat(sansFonctions.getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(sansFonctions.getExplication()).endsWith(
                "(aucune liste de fonctions critiques n'est enregistrée pour 2063).");

        assertThat(remplacer("coordinateur", "/api/fonctions-critiques/2064", """
                [{"libelle": "Infirmier"}]""").status()).isEqualTo(200);
        assertThat(priorite("LIE", 2064, d -> d.put("metier", "Infirmier")).getResultat())
                .as("a fonction critique is enough without métiers prioritaires").isEqualTo(ResultatCritere.OK);
        assertThat(priorite("LIE", 2064, d -> d.put("metier", "Soudeur")).getExplication()).endsWith(
                "(aucune liste de métiers prioritaires n'est enregistrée pour 2064).");

        Critere aucuneListe = priorite("LIE", 2065, d -> d.put("metier", "Soudeur"));
        assertThat(aucuneListe.getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(aucuneListe.getExplication()).isEqualTo(
                "Aucune liste de fonctions critiques ni de métiers prioritaires n'est enregistrée pour 2065.");
    }
}
