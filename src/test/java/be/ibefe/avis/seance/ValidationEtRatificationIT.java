package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.poles.Poles;
import be.ibefe.avis.poles.PolesDeTest;
import be.ibefe.avis.support.AdministrationsDuBassin;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The decision chain end to end, through the REST API as the coordination drives it, with the real engine and real
 * SMTP (GreenMail): an avis of the CSEF or of a pôle de synergies waits for the Instance plénière's validation, a
 * decision of the Bureau for its ratification. A refusal withdraws the avis by letter from everyone who received it and the dossier is deliberated
 * again; a confirmation (en bloc) ends the process with the avis standing; a point the plénière does not examine goes
 * to the next plénière while the process keeps waiting. The engine is only looked at, never driven: what moves the
 * processes is the plénière's closure.
 */
@AvisIntegrationTest
class ValidationEtRatificationIT {

    static final String MOTIF_VALIDATION = "Le plan de formation ne vise pas les travailleurs de la PME demanderesse.";
    static final String MOTIF_RATIFICATION = "Le pôle n'a pas consulté la Chambre Enseignement sur ce projet.";
    static final String CSEF = "CSEF";
    static final String BUREAU = "Bureau de l'Instance Bassin EFE";
    static final String DEMANDEUR_POLE = "secretariat@cluster-twist.be";

    @LocalServerPort
    int port;

    @Autowired
    GreenMail serveurCourriel;

    @Autowired
    Travaux travaux;

    @Autowired
    DocumentService documents;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    Poles poles;

    @Autowired
    SeanceService seanceService;

    @Autowired
    Mandats mandats;

    PolesDeTest polesDeTest;

    Api api;
    Taches taches;
    SeancesApi seances;

    @BeforeEach
    void client() throws Exception {
        api = new Api(port);
        taches = new Taches(api, travaux);
        seances = new SeancesApi(api);
        polesDeTest = new PolesDeTest(poles, seanceService, mandats);
        // the product names no administration: Liège's coordination has entered this one and its address
        AdministrationsDuBassin.nommer(api, "LIE", "CREDIT_ADAPTATION",
                "SPW Économie, Emploi, Recherche - Direction des Programmes régionaux de l'Emploi", null,
                "credit-adaptation@administration.example.be");
        travaux.executerEnAttente();
        serveurCourriel.purgeEmailFromAllMailboxes();
    }

    @Test
    void a_csef_avis_whose_validation_the_pleniere_refuses_is_withdrawn_from_both_recipients_and_deliberated_again()
            throws Exception {
        String dossier = taches.pretPourSeance(Demandes.creditAdaptation());
        String reference = dossier(dossier).get("reference").asText();
        JsonNode rapportAvant = type(api.get("coordinateur", "/api/rapports/activite?annee=2024").json(),
                "CREDIT_ADAPTATION");
        seance("CSEF", "2024-05-28", dossier, "FAVORABLE");
        travaux.executerEnAttente();
        assertThat(courrielsDe(reference)).as("the avis, notified by e-mail")
                .containsExactlyInAnyOrder("secretariat@m-tallerie-mosane-srl.be", "credit-adaptation@administration.example.be");
        assertThat(dossier(dossier).get("statut").asText()).isEqualTo("NOTIFIE");
        assertThat(attendLaPleniere(dossier)).as("the CSEF avis waits for its validation").isTrue();
        JsonNode rapportNotifie = type(api.get("coordinateur", "/api/rapports/activite?annee=2024").json(),
                "CREDIT_ADAPTATION");
        assertThat(rapportNotifie.get("favorables").asLong()).isEqualTo(rapportAvant.get("favorables").asLong() + 1);
        assertThat(rapportNotifie.get("enCours").asLong()).isEqualTo(rapportAvant.get("enCours").asLong() - 1);
        serveurCourriel.purgeEmailFromAllMailboxes();

        String pleniere = pleniere("2024-06-24");
        JsonNode point = point(ordreDuJour(pleniere), dossier);
        assertThat(point.get("nature").asText()).isEqualTo("VALIDATION");
        assertThat(point.get("origine").asText()).isEqualTo(CSEF + " du 28/05/2024");
        Api.Reponse refus = api.post("coordinateur", "/api/seances/" + pleniere + "/ratifications",
                Map.of("dossierId", dossier, "ratifiee", false, "motivation", MOTIF_VALIDATION, "pour", 4,
                        "contre", 1, "abstentions", 0));
        assertThat(refus.status()).as(refus.corps()).isEqualTo(200);
        assertThat(dossier(dossier).get("statut").asText()).as("nothing moves before the closure")
                .isEqualTo("NOTIFIE");
        Instant avantCloture = Instant.now();
        cloturer(pleniere);
        travaux.executerEnAttente();

        JsonNode rouvert = dossier(dossier);
        assertThat(rouvert.get("statut").asText()).isEqualTo("PRET_POUR_SEANCE");
        assertThat(rouvert.get("decision").isNull()).isTrue();
        JsonNode entree = historique(rouvert, "Validation refusée par l'Instance plénière du 24/06/2024");
        assertThat(entree.get("evenement").asText()).contains("avis « Favorable » (" + CSEF + " du 28/05/2024) retiré",
                "Motif : " + MOTIF_VALIDATION.replaceAll("\\.$", ""),
                "Vote sur le refus de valider : 4 voix pour le refus, 1 contre, 0 abstention.",
                "Lettre de retrait à : Métallerie Mosane SRL (courriel à secretariat@m-tallerie-mosane-srl.be), "
                        + "SPW Économie, Emploi, Recherche - Direction des Programmes régionaux de l'Emploi (courriel "
                        + "à credit-adaptation@administration.example.be).");
        assertThat(entree.get("utilisateur").asText()).isEqualTo("coordinateur");
        assertThat(Instant.parse(entree.get("date").asText())).isAfterOrEqualTo(avantCloture.truncatedTo(
                ChronoUnit.SECONDS));

        List<DocumentView> lettres = documents.liste(Long.parseLong(dossier)).stream()
                .filter(d -> d.nom().startsWith("Retrait de l'avis")).toList();
        assertThat(lettres).hasSize(2);
        for (DocumentView lettre : lettres) {
            assertThat(TextePdf.de(documents.lire(Long.parseLong(dossier), lettre.id()).octets())
                    .replaceAll("\\s+", " ")).contains(reference, "La CSEF avait rendu le 28 mai 2024 l'avis suivant "
                            + "sur cette demande", "Favorable", "L'Instance plénière a refusé, en sa séance du 24 "
                            + "juin 2024, de valider cette décision", MOTIF_VALIDATION, "Cet avis est dès lors retiré");
        }
        MimeMessage[] retraits = serveurCourriel.getReceivedMessages();
        assertThat(Arrays.stream(retraits).map(ValidationEtRatificationIT::destinataire))
                .containsExactlyInAnyOrder("secretariat@m-tallerie-mosane-srl.be", "credit-adaptation@administration.example.be");
        assertThat(retraits).allSatisfy(m -> {
            assertThat(m.getSubject()).isEqualTo("Retrait de l'avis sur la demande " + reference);
            assertThat(GreenMailUtil.getBody(m)).contains("application/pdf");
        });
        assertThat(envois(dossier, "RETRAIT_AVIS")).containsExactlyInAnyOrder(
                "secretariat@m-tallerie-mosane-srl.be ENVOYE", "credit-adaptation@administration.example.be ENVOYE");

        JsonNode journal = api.get("coordinateur", "/api/dossiers/" + dossier + "/journal").json();
        assertThat(journal.toString()).contains("Validation refusée par l'Instance plénière du 24/06/2024",
                MOTIF_VALIDATION.replaceAll("\\.$", ""));
        assertThat(journal.findParents("objet")).anySatisfy(e -> {
            assertThat(e.get("objet").asText()).isEqualTo("Dossier");
            assertThat(e.path("apres").toString()).contains("PRET_POUR_SEANCE");
            assertThat(e.get("utilisateur").asText()).isEqualTo("coordinateur");
        });

        JsonNode rapport = type(api.get("coordinateur", "/api/rapports/activite?annee=2024").json(),
                "CREDIT_ADAPTATION");
        assertThat(rapport.get("enCours").asLong()).as("counted « en cours », not favorable")
                .isEqualTo(rapportAvant.get("enCours").asLong());
        assertThat(rapport.get("favorables").asLong()).isEqualTo(rapportAvant.get("favorables").asLong());

        serveurCourriel.purgeEmailFromAllMailboxes();
        seance("CSEF", "2024-09-24", dossier, "FAVORABLE_AVEC_RECOMMANDATION");
        travaux.executerEnAttente();
        JsonNode redelibere = dossier(dossier);
        assertThat(redelibere.get("statut").asText()).isEqualTo("NOTIFIE");
        assertThat(redelibere.get("decision").asText()).isEqualTo("FAVORABLE_AVEC_RECOMMANDATION");
        assertThat(courrielsDe(reference)).as("the new avis, notified again to both")
                .containsExactlyInAnyOrder("secretariat@m-tallerie-mosane-srl.be", "credit-adaptation@administration.example.be");
        assertThat(attendLaPleniere(dossier)).as("the new avis waits for its own validation").isTrue();
        assertThat(type(api.get("coordinateur", "/api/rapports/activite?annee=2024").json(), "CREDIT_ADAPTATION")
                .get("favorables").asLong()).isEqualTo(rapportAvant.get("favorables").asLong() + 1);
    }

    @Test
    void a_pole_avis_whose_validation_the_pleniere_refuses_is_withdrawn_from_its_applicant() throws Exception {
        PolesDeTest.PoleReuni pole = polesDeTest.reuni(LocalDate.of(2024, 5, 21));
        String dossier = taches.pretPourSeance(Demandes.poleOpportunite(pole.poleId()));
        String reference = dossier(dossier).get("reference").asText();
        assertThat(dossier(dossier).get("chambre").isNull()).as("no chambre: the pôle decides").isTrue();
        avisDuPole(dossier, pole, "FAVORABLE");
        travaux.executerEnAttente();
        assertThat(courrielsDe(reference)).containsExactly(DEMANDEUR_POLE);
        assertThat(attendLaPleniere(dossier)).as("the pôle's avis waits for its validation").isTrue();
        serveurCourriel.purgeEmailFromAllMailboxes();

        String pleniere = pleniere("2024-06-24");
        JsonNode point = point(ordreDuJour(pleniere), dossier);
        assertThat(point.get("nature").asText()).isEqualTo("VALIDATION");
        assertThat(point.get("origine").asText()).isEqualTo(pole.nom() + ", réunion du 21/05/2024");
        Api.Reponse refus = api.post("coordinateur", "/api/seances/" + pleniere + "/ratifications",
                Map.of("dossierId", dossier, "ratifiee", false, "motivation", MOTIF_RATIFICATION));
        assertThat(refus.status()).as(refus.corps()).isEqualTo(200);
        cloturer(pleniere);
        travaux.executerEnAttente();

        JsonNode rouvert = dossier(dossier);
        assertThat(rouvert.get("statut").asText()).isEqualTo("PRET_POUR_SEANCE");
        assertThat(rouvert.get("decision").isNull()).isTrue();
        JsonNode entree = historique(rouvert, "Validation refusée par l'Instance plénière du 24/06/2024");
        assertThat(entree.get("evenement").asText()).contains("(" + pole.nom() + ", réunion du 21/05/2024) retiré",
                "Décision prise par consensus.", "Lettre de retrait à : Cluster TWIST");

        List<DocumentView> lettres = documents.liste(Long.parseLong(dossier)).stream()
                .filter(d -> d.nom().startsWith("Retrait de l'avis")).toList();
        assertThat(lettres).hasSize(1);
        assertThat(TextePdf.de(documents.lire(Long.parseLong(dossier), lettres.get(0).id()).octets())
                .replaceAll("\\s+", " ")).contains("Le pôle de synergies"
                        + pole.nom().substring("Pôle de synergies".length()) + " avait rendu le 21 mai 2024 l'avis suivant",
                        "L'Instance plénière a refusé, en sa séance du 24 juin 2024, de valider cette décision",
                        MOTIF_RATIFICATION, "Cet avis est dès lors retiré");
        assertThat(Arrays.stream(serveurCourriel.getReceivedMessages()).map(ValidationEtRatificationIT::destinataire))
                .containsExactly(DEMANDEUR_POLE);
        assertThat(envois(dossier, "RETRAIT_AVIS")).containsExactly(DEMANDEUR_POLE + " ENVOYE");

        avisDuPole(dossier, pole, "DEFAVORABLE");
        travaux.executerEnAttente();
        assertThat(dossier(dossier).get("decision").asText()).isEqualTo("DEFAVORABLE");
        assertThat(attendLaPleniere(dossier)).isTrue();
    }

    @Test
    void validations_and_ratifications_confirmed_en_bloc_end_the_processes_with_the_avis_standing() {
        JsonNode avant = api.get("coordinateur", "/api/rapports/activite?annee=2024").json();
        String cisp = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        String credit = taches.pretPourSeance(Demandes.creditAdaptation());
        String pole = taches.pretPourSeance(Demandes.poleOpportunite());
        String urgent = taches.pretPourSeance(Demandes.epsForem());
        seance("CSEF", "2024-05-28", cisp, "FAVORABLE");
        seance("CSEF", "2024-06-18", credit, "DEFAVORABLE");
        avisDuPole(pole, polesDeTest.reuni(LocalDate.of(2024, 5, 27)), "FAVORABLE");
        decideEnUrgence(urgent, "2024-06-03");
        travaux.executerEnAttente();
        List.of(cisp, credit, pole, urgent).forEach(d -> assertThat(attendLaPleniere(d)).isTrue());

        String pleniere = pleniere("2024-09-09");
        ordreDuJour(pleniere);
        Api.Reponse enBloc = api.post("coordinateur", "/api/seances/" + pleniere + "/ratifications/en-bloc",
                Map.of("dossierIds", List.of(cisp, credit, pole, urgent)));
        assertThat(enBloc.status()).as(enBloc.corps()).isEqualTo(200);
        List.of(cisp, credit, pole, urgent).forEach(d -> assertThat(attendLaPleniere(d))
                .as("nothing moves before the closure").isTrue());
        JsonNode avantCloture = api.get("coordinateur", "/api/rapports/activite?annee=2024").json();
        cloturer(pleniere);
        travaux.executerEnAttente();

        for (String dossier : List.of(cisp, credit, pole, urgent)) {
            assertThat(processusEnCours(dossier)).as("process of dossier " + dossier + " ended").isEmpty();
            assertThat(finiConfirme(dossier)).as("ended as confirmed by the plénière").isTrue();
            assertThat(dossier(dossier).get("statut").asText()).isEqualTo("NOTIFIE");
            assertThat(envois(dossier, "RETRAIT_AVIS")).isEmpty();
        }
        assertThat(dossier(cisp).get("decision").asText()).isEqualTo("FAVORABLE");
        assertThat(dossier(credit).get("decision").asText()).isEqualTo("DEFAVORABLE");
        assertThat(dossier(pole).get("decision").asText()).isEqualTo("FAVORABLE");
        assertThat(dossier(urgent).get("decision").asText()).isEqualTo("FAVORABLE");
        JsonNode apres = api.get("coordinateur", "/api/rapports/activite?annee=2024").json();
        assertThat(apres).as("confirmed, the avis stand as they were counted").isEqualTo(avantCloture);
        assertThat(type(apres, "CISP_AGREMENT").get("favorables").asLong())
                .isEqualTo(type(avant, "CISP_AGREMENT").get("favorables").asLong() + 1);
        assertThat(type(apres, "CREDIT_ADAPTATION").get("defavorables").asLong())
                .isEqualTo(type(avant, "CREDIT_ADAPTATION").get("defavorables").asLong() + 1);
        assertThat(type(apres, "POLE_OPPORTUNITE").get("favorables").asLong())
                .isEqualTo(type(avant, "POLE_OPPORTUNITE").get("favorables").asLong() + 1);
        JsonNode seance = api.get("coordinateur", "/api/seances/" + pleniere).json();
        assertThat(point(seance, cisp).get("statut").asText()).isEqualTo("VALIDE");
        assertThat(point(seance, credit).get("statut").asText()).isEqualTo("VALIDE");
        assertThat(point(seance, pole).get("statut").asText()).isEqualTo("VALIDE");
        assertThat(point(seance, urgent).get("statut").asText()).isEqualTo("RATIFIE");
    }

    /**
     * An equal split on a decision submitted to the plénière: the decision lacks the majority its confirmation needs,
     * so the refusal is what is recorded, and the PV and history say the votes were split. A confirmation needs more
     * votes for than against; a refusal with more votes against it is the confirmation voted, and refused as a refusal.
     */
    @Test
    void an_equal_split_refuses_the_confirmation_and_says_so_a_confirmation_needs_a_majority() {
        String dossier = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        seance("CSEF", "2024-05-28", dossier, "FAVORABLE");
        travaux.executerEnAttente();
        String pleniere = pleniere("2024-06-24");
        assertThat(point(ordreDuJour(pleniere), dossier).get("statut").asText()).isEqualTo("INSCRIT");

        Api.Reponse confirmationPartagee = api.post("coordinateur", "/api/seances/" + pleniere + "/ratifications",
                Map.of("dossierId", dossier, "ratifiee", true, "pour", 2, "contre", 2, "abstentions", 1));
        assertThat(confirmationPartagee.status()).isEqualTo(400);
        Api.Reponse refusMinoritaire = api.post("coordinateur", "/api/seances/" + pleniere + "/ratifications",
                Map.of("dossierId", dossier, "ratifiee", false, "motivation", MOTIF_VALIDATION, "pour", 1,
                        "contre", 3, "abstentions", 1));
        assertThat(refusMinoritaire.status()).isEqualTo(400);
        assertThat(refusMinoritaire.json().get("erreurs").get(0).get("message").asText())
                .contains("1 pour le refus, 3 contre", "c'est la confirmation qui est votée");

        Api.Reponse refusPartage = api.post("coordinateur", "/api/seances/" + pleniere + "/ratifications",
                Map.of("dossierId", dossier, "ratifiee", false, "motivation", MOTIF_VALIDATION, "pour", 2,
                        "contre", 2, "abstentions", 1));
        assertThat(refusPartage.status()).as(refusPartage.corps()).isEqualTo(200);
        String partage = "Vote sur le refus de valider : 2 voix pour le refus, 2 contre, 1 abstention. Partage des "
                + "voix : la validation n'obtient pas la majorité.";
        assertThat(refusPartage.json().get("recitVote").asText()).isEqualTo(partage);
        cloturer(pleniere);
        travaux.executerEnAttente();

        assertThat(point(api.get("coordinateur", "/api/seances/" + pleniere).json(), dossier).get("statut").asText())
                .isEqualTo("NON_VALIDE");
        assertThat(historique(dossier(dossier), "Validation refusée par l'Instance plénière du 24/06/2024")
                .get("evenement").asText()).contains(partage);
    }

    @Test
    void a_point_the_pleniere_does_not_examine_goes_to_the_next_one_and_the_process_keeps_waiting() {
        String dossier = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        seance("CSEF", "2024-05-28", dossier, "FAVORABLE");
        travaux.executerEnAttente();

        String premiere = pleniere("2024-06-24");
        assertThat(point(ordreDuJour(premiere), dossier).get("statut").asText()).isEqualTo("INSCRIT");
        cloturer(premiere);
        travaux.executerEnAttente();

        assertThat(point(api.get("coordinateur", "/api/seances/" + premiere).json(), dossier).get("statut").asText())
                .isEqualTo("NON_EXAMINE");
        assertThat(attendLaPleniere(dossier)).as("the process keeps waiting").isTrue();
        assertThat(dossier(dossier).get("statut").asText()).isEqualTo("NOTIFIE");
        assertThat(dossier(dossier).get("decision").asText()).isEqualTo("FAVORABLE");

        String seconde = pleniere("2024-09-09");
        JsonNode reporte = point(ordreDuJour(seconde), dossier);
        assertThat(reporte.get("nature").asText()).isEqualTo("VALIDATION");
        assertThat(reporte.get("statut").asText()).isEqualTo("INSCRIT");
        Api.Reponse valide = api.post("coordinateur", "/api/seances/" + seconde + "/ratifications",
                Map.of("dossierId", dossier, "ratifiee", true));
        assertThat(valide.status()).as(valide.corps()).isEqualTo(200);
        cloturer(seconde);
        travaux.executerEnAttente();

        assertThat(processusEnCours(dossier)).isEmpty();
        assertThat(finiConfirme(dossier)).isTrue();
        assertThat(dossier(dossier).get("decision").asText()).isEqualTo("FAVORABLE");
    }

    /** A séance of {@code chambre} on {@code date}, every member present, which decides the dossier and is closed. */
    private String seance(String chambre, String date, String dossier, String decision) {
        String seance = seances.creer(chambre, date, seances.membres(chambre, date)).get("id").asText();
        Api.Reponse ajout = api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "");
        assertThat(ajout.status()).as(ajout.corps()).isEqualTo(200);
        Map<String, Object> extra = new HashMap<>();
        if (decision.equals("FAVORABLE_AVEC_RECOMMANDATION")) {
            extra.put("recommandation", "Associer un centre de compétence.");
        }
        Api.Reponse deliberation = seances.deliberer(seance, dossier, decision, extra);
        assertThat(deliberation.status()).as(deliberation.corps()).isEqualTo(200);
        cloturer(seance);
        return seance;
    }

    /** The coordination records the avis the pôle gave by consensus in its meeting. */
    private void avisDuPole(String dossier, PolesDeTest.PoleReuni pole, String decision) {
        Api.Reponse avis = api.post("coordinateur", "/api/dossiers/" + dossier + "/avis-du-pole", Map.of("reunionId",
                pole.reunionId(), "decision", decision, "motivation", "Impact favorable sur l'emploi du bassin."));
        assertThat(avis.status()).as(avis.corps()).isEqualTo(200);
    }

    /** An urgent measure of the Bureau on {@code date}, its members with a mandate that day taking part. */
    private void decideEnUrgence(String dossier, String date) {
        Api.Reponse urgence = api.post("coordinateur", "/api/dossiers/" + dossier + "/procedure-urgente",
                Map.of("decision", "FAVORABLE", "motivation", "Conforme aux critères.", "date", date,
                        "justification", "Le FOREM statue le 5 juin.", "membresPresents",
                        seances.membres("BUREAU", date)));
        assertThat(urgence.status()).as(urgence.corps()).isEqualTo(200);
    }

    private String pleniere(String date) {
        return seances.creer("INSTANCE_PLENIERE", date, seances.membres("INSTANCE_PLENIERE", date)).get("id")
                .asText();
    }

    private JsonNode ordreDuJour(String seance) {
        Api.Reponse agenda = api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour", "");
        assertThat(agenda.status()).as(agenda.corps()).isEqualTo(200);
        return agenda.json();
    }

    private void cloturer(String seance) {
        Api.Reponse cloture = api.post("coordinateur", "/api/seances/" + seance + "/cloture", "");
        assertThat(cloture.status()).as(cloture.corps()).isEqualTo(200);
    }

    private JsonNode dossier(String id) {
        return api.get("coordinateur", "/api/dossiers/" + id).json();
    }

    private static JsonNode historique(JsonNode dossier, String debut) {
        return dossier.get("historique").findParents("evenement").stream()
                .filter(h -> h.get("evenement").asText().startsWith(debut)).findFirst()
                .orElseThrow(() -> new AssertionError("pas d'entrée « " + debut + " » : " + dossier.get("historique")));
    }

    /** The dossier's {@code envois} of that nature, as "recipient status". */
    private List<String> envois(String dossier, String nature) {
        return api.get("coordinateur", "/api/dossiers/" + dossier + "/envois").json().findParents("nature").stream()
                .filter(e -> e.get("nature").asText().equals(nature))
                .map(e -> e.get("destinataire").asText() + " " + e.get("statut").asText()).toList();
    }

    private List<String> courrielsDe(String reference) throws MessagingException {
        return Arrays.stream(serveurCourriel.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(reference);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(ValidationEtRatificationIT::destinataire).toList();
    }

    /** Looking at the engine: the dossier's decision process waits at Task_AttendrePleniere. */
    private boolean attendLaPleniere(String dossier) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(dossier)
                .activityId("Task_AttendrePleniere").count() == 1;
    }

    private List<ProcessInstance> processusEnCours(String dossier) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dossier).list();
    }

    private boolean finiConfirme(String dossier) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossier).list().stream()
                .anyMatch(p -> historyService.createHistoricActivityInstanceQuery().processInstanceId(p.getId())
                        .activityId("EndEvent_AvisConfirme").finished().count() == 1);
    }

    private static JsonNode point(JsonNode seance, String dossier) {
        return seance.get("points").findParents("dossierId").stream()
                .filter(p -> p.get("dossierId").asText().equals(dossier)).findFirst()
                .orElseThrow(() -> new AssertionError("dossier " + dossier + " absent de l'ordre du jour"));
    }

    private static JsonNode type(JsonNode rapport, String type) {
        return rapport.get("types").findParents("type").stream()
                .filter(t -> t.get("type").asText().equals(type)).findFirst().orElseThrow();
    }

    private static String destinataire(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
