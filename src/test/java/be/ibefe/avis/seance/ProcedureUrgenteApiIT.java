package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An urgent measure is the Bureau's, as a body: its members who took part, its quorum among them on that day's
 * mandates, votes that adopt the decision. The coordination records it for the Bureau; the letters say the Bureau
 * decided, when, and that the Instance plénière must ratify.
 */
@AvisIntegrationTest
class ProcedureUrgenteApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    DocumentService documents;

    Api api;
    Taches taches;

    @BeforeEach
    void client() {
        api = new Api(port);
        taches = new Taches(api, travaux);
    }

    @Test
    void without_the_bureau_s_quorum_among_its_members_nothing_is_decided() {
        String dossier = pretPourSeance();

        Api.Reponse refus = urgence("coordinateur", dossier, Map.of("membresPresents", List.of("membre1")));

        assertThat(refus.status()).isEqualTo(400);
        assertThat(refus.json().at("/erreurs/0/champ").asText()).isEqualTo("membresPresents");
        assertThat(refus.json().at("/erreurs/0/message").asText()).isEqualTo("Quorum du Bureau non atteint : 1 membre(s) "
                + "avec voix délibérative sur 3 au 03/06/2024, 2 requis.");
        rienDecide(dossier);
    }

    @Test
    void a_member_who_is_not_of_the_bureau_that_day_is_refused() {
        String dossier = pretPourSeance();

        Api.Reponse refus = urgence("coordinateur", dossier,
                Map.of("membresPresents", List.of("membre1", "membre2", "membre3")));

        assertThat(refus.status()).isEqualTo(400);
        assertThat(refus.json().at("/erreurs/0/champ").asText()).isEqualTo("membresPresents[1]");
        assertThat(refus.json().at("/erreurs/0/message").asText())
                .isEqualTo("« Membre 2 CSEF » n'est pas membre de « Bureau de l'Instance Bassin EFE » au 03/06/2024.");
        assertThat(urgence("coordinateur", dossier, Map.of()).json().at("/erreurs/0/champ").asText())
                .isEqualTo("membresPresents");
        rienDecide(dossier);
    }

    @Test
    void a_favourable_measure_against_a_ko_criterion_must_name_it_as_a_seance_must() {
        ObjectNode asbl = Demandes.creditAdaptation();
        ((ObjectNode) asbl.at("/donnees/entreprise")).put("formeJuridique", "ASBL");
        String dossier = taches.pretPourSeance(asbl);
        List<String> bureau = List.of("membre1", "membre3", "membre4");

        Api.Reponse muette = urgence("membre1", dossier, Map.of("membresPresents", bureau));
        rienDecide(dossier);
        Api.Reponse motivee = urgence("membre1", dossier, Map.of("membresPresents", bureau, "motivation",
                "La forme juridique (ASBL) n'est pas un obstacle ici : l'ASBL agit comme employeur marchand."));

        assertThat(muette.status()).as(muette.corps()).isEqualTo(400);
        assertThat(muette.json().at("/erreurs/0/champ").asText()).isEqualTo("motivation");
        assertThat(muette.json().at("/erreurs/0/message").asText()).contains("« Forme juridique »");
        assertThat(motivee.status()).as(motivee.corps()).isEqualTo(200);
    }

    @Test
    void votes_that_do_not_adopt_the_decision_are_refused() {
        String dossier = pretPourSeance();

        Api.Reponse refus = urgence("membre1", dossier, Map.of("membresPresents",
                List.of("membre1", "membre3", "membre4"), "pour", 1, "contre", 2));

        assertThat(refus.status()).isEqualTo(400);
        assertThat(refus.json().at("/erreurs/0/champ").asText()).isEqualTo("decision");
        rienDecide(dossier);
    }

    @Test
    void the_coordination_records_the_bureau_s_measure_and_the_letters_name_the_bureau_and_its_date() {
        String dossier = pretPourSeance();

        Api.Reponse decidee = urgence("coordinateur", dossier, Map.of("membresPresents",
                List.of("membre1", "membre3"), "pour", 2, "contre", 0, "abstentions", 0));

        assertThat(decidee.status()).as(decidee.corps()).isEqualTo(200);
        JsonNode notifie = api.get("coordinateur", "/api/dossiers/" + dossier).json();
        assertThat(notifie.get("statut").asText()).isEqualTo("NOTIFIE");
        JsonNode mesure = notifie.get("historique").findParents("evenement").stream()
                .filter(h -> h.get("evenement").asText().startsWith("Mesure urgente")).findFirst().orElseThrow();
        assertThat(mesure.get("utilisateur").asText()).isEqualTo("coordinateur");
        assertThat(mesure.get("evenement").asText()).startsWith("Mesure urgente du Bureau de l'Instance Bassin EFE du "
                + "03/06/2024, sous réserve de ratification par l'Instance plénière : Favorable.").contains(
                "Membres ayant pris part : Marie Dubois (Présidente), Sophie Renard (Membre effectif).",
                "Votes : 2 pour, 0 contre, 0 abstention(s).", "Enregistrée pour le Bureau par Claire Coordinatrice.",
                "Justification : Le SPW statue le 5 juin.");
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier + "/journal").corps())
                .contains("MesureUrgente", "Mesure urgente du Bureau de l'Instance Bassin EFE du 03/06/2024");

        travaux.executerEnAttente();
        List<DocumentView> lettres = documents.liste(Long.parseLong(dossier));
        String demandeur = TextePdf.de(documents.lire(Long.parseLong(dossier), lettres.get(0).id()).octets())
                .replaceAll("\\s+", " ");
        assertThat(demandeur).contains("Le Bureau de l'Instance Bassin EFE a pris le 3 juin 2024, en procédure "
                + "d'urgence, la décision suivante sur votre demande, sous réserve de ratification par l'Instance "
                + "plénière à sa prochaine séance", "Favorable").doesNotContain("a examiné votre demande");
        String administration = TextePdf.de(documents.lire(Long.parseLong(dossier), lettres.get(1).id()).octets())
                .replaceAll("\\s+", " ");
        assertThat(administration).contains("la décision prise le 3 juin 2024 en procédure d'urgence par le Bureau de "
                + "l'Instance Bassin EFE, sous réserve de ratification par l'Instance plénière à sa prochaine séance");
    }

    @Test
    void a_measure_the_pleniere_does_not_examine_is_in_its_proces_verbal_as_not_examined_and_waits_for_the_next() {
        String dossier = pretPourSeance();
        assertThat(urgence("membre1", dossier, Map.of("membresPresents", List.of("membre1", "membre3", "membre4")))
                .status()).isEqualTo(200);
        SeancesApi seances = new SeancesApi(api);
        List<String> membres = seances.membres("INSTANCE_PLENIERE", "2024-06-24");
        String premiere = seances.creer("INSTANCE_PLENIERE", "2024-06-24", membres).get("id").asText();
        api.post("coordinateur", "/api/seances/" + premiere + "/ordre-du-jour", "");
        assertThat(api.post("coordinateur", "/api/seances/" + premiere + "/cloture", "").status()).isEqualTo(200);

        JsonNode point = api.get("coordinateur", "/api/seances/" + premiere).json().get("points").findParents("dossierId")
                .stream().filter(p -> p.get("dossierId").asText().equals(dossier)).findFirst().orElseThrow();
        assertThat(point.get("statut").asText()).isEqualTo("NON_EXAMINE");
        String pv = api.envoyer(api.requete("coordinateur", "/api/seances/" + premiere + "/proces-verbal")
                .header("Accept", "text/html").GET()).corps();
        assertThat(pv).contains("Point non examiné en séance : reporté à la séance suivante.");
        String seconde = seances.creer("INSTANCE_PLENIERE", "2024-09-24", membres).get("id").asText();
        JsonNode agenda = api.post("coordinateur", "/api/seances/" + seconde + "/ordre-du-jour", "").json();
        assertThat(agenda.get("points")).anySatisfy(p -> {
            assertThat(p.get("dossierId").asText()).isEqualTo(dossier);
            assertThat(p.get("nature").asText()).isEqualTo("RATIFICATION");
            assertThat(p.get("statut").asText()).isEqualTo("INSCRIT");
        });
    }

    @Test
    void a_member_of_the_csef_only_may_not_take_an_urgent_measure() {
        String dossier = pretPourSeance();

        assertThat(urgence("membre2", dossier, Map.of("membresPresents", List.of("membre1", "membre3"))).status())
                .isEqualTo(403);
    }

    private Api.Reponse urgence(String utilisateur, String dossier, Map<String, Object> extra) {
        Map<String, Object> corps = new HashMap<>(Map.of("decision", "FAVORABLE", "motivation", "Conforme aux critères.",
                "justification", "Le SPW statue le 5 juin.", "date", "2024-06-03"));
        corps.putAll(extra);
        return api.post(utilisateur, "/api/dossiers/" + dossier + "/procedure-urgente", corps);
    }

    private void rienDecide(String dossier) {
        JsonNode pret = api.get("coordinateur", "/api/dossiers/" + dossier).json();
        assertThat(pret.get("statut").asText()).isEqualTo("PRET_POUR_SEANCE");
        assertThat(pret.get("decision").isNull()).isTrue();
        travaux.executerEnAttente();
        assertThat(documents.liste(Long.parseLong(dossier))).isEmpty();
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier + "/journal").corps())
                .doesNotContain("MesureUrgente");
    }

    private String pretPourSeance() {
        return taches.pretPourSeance(Demandes.creditAdaptation());
    }
}
