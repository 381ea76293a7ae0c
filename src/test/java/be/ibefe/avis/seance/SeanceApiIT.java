package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.support.Travaux;
import be.ibefe.avis.system.ClockConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Séances over REST: agenda, quorum, déports, adjournment, closing, urgent procedure and its ratification. */
@AvisIntegrationTest
class SeanceApiIT {

    static final List<String> CSEF = List.of("membre1", "membre2", "membre3", "membre4", "membre5");
    static final List<String> BUREAU = List.of("membre1", "membre3", "membre4");

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    HistoryService historyService;

    @Autowired
    Clock clock;

    Api api;
    Taches taches;
    SeancesApi seances;

    @BeforeEach
    void client() {
        api = new Api(port);
        taches = new Taches(api, travaux);
        seances = new SeancesApi(api);
    }

    @Test
    void the_agenda_takes_every_ready_dossier_once_the_nearest_deadline_first() {
        String tardif = taches.pretPourSeance(Demandes.cispNouvelleFiliere().put("echeance", "2024-12-20"));
        String urgent = taches.pretPourSeance(Demandes.creditAdaptation().put("echeance", "2024-04-30"));
        String seance = seances.creer("CSEF", "2024-05-28", CSEF).get("id").asText();

        api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour", "");
        JsonNode agenda = api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour", "").json();

        List<String> ids = new ArrayList<>();
        agenda.get("ordreDuJour").forEach(id -> ids.add(id.asText()));
        assertThat(ids).containsOnlyOnce(tardif, urgent);
        assertThat(ids.indexOf(urgent)).isLessThan(ids.indexOf(tardif));
        assertThat(dossier(urgent).get("statut").asText()).isEqualTo("INSCRIT");
    }

    @Test
    void a_dossier_is_added_to_and_removed_from_the_agenda() {
        String dossier = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        String seance = seances.creer("CSEF", "2024-05-28", CSEF).get("id").asText();

        assertThat(api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "").json()
                .get("ordreDuJour").toString()).contains(dossier);
        Api.Reponse retrait = api.envoyer(api.requete("coordinateur",
                "/api/seances/" + seance + "/ordre-du-jour/" + dossier).DELETE());

        assertThat(retrait.status()).isEqualTo(200);
        assertThat(retrait.json().get("ordreDuJour").toString()).doesNotContain(dossier);
        assertThat(dossier(dossier).get("statut").asText()).isEqualTo("PRET_POUR_SEANCE");
    }

    @Test
    void without_quorum_no_decision_is_recorded() {
        String dossier = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        JsonNode seance = seances.creer("CSEF", "2024-05-28", List.of("membre1", "membre2"));
        assertThat(seance.at("/quorum/atteint").asBoolean()).isFalse();
        assertThat(seance.at("/quorum/requis").asInt()).isEqualTo(3);
        api.post("coordinateur", "/api/seances/" + seance.get("id") + "/ordre-du-jour/" + dossier, "");

        Api.Reponse reponse = seances.deliberer(seance.get("id"), dossier, "FAVORABLE", Map.of());

        assertThat(reponse.status()).isEqualTo(409);
        assertThat(reponse.json().get("detail").asText())
                .isEqualTo("Quorum non atteint : 2 membre(s) présent(s) avec voix délibérative sur 5, 3 requis. "
                        + "Aucune décision ne peut être enregistrée.");
        assertThat(dossier(dossier).get("statut").asText()).isEqualTo("INSCRIT");
    }

    @Test
    void with_exactly_the_quorum_the_seance_decides() {
        String dossier = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        JsonNode seance = seances.creer("CSEF", "2024-05-28", List.of("membre1", "membre2", "membre3"));
        api.post("coordinateur", "/api/seances/" + seance.get("id") + "/ordre-du-jour/" + dossier, "");

        assertThat(seances.deliberer(seance.get("id"), dossier, "FAVORABLE", Map.of("pour", 3)).status())
                .isEqualTo(200);
    }

    @Test
    void a_member_linked_to_the_applicant_steps_out_and_his_vote_is_refused() {
        ObjectNode demande = Demandes.epsForem();
        ((ObjectNode) demande.get("demandeur")).put("nom", "FOREM Formation Liège");
        String dossier = taches.pretPourSeance(demande);
        String seance = seances.creer("CSEF", "2024-05-28", CSEF).get("id").asText();
        api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "");

        Api.Reponse refus = seances.deliberer(seance, dossier, "FAVORABLE",
                Map.of("votesNominatifs", Map.of("membre1", "POUR", "membre2", "POUR", "membre3", "POUR")));
        assertThat(refus.status()).isEqualTo(400);
        assertThat(refus.json().at("/erreurs/0/champ").asText()).isEqualTo("votesNominatifs.membre1");
        assertThat(refus.json().at("/erreurs/0/message").asText())
                .isEqualTo("Le vote de « Marie Dubois » est refusé : lien avec le demandeur (forem).");

        Api.Reponse tropDeVotes = seances.deliberer(seance, dossier, "FAVORABLE", Map.of("pour", 5));
        assertThat(tropDeVotes.status()).isEqualTo(400);
        assertThat(tropDeVotes.json().at("/erreurs/0/message").asText()).startsWith("5 vote(s) pour 4 membre(s)");

        Api.Reponse decision = seances.deliberer(seance, dossier, "FAVORABLE",
                Map.of("pour", 3, "abstentions", 0, "contre", 0, "deports", List.of("membre4")));
        assertThat(decision.status()).as(decision.corps()).isEqualTo(200);
        assertThat(decision.json().get("deports").findValuesAsText("membre")).containsExactly("membre1", "membre4");
        assertThat(decision.json().at("/votes/pour").asInt()).isEqualTo(3);
    }

    @Test
    void the_proces_verbal_lists_presences_quorum_decisions_votes_and_deports() {
        ObjectNode demande = Demandes.epsForem();
        ((ObjectNode) demande.get("demandeur")).put("nom", "FOREM Formation Liège");
        String dossier = taches.pretPourSeance(demande);
        String seance = seances.creer("CSEF", "2024-05-28", List.of("membre1", "membre2", "membre3", "membre4"))
                .get("id").asText();
        api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "");
        seances.deliberer(seance, dossier, "FAVORABLE", Map.of("pour", 2, "contre", 0, "abstentions", 1,
                "motivation", "Formation qualifiante en pénurie."));
        api.post("coordinateur", "/api/seances/" + seance + "/cloture", "");

        Api.Reponse page = api.envoyer(api.requete("membre2", "/api/seances/" + seance + "/proces-verbal")
                .header("Accept", "text/html").GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.corps()).contains("Procès-verbal de la séance du 28/05/2024", "Nadia Benali", "absent(e)",
                "Quorum : 4 membre(s) présent(s) avec voix délibérative sur 5, 3 requis : atteint.",
                "Votes : 2 pour, 0 contre, 1 abstention(s).",
                "Déport : Marie Dubois, Présidente (Lien avec le demandeur (FOREM)).",
                "Formation qualifiante en pénurie.");

        var pdf = api.telecharger("membre2", "/api/seances/" + seance + "/proces-verbal?format=pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(TextePdf.de(pdf.body())).contains("Procès-verbal de la séance du 28/05/2024",
                "Déport : Marie Dubois, Présidente (Lien avec le demandeur (FOREM)).");
    }

    @Test
    void only_a_present_member_can_step_out() {
        String dossier = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        String seance = seances.creer("CSEF", "2024-05-28", List.of("membre1", "membre2", "membre3")).get("id")
                .asText();
        api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "");

        Api.Reponse reponse = seances.deliberer(seance, dossier, "FAVORABLE", Map.of("deports", List.of("membre5")));

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().at("/erreurs/0/champ").asText()).isEqualTo("deports[0]");
    }

    @Test
    void two_seances_in_a_row_handle_an_adjourned_dossier_once() {
        String dossier = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        String premiere = seances.creer("CSEF", "2024-05-28", CSEF).get("id").asText();
        api.post("coordinateur", "/api/seances/" + premiere + "/ordre-du-jour/" + dossier, "");
        assertThat(seances.deliberer(premiere, dossier, "AJOURNE", Map.of("motivation", "Audition du centre.")).status())
                .isEqualTo(200);
        api.post("coordinateur", "/api/seances/" + premiere + "/cloture", "");
        assertThat(dossier(dossier).get("statut").asText()).isEqualTo("PRET_POUR_SEANCE");

        String seconde = seances.creer("CSEF", "2024-06-18", CSEF).get("id").asText();
        api.post("coordinateur", "/api/seances/" + seconde + "/ordre-du-jour", "");
        JsonNode agenda = api.post("coordinateur", "/api/seances/" + seconde + "/ordre-du-jour", "").json();
        assertThat(agenda.get("points").findValuesAsText("dossierId").stream().filter(dossier::equals)).hasSize(1);
        assertThat(seances.deliberer(seconde, dossier, "FAVORABLE", Map.of()).status()).isEqualTo(200);
        assertThat(seances.deliberer(seconde, dossier, "DEFAVORABLE", Map.of()).status()).isEqualTo(409);
        api.post("coordinateur", "/api/seances/" + seconde + "/cloture", "");

        JsonNode notifie = dossier(dossier);
        assertThat(notifie.get("statut").asText()).isEqualTo("NOTIFIE");
        assertThat(notifie.get("decision").asText()).isEqualTo("FAVORABLE");
        assertThat(notifie.get("historique").findValuesAsText("evenement"))
                .filteredOn(e -> e.equals("Avis notifié au demandeur")).hasSize(1);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("avis-notification")
                .processInstanceBusinessKey(dossier).count()).isEqualTo(1);
        JsonNode points = api.get("coordinateur", "/api/seances/" + premiere).json().get("points");
        assertThat(points.findValuesAsText("statut")).containsExactly("AJOURNE");
    }

    @Test
    void a_seance_decides_and_is_closed_from_its_day_on_never_before() {
        LocalDate aujourdhui = LocalDate.now(clock.withZone(ClockConfig.BRUXELLES));
        // two days ahead, not one: the test stays right if midnight passes while it runs (SeanceTenueTest pins the
        // day itself, to the second, in Brussels)
        String demain = aujourdhui.plusDays(2).toString();
        String dossier = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        String avenir = seances.creer("CSEF", demain, seances.membres("CSEF", demain)).get("id").asText();
        assertThat(api.post("coordinateur", "/api/seances/" + avenir + "/ordre-du-jour/" + dossier, "").status())
                .as("a séance to come takes its agenda").isEqualTo(200);
        String attendu = "La séance du %s n'a pas encore eu lieu : ".formatted(
                aujourdhui.plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        Api.Reponse deliberation = seances.deliberer(avenir, dossier, "FAVORABLE", Map.of());
        Api.Reponse cloture = api.post("coordinateur", "/api/seances/" + avenir + "/cloture", "");

        assertThat(deliberation.status()).as(deliberation.corps()).isEqualTo(409);
        assertThat(deliberation.json().get("detail").asText())
                .isEqualTo(attendu + "ses décisions ne s'enregistrent qu'à partir de ce jour-là.");
        assertThat(cloture.status()).as(cloture.corps()).isEqualTo(409);
        assertThat(cloture.json().get("detail").asText())
                .isEqualTo(attendu + "elle ne se clôture qu'à partir de ce jour-là.");
        JsonNode lue = api.get("coordinateur", "/api/seances/" + avenir).json();
        assertThat(lue.get("statut").asText()).isEqualTo("PLANIFIEE");
        assertThat(lue.get("points").findValuesAsText("statut")).containsExactly("INSCRIT");
        assertThat(dossier(dossier).get("statut").asText()).isEqualTo("INSCRIT");

        // on its day, the same séance of today decides and is closed
        Api.Reponse retrait = api.envoyer(api.requete("coordinateur",
                "/api/seances/" + avenir + "/ordre-du-jour/" + dossier).DELETE());
        assertThat(retrait.status()).as("a séance to come changes its agenda").isEqualTo(200);
        String jour = aujourdhui.toString();
        String tenue = seances.creer("CSEF", jour, seances.membres("CSEF", jour)).get("id").asText();
        Api.Reponse ajout = api.post("coordinateur", "/api/seances/" + tenue + "/ordre-du-jour/" + dossier, "");
        assertThat(ajout.status()).as(ajout.corps()).isEqualTo(200);
        assertThat(seances.deliberer(tenue, dossier, "FAVORABLE", Map.of()).status()).isEqualTo(200);
        assertThat(api.post("coordinateur", "/api/seances/" + tenue + "/cloture", "").status()).isEqualTo(200);
    }

    @Test
    void a_pleniere_to_come_ratifies_validates_approves_and_decides_nothing_before_its_day() {
        String jour = LocalDate.now(clock.withZone(ClockConfig.BRUXELLES)).plusDays(2).toString();
        String pleniere = seances.creer("INSTANCE_PLENIERE", jour, seances.membres("INSTANCE_PLENIERE", jour))
                .get("id").asText();
        String pv = seances.creer("INSTANCE_PLENIERE", "2024-01-09", seances.membres("INSTANCE_PLENIERE",
                "2024-01-09")).get("id").asText();
        String chemin = "/api/seances/" + pleniere;
        String attendu = "La séance du %s n'a pas encore eu lieu : ses décisions ne s'enregistrent qu'à partir de ce "
                .formatted(LocalDate.parse(jour).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))) + "jour-là.";

        List<Api.Reponse> refus = List.of(
                api.post("coordinateur", chemin + "/ratifications", Map.of("dossierId", 1, "ratifiee", true)),
                api.post("coordinateur", chemin + "/ratifications/en-bloc", Map.of("dossierIds", List.of(1))),
                api.post("coordinateur", chemin + "/sujets/decision", Map.of("type", "POLE", "objetId", 1,
                        "approuve", true)),
                api.post("coordinateur", chemin + "/approbations-pv", Map.of("seanceId", Long.valueOf(pv),
                        "approuve", true)));

        assertThat(refus).allSatisfy(r -> {
            assertThat(r.status()).as(r.corps()).isEqualTo(409);
            assertThat(r.json().get("detail").asText()).isEqualTo(attendu);
        });
        assertThat(api.get("coordinateur", chemin).json().get("statut").asText()).isEqualTo("PLANIFIEE");
    }

    @Test
    void a_closed_seance_cannot_change_and_passes_its_avis_to_the_instance_pleniere_for_validation() {
        String dossier = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        seances.deciderEnSeance(dossier, "FAVORABLE", Map.of());
        List<JsonNode> csef = api.get("coordinateur", "/api/seances?annee=2024").json().findParents("chambre").stream()
                .filter(s -> s.get("chambre").asText().equals("CSEF") && s.get("date").asText().equals("2024-05-28"))
                .toList();
        String derniere = csef.get(csef.size() - 1).get("id").asText();

        Api.Reponse encore = api.post("coordinateur", "/api/seances/" + derniere + "/cloture", "");
        assertThat(encore.status()).isEqualTo(409);
        assertThat(encore.json().get("detail").asText()).contains("est clôturée");

        String pleniere = seances.creer("INSTANCE_PLENIERE", "2024-06-24", CSEF).get("id").asText();
        JsonNode agenda = api.post("coordinateur", "/api/seances/" + pleniere + "/ordre-du-jour", "").json();
        assertThat(agenda.get("points")).anySatisfy(p -> {
            assertThat(p.get("dossierId").asText()).isEqualTo(dossier);
            assertThat(p.get("nature").asText()).isEqualTo("VALIDATION");
        });
    }

    @Test
    void only_the_coordination_runs_seances() {
        Api.Reponse membre = api.post("membre1", "/api/seances",
                Map.of("chambre", "CSEF", "date", "2024-05-28", "membresPresents", CSEF));
        assertThat(membre.status()).isEqualTo(403);
        assertThat(membre.estProbleme()).isTrue();
        String seance = seances.creer("CSEF", "2024-05-28", CSEF).get("id").asText();
        assertThat(api.post("analyste", "/api/seances/" + seance + "/cloture", "").status()).isEqualTo(403);
        assertThat(api.get("membre2", "/api/seances/" + seance).status()).isEqualTo(200);
    }

    @Test
    void a_present_who_is_not_a_member_that_day_is_refused() {
        Api.Reponse reponse = api.post("coordinateur", "/api/seances",
                Map.of("chambre", "BUREAU", "date", "2024-05-28", "membresPresents", List.of("membre1", "membre2")));

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().at("/erreurs/0/champ").asText()).isEqualTo("membresPresents[1]");
        assertThat(reponse.json().at("/erreurs/0/message").asText()).isEqualTo("« Membre 2 CSEF » n'est pas membre de « Bureau de l'Instance Bassin EFE » au 28/05/2024.");
    }

    @Test
    void the_bureau_decides_in_urgency_and_a_refused_ratification_reopens_the_dossier() {
        String dossier = taches.pretPourSeance(Demandes.creditAdaptation());
        Api.Reponse urgence = api.post("membre1", "/api/dossiers/" + dossier + "/procedure-urgente",
                Map.of("decision", "FAVORABLE", "motivation", "Conforme aux critères.", "date", "2024-05-31",
                        "justification", "Le SPW statue le 3 juin.", "membresPresents", BUREAU));
        assertThat(urgence.status()).as(urgence.corps()).isEqualTo(200);
        assertThat(dossier(dossier).get("statut").asText()).isEqualTo("NOTIFIE");
        assertThat(api.post("membre2", "/api/dossiers/" + dossier + "/procedure-urgente",
                Map.of("decision", "FAVORABLE", "motivation", "x", "justification", "x", "membresPresents", BUREAU))
                .status()).isEqualTo(403);

        String pleniere = seances.creer("INSTANCE_PLENIERE", "2024-06-24", CSEF).get("id").asText();
        api.post("coordinateur", "/api/seances/" + pleniere + "/ordre-du-jour", "");
        Api.Reponse refus = api.post("coordinateur", "/api/seances/" + pleniere + "/ratifications",
                Map.of("dossierId", dossier, "ratifiee", false, "motivation", "La CSEF devait être consultée."));
        assertThat(refus.status()).as(refus.corps()).isEqualTo(200);
        api.post("coordinateur", "/api/seances/" + pleniere + "/cloture", "");

        JsonNode rouvert = dossier(dossier);
        assertThat(rouvert.get("statut").asText()).isEqualTo("PRET_POUR_SEANCE");
        assertThat(rouvert.get("decision").isNull()).isTrue();
        assertThat(rouvert.get("historique").findValuesAsText("evenement"))
                .anyMatch(e -> e.contains("Ratification refusée") && e.contains("La CSEF devait être consultée."));
    }

    private JsonNode dossier(String id) {
        return api.get("coordinateur", "/api/dossiers/" + id).json();
    }
}
