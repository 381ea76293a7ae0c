package be.ibefe.avis.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.SessionPages;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every documented length accepted at its limit and refused one character above, through the API, and nothing
 * accepted breaks a later step (a séance with a deliberation at the maximum closes); and the edges of what the
 * requests may carry: lone surrogates, duplicate keys, coerced values, broken or huge uploads, letter templates that
 * reach out, return addresses with line breaks, the journal of another bassin.
 */
@AvisIntegrationTest
class LimitesIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

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
    void missing_and_received_pieces_are_accepted_at_4000_characters_and_refused_above() {
        String dossier = nouveauDossier();
        String verifier = taches.completer("analyste", dossier, "Task_VerifierRecevabilite");
        refuse(api.post("analyste", verifier, Map.of("complet", false, "piecesManquantes", texte(4001))),
                "piecesManquantes");

        taches.terminer("analyste", dossier, "Task_VerifierRecevabilite",
                Map.of("complet", false, "piecesManquantes", texte(4000)));

        JsonNode incomplet = dossier(dossier);
        assertThat(incomplet.get("statut").asText()).isEqualTo("INCOMPLET");
        assertThat(incomplet.get("piecesManquantes").asText()).hasSize(4000);
        String receptionner = taches.completer("analyste", dossier, "Task_ReceptionnerPieces");
        refuse(api.post("analyste", receptionner, Map.of("piecesRecues", texte(4001))), "piecesRecues");
        taches.terminer("analyste", dossier, "Task_ReceptionnerPieces", Map.of("piecesRecues", texte(4000)));
        assertThat(dossier(dossier).get("statut").asText()).isEqualTo("RECU");
    }

    @Test
    void a_derogation_an_analysis_and_a_deliberation_at_their_maxima_go_through_to_the_notification() {
        String dossier = nouveauDossier();
        taches.terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));
        String derogation = "/api/dossiers/" + dossier + "/eligibilite/CISP_NATURE/derogation";
        refuse(api.post("analyste", derogation, Map.of("resultat", "OK", "motivation", texte(4001))), "motivation");
        Api.Reponse deroge = api.post("analyste", derogation, Map.of("resultat", "OK", "motivation", texte(4000)));
        assertThat(deroge.status()).as(deroge.corps()).isEqualTo(200);

        String analyser = taches.completer("analyste", dossier, "Task_AnalyserDossier");
        refuse(api.post("analyste", analyser, Map.of("propositionAvis", "FAVORABLE", "motivation", texte(8001))),
                "motivation");
        taches.terminer("analyste", dossier, "Task_AnalyserDossier",
                Map.of("propositionAvis", "FAVORABLE", "motivation", texte(8000)));
        assertThat(dossier(dossier).at("/proposition/motivation").asText()).hasSize(8000);

        String seance = seances.creer("CSEF", "2024-05-28", seances.membres("CSEF", "2024-05-28")).get("id")
                .asText();
        api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "");
        refuse(seances.deliberer(seance, dossier, "FAVORABLE_AVEC_RECOMMANDATION",
                Map.of("motivation", texte(8001), "recommandation", texte(10))), "motivation");
        refuse(seances.deliberer(seance, dossier, "FAVORABLE_AVEC_RECOMMANDATION",
                Map.of("motivation", texte(10), "recommandation", texte(8001))), "recommandation");
        Api.Reponse deliberation = seances.deliberer(seance, dossier, "FAVORABLE_AVEC_RECOMMANDATION",
                Map.of("motivation", texte(8000), "recommandation", texte(8000)));
        assertThat(deliberation.status()).as(deliberation.corps()).isEqualTo(200);

        Api.Reponse cloture = api.post("coordinateur", "/api/seances/" + seance + "/cloture", "");

        assertThat(cloture.status()).as(cloture.corps()).isEqualTo(200);
        JsonNode notifie = dossier(dossier);
        assertThat(notifie.get("statut").asText()).isEqualTo("NOTIFIE");
        assertThat(notifie.at("/deliberation/motivation").asText()).hasSize(8000);
    }

    @Test
    void an_urgent_measure_of_members_with_names_and_functions_at_their_limit_is_told_whole_in_the_history() {
        String jour = "2023-02-01";
        List<String> participants = new ArrayList<>(List.of("membre1", "membre3", "membre4"));
        for (int i = 0; i < 8; i++) {
            String membre = "bureau-limite-" + i;
            Api.Reponse mandat = api.post("coordinateur", "/api/mandats", Map.of("membre", membre, "nom",
                    i + texte(199), "chambre", "BUREAU", "qualite", texte(100), "voixDeliberative", true,
                    "debut", jour, "fin", jour));
            assertThat(mandat.status()).as(mandat.corps()).isEqualTo(201);
            participants.add(membre);
        }
        String dossier = pretPourSeance();

        Api.Reponse decidee = api.post("coordinateur", "/api/dossiers/" + dossier + "/procedure-urgente",
                Map.of("decision", "FAVORABLE", "motivation", texte(8000), "justification", texte(8000), "date", jour,
                        "membresPresents", participants, "pour", 11));

        assertThat(decidee.status()).as(decidee.corps()).isEqualTo(200);
        assertThat(dossier(dossier).get("historique").findValuesAsText("evenement"))
                .anySatisfy(e -> assertThat(e).startsWith("Mesure urgente du Bureau").contains("2" + texte(199))
                        .endsWith(texte(8000)));
    }

    @Test
    void fifty_partners_with_names_at_their_limit_are_evaluated_and_quoted_in_the_criteria() {
        ObjectNode demande = Demandes.aprc();
        ArrayNode partenaires = (ArrayNode) demande.get("donnees").get("partenaires");
        ObjectNode modele = (ObjectNode) partenaires.get(1);
        for (int i = partenaires.size(); i < 50; i++) {
            partenaires.add(modele.deepCopy().put("nom", "%02d".formatted(i) + texte(298)).put("bassin", "Namur"));
        }
        Api.Reponse cree = api.post("coordinateur", "/api/dossiers", demande);
        assertThat(cree.status()).as(cree.corps()).isEqualTo(201);
        String dossier = cree.json().get("id").asText();

        taches.terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));

        JsonNode evalue = dossier(dossier);
        assertThat(evalue.get("statut").asText()).isEqualTo("EN_ANALYSE");
        assertThat(evalue.get("eligibilite").findValuesAsText("explication"))
                .as("the explanation quotes every partner, nothing cut")
                .anySatisfy(e -> assertThat(e).startsWith("Partenaire(s) hors du bassin").contains("49" + texte(298)));
    }

    @Test
    void an_urgent_decision_and_its_refused_ratification_at_8000_characters_go_through() {
        String dossier = pretPourSeance();
        String urgence = "/api/dossiers/" + dossier + "/procedure-urgente";
        List<String> bureau = List.of("membre1", "membre3", "membre4");
        refuse(api.post("membre1", urgence, Map.of("decision", "FAVORABLE", "motivation", texte(10),
                "justification", texte(8001), "membresPresents", bureau)), "justification");
        refuse(api.post("membre1", urgence, Map.of("decision", "FAVORABLE", "motivation", texte(8001),
                "justification", texte(10), "membresPresents", bureau)), "motivation");

        Api.Reponse decidee = api.post("membre1", urgence, Map.of("decision", "FAVORABLE", "motivation", texte(8000),
                "justification", texte(8000), "membresPresents", bureau, "date", "2024-06-03"));

        assertThat(decidee.status()).as(decidee.corps()).isEqualTo(200);
        assertThat(dossier(dossier).get("statut").asText()).isEqualTo("NOTIFIE");
        String pleniere = seances.creer("INSTANCE_PLENIERE", "2024-06-24",
                seances.membres("INSTANCE_PLENIERE", "2024-06-24")).get("id").asText();
        api.post("coordinateur", "/api/seances/" + pleniere + "/ordre-du-jour", "");
        String ratifications = "/api/seances/" + pleniere + "/ratifications";
        refuse(api.post("coordinateur", ratifications, Map.of("dossierId", dossier, "ratifiee", false,
                "motivation", texte(8001))), "motivation");
        Api.Reponse refus = api.post("coordinateur", ratifications, Map.of("dossierId", dossier, "ratifiee", false,
                "motivation", texte(8000)));
        assertThat(refus.status()).as(refus.corps()).isEqualTo(200);
        Api.Reponse cloture = api.post("coordinateur", "/api/seances/" + pleniere + "/cloture", "");
        assertThat(cloture.status()).as(cloture.corps()).isEqualTo(200);
        assertThat(dossier(dossier).get("statut").asText()).isEqualTo("PRET_POUR_SEANCE");
    }

    @Test
    void the_texts_of_a_request_are_accepted_at_their_limit_and_refused_above() {
        Map<String, Integer> limites = Map.of("objet", 2000, "referenceExterne", 200, "demandeur.nom", 300);
        limites.forEach((champ, limite) -> {
            ObjectNode demande = Demandes.cispNouvelleFiliere();
            ObjectNode parent = champ.startsWith("demandeur.") ? (ObjectNode) demande.get("demandeur") : demande;
            String nom = champ.substring(champ.indexOf('.') + 1);
            parent.put(nom, texte(limite + 1));
            refuse(api.post("coordinateur", "/api/dossiers", demande), champ);
            parent.put(nom, UUID.randomUUID() + texte(limite - 36));
            Api.Reponse cree = api.post("coordinateur", "/api/dossiers", demande);
            assertThat(cree.status()).as(champ + " " + cree.corps()).isEqualTo(201);
        });
    }

    @Test
    void a_lone_surrogate_is_refused_so_that_two_references_never_collapse_into_one() {
        String base = "EXT-" + UUID.randomUUID();
        for (String seul : List.of("\\ud800", "\\udc00")) {
            String corps = Api.json(Demandes.cispNouvelleFiliere().put("referenceExterne", "@@"))
                    .replace("\"@@\"", "\"" + base + seul + "\"");
            refuse(api.postBrut("coordinateur", "/api/dossiers", "application/json", corps), "referenceExterne");
        }
        String paire = Api.json(Demandes.cispNouvelleFiliere().put("referenceExterne", "@@"))
                .replace("\"@@\"", "\"" + base + "\\ud83d\\ude00\"");
        assertThat(api.postBrut("coordinateur", "/api/dossiers", "application/json", paire).status()).isEqualTo(201);
    }

    @Test
    void a_broken_upload_is_refused_with_400_and_a_huge_one_with_413_in_french() {
        String documents = "/api/dossiers/" + nouveauDossier() + "/documents";
        Api.Reponse casse = api.postBrut("analyste", documents, "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 tronqué");
        assertThat(casse.status()).as(casse.corps()).isEqualTo(400);
        assertThat(casse.estProbleme()).isTrue();
        assertThat(casse.json().get("detail").asText()).contains("illisible");

        for (int megaoctets : List.of(21, 26)) {
            Api.Reponse enorme = api.postFichier("analyste", documents, "fichier", "gros.pdf",
                    new byte[megaoctets * 1024 * 1024]);
            assertThat(enorme.status()).as(megaoctets + " Mo " + enorme.corps()).isEqualTo(413);
            assertThat(enorme.estProbleme()).as(megaoctets + " Mo " + enorme.corps()).isTrue();
            assertThat(enorme.json().get("detail").asText()).contains("taille maximale");
        }
    }

    @Test
    void a_letter_template_never_makes_the_server_fetch_an_address_and_must_be_xhtml() throws IOException {
        AtomicInteger appels = new AtomicInteger();
        HttpServer serveur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serveur.createContext("/", echange -> {
            appels.incrementAndGet();
            echange.sendResponseHeaders(404, -1);
            echange.close();
        });
        serveur.start();
        String chemin = "/api/admin/modeles-lettres/avis-demandeur";
        String original = api.get("admin", chemin).json().get("contenu").asText();
        try {
            String adresse = "http://127.0.0.1:" + serveur.getAddress().getPort();
            String modele = original.replace("<!DOCTYPE html>", "<!DOCTYPE html SYSTEM \"" + adresse + "/dtd\">")
                    .replace("</body>", "<img src=\"" + adresse + "/image.png\"/>"
                    + "<link rel=\"stylesheet\" href=\"" + adresse + "/style.css\"/>"
                    + "<div style=\"background-image: url('" + adresse + "/fond.png')\">x</div></body>");
            assertThat(modele).isNotEqualTo(original);

            Api.Reponse enregistre = put(chemin, Map.of("contenu", modele));
            String dossier = pretPourSeance();
            api.post("membre1", "/api/dossiers/" + dossier + "/procedure-urgente", Map.of("decision", "FAVORABLE",
                    "motivation", "Conforme.", "justification", "Urgent.",
                    "membresPresents", List.of("membre1", "membre3", "membre4")));

            assertThat(enregistre.status()).as(enregistre.corps()).isLessThan(500);
            assertThat(appels.get()).as("requests the server made to the template's addresses").isZero();
            refuse(put(chemin, Map.of("contenu", "<html><body><p>paragraphe non fermé</body></html>")), "contenu");
        } finally {
            put(chemin, Map.of("contenu", original));
            serveur.stop(0);
        }
    }

    @Test
    void duplicate_keys_coerced_values_and_dates_out_of_range_are_refused_naming_the_field() {
        refuse(api.postBrut("coordinateur", "/api/seances", "application/json",
                "{\"chambre\": \"CSEF\", \"date\": \"2024-05-28\", \"chambre\": \"BUREAU\"}"), "chambre");
        refuse(api.post("coordinateur", "/api/seances", Map.of("chambre", "CSEF", "date", Integer.MAX_VALUE)),
                "date");
        refuse(api.post("coordinateur", "/api/seances", Map.of("chambre", "CSEF", "date", "+5881580-07-11")),
                "date");
        refuse(api.post("coordinateur", "/api/seances", Map.of("chambre", "CSEF", "date", "1999-12-31")), "date");
        refuse(api.post("coordinateur", "/api/seances", Map.of("chambre", "CSEF", "date", "2024-05-28",
                "lieu", 42)), "lieu");
        refuse(api.post("coordinateur", "/api/mandats", Map.of("membre", "m", "nom", "n", "chambre", "CSEF",
                "qualite", "q", "voixDeliberative", true, "debut", "2024-01-01", "fin", "9999-12-31")), "fin");
        ObjectNode demande = Demandes.cispNouvelleFiliere();
        ((ObjectNode) demande.get("donnees").get("filieres").get(0)).put("heures", "1200");
        refuse(api.post("coordinateur", "/api/dossiers", demande), "donnees.filieres[0].heures");
        refuse(seances.deliberer(1, 1, "FAVORABLE", Map.of("pour", 1.5)), "pour");
        refuse(seances.deliberer(1, 1, "FAVORABLE", Map.of("motivation", true)), "motivation");
        refuse(api.post("coordinateur", "/api/seances/1/ratifications", Map.of("dossierId", 1, "ratifiee", 0)),
                "ratifiee");
    }

    @Test
    void a_metier_made_of_no_letter_is_refused_not_stored_twice() {
        String liste = "/api/metiers-prioritaires/2043";
        for (int i = 0; i < 2; i++) {
            refuse(api.post("coordinateur", liste, Map.of("libelle", "*** ---", "action", "CREER")), "libelle");
        }
        refuse(api.postBrut("coordinateur", liste, "application/json", "{\"libelle\": \"(h/f)\", \"action\": \"CREER\"}"),
                "libelle");
    }

    @Test
    void the_journal_gives_entries_without_dossier_no_dossier_and_comments_to_their_bassin_only() {
        String dossier = nouveauDossier();
        String tache = taches.tache("analyste", dossier, "Task_VerifierRecevabilite").get("id").asText();
        SessionPages analyste = new SessionPages(port, "analyste");
        String secret = "Remarque confidentielle " + UUID.randomUUID();
        HttpResponse<String> commentaire = analyste.poster("/taches/" + tache + "/commentaires",
                List.of(Map.entry("commentaire", secret)));
        assertThat(commentaire.statusCode()).as(commentaire.body()).isEqualTo(302);
        seances.creer("CSEF", "2024-05-28", List.of());

        String periode = "/api/journal?depuis=" + LocalDate.now().minusDays(1) + "&jusqua=" + LocalDate.now().plusDays(1);
        JsonNode liege = api.get("coordinateur", periode).json();
        String huy = api.get("coordhuy", periode).corps();

        assertThat(huy).doesNotContain(secret);
        JsonNode entree = StreamSupport.stream(liege.spliterator(), false)
                .filter(e -> e.path("apres").asText().contains(secret)).findFirst().orElseThrow();
        assertThat(entree.get("dossierId").asText()).isEqualTo(dossier);
        assertThat(StreamSupport.stream(liege.spliterator(), false).filter(e -> e.get("objet").asText().equals("Seance")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.get("dossierId").isNull()).as(e.toString()).isTrue());
    }

    @Test
    void a_return_address_with_a_line_break_is_never_followed_and_the_claim_is_told() {
        String dossier = nouveauDossier();
        String tache = taches.tache("analyste", dossier, "Task_VerifierRecevabilite").get("id").asText();
        SessionPages analyste = new SessionPages(port, "analyste");

        HttpResponse<String> prise = analyste.poster("/taches/" + tache + "/prendre",
                List.of(Map.entry("retour", "/taches\r\nSet-Cookie: piege=1")));

        assertThat(prise.statusCode()).as(prise.body()).isEqualTo(302);
        assertThat(prise.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/taches/" + tache));
        assertThat(prise.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("piege"));
        assertThat(taches.tache("analyste", dossier, "Task_VerifierRecevabilite").get("assignee").asText())
                .isEqualTo("analyste");
    }

    private Api.Reponse put(String chemin, Object corps) {
        return api.envoyer(api.requete("admin", chemin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.json(corps), StandardCharsets.UTF_8)));
    }

    private String nouveauDossier() {
        Api.Reponse cree = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere());
        assertThat(cree.status()).as(cree.corps()).isEqualTo(201);
        return cree.json().get("id").asText();
    }

    private String pretPourSeance() {
        String dossier = nouveauDossier();
        taches.terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));
        taches.terminer("analyste", dossier, "Task_AnalyserDossier",
                Map.of("propositionAvis", "FAVORABLE", "motivation", "Conforme."));
        return dossier;
    }

    private JsonNode dossier(String id) {
        return api.get("coordinateur", "/api/dossiers/" + id).json();
    }

    /** A text of exactly {@code longueur} characters, accents included (they count as one). */
    private static String texte(int longueur) {
        return "é".repeat(longueur);
    }

    private static void refuse(Api.Reponse reponse, String champ) {
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(400);
        assertThat(reponse.estProbleme()).as(reponse.corps()).isTrue();
        assertThat(reponse.json().get("erreurs").findValuesAsText("champ")).as(reponse.corps()).contains(champ);
    }
}
