package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.seance.Mandats;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The avis d'opportunité of a pôle de synergies over HTTP, as the coordination drives it: the request designates an
 * active pôle of its bassin; the équipe analyses the sub-regional impact; the pôle gives its avis by consensus in its
 * meeting, which the coordination records; the letter names the pôle and its meeting; the Instance plénière validates
 * it, and its procès-verbal names the pôle. What the engine refuses, answered in French problem+json.
 */
@AvisIntegrationTest
class PoleOpportuniteApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    DocumentService documents;

    @Autowired
    Poles poles;

    @Autowired
    SeanceService seanceService;

    @Autowired
    Mandats mandats;

    Api api;
    Taches taches;
    SeancesApi seances;
    PolesDeTest polesDeTest;

    @BeforeEach
    void client() {
        api = new Api(port);
        taches = new Taches(api, travaux);
        seances = new SeancesApi(api);
        polesDeTest = new PolesDeTest(poles, seanceService, mandats);
    }

    @Test
    void from_the_request_to_the_letter_and_the_proces_verbal_that_name_the_pole() throws Exception {
        PolesDeTest.PoleReuni pole = polesDeTest.reuni(LocalDate.of(2024, 4, 16));
        String designation = "le pôle de synergies" + pole.nom().substring("Pôle de synergies".length());
        String dossier = taches.pretPourSeance(Demandes.poleOpportunite(pole.poleId()));
        JsonNode pret = dossier(dossier);
        assertThat(pret.get("statut").asText()).isEqualTo("PRET_POUR_SEANCE");
        assertThat(pret.get("chambre").isNull()).isTrue();
        assertThat(pret.get("eligibilite").findValuesAsText("code"))
                .containsExactly("POLE_IMPACT_EMPLOI", "POLE_BESOINS_FORMATION");
        assertThat(pret.get("eligibilite").findValuesAsText("resultat")).containsOnly("OK");

        Api.Reponse urgence = api.post("coordinateur", "/api/dossiers/" + dossier + "/procedure-urgente",
                Map.of("decision", "FAVORABLE", "motivation", "Conforme.", "justification", "Urgent.",
                        "membresPresents", seances.membres("BUREAU", "2024-04-17")));
        assertThat(urgence.status()).as("the Bureau no longer decides it").isEqualTo(409);

        Api.Reponse avis = api.post("coordinateur", "/api/dossiers/" + dossier + "/avis-du-pole",
                Map.of("reunionId", pole.reunionId(), "decision", "FAVORABLE_AVEC_RECOMMANDATION", "motivation",
                        "Le projet crée des emplois de monteurs vidéo dans le bassin.", "recommandation",
                        "Associer les écoles du qualifiant aux stages."));
        assertThat(avis.status()).as(avis.corps()).isEqualTo(200);
        travaux.executerEnAttente();

        JsonNode notifie = dossier(dossier);
        assertThat(notifie.get("statut").asText()).isEqualTo("NOTIFIE");
        assertThat(notifie.get("decision").asText()).isEqualTo("FAVORABLE_AVEC_RECOMMANDATION");
        assertThat(notifie.get("historique").findValuesAsText("evenement")).anyMatch(e -> e.startsWith(
                ("Avis d'opportunité rendu par %s, en sa réunion du 16/04/2024, par consensus : Favorable avec "
                        + "recommandation. Membres présents : Le Forem (Conseillère formation). Enregistré pour le "
                        + "pôle par ").formatted(designation))
                && e.endsWith(" ; soumis à la validation de l'Instance plénière."));
        List<DocumentView> lettres = documents.liste(Long.parseLong(dossier)).stream()
                .filter(d -> d.nom().startsWith("Lettre au demandeur")).toList();
        assertThat(lettres).isNotEmpty();
        assertThat(TextePdf.de(documents.lire(Long.parseLong(dossier), lettres.get(0).id()).octets())
                .replaceAll("\\s+", " ")).contains(("Le pôle de synergies%s a rendu, en sa réunion du 16 avril 2024, "
                        + "par consensus, l'avis d'opportunité suivant sur votre demande, soumis à la validation de "
                        + "l'Instance plénière à sa prochaine séance").formatted(
                                pole.nom().substring("Pôle de synergies".length())),
                        "Associer les écoles du qualifiant aux stages.");

        String pleniere = seances.creer("INSTANCE_PLENIERE", "2024-04-23", seances.membres("INSTANCE_PLENIERE",
                "2024-04-23")).get("id").asText();
        Api.Reponse agenda = api.post("coordinateur", "/api/seances/" + pleniere + "/ordre-du-jour", "");
        JsonNode point = agenda.json().get("points").findParents("dossierId").stream()
                .filter(p -> p.get("dossierId").asText().equals(dossier)).findFirst().orElseThrow();
        assertThat(point.get("nature").asText()).isEqualTo("VALIDATION");
        assertThat(point.get("origine").asText()).isEqualTo(pole.nom() + ", réunion du 16/04/2024");
        assertThat(point.get("organeOrigine").asText()).isEqualTo(designation);
        assertThat(point.get("reunionDePole").asBoolean()).isTrue();
        Api.Reponse validation = api.post("coordinateur", "/api/seances/" + pleniere + "/ratifications",
                Map.of("dossierId", dossier, "ratifiee", true));
        assertThat(validation.status()).as(validation.corps()).isEqualTo(200);
        assertThat(api.post("coordinateur", "/api/seances/" + pleniere + "/cloture", "").status()).isEqualTo(200);
        travaux.executerEnAttente();

        String pv = api.get("coordinateur", "/api/seances/" + pleniere + "/proces-verbal").corps()
                .replaceAll("\\s+", " ");
        assertThat(pv).contains(("Validation de l&#39;avis d&#39;opportunité rendu par %s, en sa réunion du "
                + "16/04/2024, par consensus : ").formatted(designation), "Avis validé.");
        assertThat(dossier(dossier).get("statut").asText()).isEqualTo("NOTIFIE");
    }

    @Test
    void the_pole_must_be_an_active_pole_of_the_bassin_and_must_have_met_with_members_present() {
        PolesDeTest.PoleReuni pole = polesDeTest.reuni(LocalDate.of(2024, 4, 9));
        PolesDeTest.PoleReuni autre = polesDeTest.reuni(LocalDate.of(2024, 4, 10));

        Api.Reponse inconnu = api.post("coordinateur", "/api/dossiers", Demandes.poleOpportunite(999_999));
        assertThat(inconnu.status()).isEqualTo(400);
        assertThat(inconnu.json().at("/erreurs/0/champ").asText()).isEqualTo("donnees.poleId");
        assertThat(inconnu.json().at("/erreurs/0/message").asText())
                .isEqualTo("Le bassin de Liège n'a pas de pôle de synergies n° 999999.");
        ObjectNode deHuy = Demandes.poleOpportunite(pole.poleId());
        deHuy.put("bassin", "HUY");
        Api.Reponse autreBassin = api.post("coordhuy", "/api/dossiers", deHuy);
        assertThat(autreBassin.status()).isEqualTo(400);
        assertThat(autreBassin.json().at("/erreurs/0/message").asText())
                .isEqualTo("Le bassin de Huy-Waremme n'a pas de pôle de synergies n° %d.".formatted(pole.poleId()));
        long propose = api.post("coordinateur", "/api/poles", Map.of("nature", "POLE", "nom", "Pôle de synergies proposé",
                "secteur", "Logistique")).json().get("id").asLong();
        Api.Reponse pasActif = api.post("coordinateur", "/api/dossiers", Demandes.poleOpportunite(propose));
        assertThat(pasActif.status()).isEqualTo(400);
        assertThat(pasActif.json().at("/erreurs/0/message").asText()).isEqualTo(
                "« Pôle de synergies proposé » ne rend pas d'avis : seul un pôle de synergies actif le fait "
                        + "(Pôle de synergies, Proposé à l'Instance).");

        String dossier = taches.pretPourSeance(Demandes.poleOpportunite(pole.poleId()));
        String avis = "/api/dossiers/" + dossier + "/avis-du-pole";
        Map<String, Object> corps = new HashMap<>(Map.of("reunionId", autre.reunionId(), "decision", "AJOURNE"));
        Api.Reponse refus = api.post("coordinateur", avis, corps);
        assertThat(refus.status()).isEqualTo(400);
        assertThat(refus.json().get("erreurs").findValuesAsText("champ"))
                .containsExactlyInAnyOrder("reunionId", "decision", "motivation");
        assertThat(refus.json().get("erreurs").findValuesAsText("message")).contains(
                "La réunion du 10/04/2024 est celle de « %s » ; le dossier demande l'avis de « %s »."
                        .formatted(autre.nom(), pole.nom()),
                "L'avis du pôle est Favorable, Favorable avec recommandation ou Défavorable.");
        corps.put("reunionId", 999_999_999L);
        assertThat(api.post("coordinateur", avis, corps).json().get("erreurs").findValuesAsText("message"))
                .as("the bassin by its name").contains("Aucune réunion n° 999999999 d'un pôle du bassin de Liège.");
        corps.put("reunionId", pole.reunionId());
        corps.put("decision", "FAVORABLE_AVEC_RECOMMANDATION");
        corps.put("motivation", "Impact favorable.");
        assertThat(api.post("coordinateur", avis, corps).json().get("erreurs").findValuesAsText("champ"))
                .containsExactly("recommandation");
        assertThat(api.post("analyste", avis, corps).status()).as("the coordination records it").isEqualTo(403);
        assertThat(dossier(dossier).get("statut").asText()).as("nothing stored").isEqualTo("PRET_POUR_SEANCE");

        String cisp = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        Api.Reponse pasUnAvisDePole = api.post("coordinateur", "/api/dossiers/" + cisp + "/avis-du-pole",
                Map.of("reunionId", pole.reunionId(), "decision", "FAVORABLE", "motivation", "Conforme."));
        assertThat(pasUnAvisDePole.status()).isEqualTo(409);
        assertThat(pasUnAvisDePole.json().get("detail").asText()).contains("n'attend pas l'avis d'un pôle");
    }

    private JsonNode dossier(String id) {
        return api.get("coordinateur", "/api/dossiers/" + id).json();
    }
}
