package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.support.AdministrationsDuBassin;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.TexteCourriel;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Huy-Waremme's Bureau decides a dossier in urgency twice, its Instance plénière refusing the first measure and
 * ratifying the second: each ratification point names its own measure (not the dossier's latest), a plénière takes
 * only the decisions taken by its own date, and the procès-verbal, the withdrawal letter, its e-mail and the dossier's
 * history speak of Huy-Waremme's bodies by Huy-Waremme's names, and say what the plénière's votes were for.
 */
@AvisIntegrationTest
class PleniereDuBassinIT {

    static final List<String> BUREAU_HUY = List.of("membrehuy1", "membrehuy3", "membrehuy4");
    static final String BUREAU_HUY_LIBELLE = "Bureau de l'Instance Bassin EFE de Huy-Waremme";
    static final String MOTIF = "La Chambre Emploi Formation devait être consultée.";

    @LocalServerPort
    int port;

    @Autowired
    GreenMail serveurCourriel;

    @Autowired
    Travaux travaux;

    @Autowired
    DocumentService documents;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void client() throws Exception {
        api = new Api(port);
        // the product names no administration: Huy's coordination has entered the one that receives its avis
        AdministrationsDuBassin.nommer(api, "HUY", "CREDIT_ADAPTATION",
                "SPW Économie, Emploi, Recherche - Direction des Programmes régionaux de l'Emploi", null,
                "credit-adaptation-huy@administration.example.be");
        travaux.executerEnAttente();
        serveurCourriel.purgeEmailFromAllMailboxes();
    }

    @Test
    void huy_s_pleniere_refuses_one_urgent_measure_and_ratifies_the_next_each_named_in_huy_s_own_words()
            throws Exception {
        String dossier = new Taches(api, travaux).pretPourSeance(Demandes.creditAdaptation(), "coordhuy",
                "analystehuy");
        String reference = dossier(dossier).get("reference").asText();
        decideEnUrgence(dossier, "2024-06-03");
        travaux.executerEnAttente();
        serveurCourriel.purgeEmailFromAllMailboxes();

        String premiere = pleniere("2024-06-24");
        JsonNode aRatifier = point(ordreDuJour(premiere), dossier);
        assertThat(aRatifier.get("origine").asText()).isEqualTo(BUREAU_HUY_LIBELLE + " du 03/06/2024");
        Api.Reponse refus = api.post("coordhuy", "/api/seances/" + premiere + "/ratifications", Map.of("dossierId",
                dossier, "ratifiee", false, "motivation", MOTIF, "pour", 4, "contre", 1, "abstentions", 0));
        assertThat(refus.status()).as(refus.corps()).isEqualTo(200);
        cloturer(premiere);
        travaux.executerEnAttente();

        String vote = "Vote sur le refus de ratifier : 4 voix pour le refus, 1 contre, 0 abstention.";
        String recit = dossier(dossier).get("historique").findValuesAsText("evenement").stream()
                .filter(e -> e.startsWith("Ratification refusée par l'Instance plénière du 24/06/2024")).findFirst()
                .orElseThrow();
        assertThat(recit).contains("(mesure urgente du " + BUREAU_HUY_LIBELLE + " du 03/06/2024)", vote)
                .doesNotContain("Liège");
        assertThat(procesVerbal(premiere)).contains(
                "Ratification de la mesure urgente prise par le " + BUREAU_HUY_LIBELLE + " le 03/06/2024 : Favorable",
                "Ratification refusée : " + MOTIF, vote).doesNotContainIgnoringCase("Liège");
        List<DocumentView> lettres = documents.liste(Long.parseLong(dossier)).stream()
                .filter(d -> d.nom().startsWith("Retrait de l'avis")).toList();
        assertThat(lettres).hasSize(2);
        for (DocumentView lettre : lettres) {
            assertThat(texte(documents.lire(Long.parseLong(dossier), lettre.id()).octets())).contains(
                    "Le " + BUREAU_HUY_LIBELLE + " avait pris le 3 juin 2024, en procédure d'urgence et sous réserve "
                            + "de ratification par l'Instance plénière",
                    "L'Instance plénière a refusé, en sa séance du 24 juin 2024, de ratifier cette décision", MOTIF,
                    "Instance Bassin Enseignement qualifiant - Formation - Emploi de Huy-Waremme")
                    .doesNotContainIgnoringCase("Liège");
        }
        List<String> courriels = Arrays.stream(serveurCourriel.getReceivedMessages())
                .filter(m -> sujet(m).equals("Retrait de l'avis sur la demande " + reference))
                .map(m -> TexteCourriel.de(m).replaceAll("\\s+", " ")).toList();
        assertThat(courriels).hasSize(2).allSatisfy(texte -> assertThat(texte).contains(
                "est retiré : l'Instance plénière a refusé, en sa séance du 24 juin 2024, de le ratifier.",
                "Instance Bassin Enseignement qualifiant - Formation - Emploi de Huy-Waremme")
                .doesNotContainIgnoringCase("Liège"));

        decideEnUrgence(dossier, "2024-07-10");
        travaux.executerEnAttente();
        assertThat(point(api.get("coordhuy", "/api/seances/" + premiere).json(), dossier).get("origine").asText())
                .as("the refused point keeps its own measure, not the dossier's latest")
                .isEqualTo(BUREAU_HUY_LIBELLE + " du 03/06/2024");
        assertThat(procesVerbal(premiere)).contains("prise par le " + BUREAU_HUY_LIBELLE + " le 03/06/2024")
                .doesNotContain("10/07/2024");

        String avantLaMesure = pleniere("2024-07-01");
        assertThat(points(ordreDuJour(avantLaMesure), dossier))
                .as("a measure taken after the plénière's day waits for the next one").isEmpty();
        cloturer(avantLaMesure);

        String suivante = pleniere("2024-07-15");
        JsonNode aRatifierEnsuite = point(ordreDuJour(suivante), dossier);
        assertThat(aRatifierEnsuite.get("statut").asText()).isEqualTo("INSCRIT");
        assertThat(aRatifierEnsuite.get("origine").asText()).isEqualTo(BUREAU_HUY_LIBELLE + " du 10/07/2024");
        Api.Reponse ratification = api.post("coordhuy", "/api/seances/" + suivante + "/ratifications",
                Map.of("dossierId", dossier, "ratifiee", true, "pour", 5, "contre", 0, "abstentions", 0));
        assertThat(ratification.status()).as(ratification.corps()).isEqualTo(200);
        assertThat(ratification.json().get("recitVote").asText())
                .isEqualTo("Vote sur la ratification : 5 voix pour la ratification, 0 contre, 0 abstention.");
        cloturer(suivante);
        assertThat(procesVerbal(suivante)).contains(
                "Ratification de la mesure urgente prise par le " + BUREAU_HUY_LIBELLE + " le 10/07/2024",
                "Décision ratifiée.",
                "Vote sur la ratification : 5 voix pour la ratification, 0 contre, 0 abstention.");
    }

    /**
     * A ratification point older than the link to its measure (V24 left it without one when the dossier had several):
     * the withdrawal letter still names the Bureau, as the bassin does, and says no day it does not know.
     */
    @Test
    void a_refused_point_whose_measure_is_not_known_is_withdrawn_in_the_bureau_s_name_without_a_guessed_day()
            throws Exception {
        String dossier = new Taches(api, travaux).pretPourSeance(Demandes.creditAdaptation(), "coordhuy",
                "analystehuy");
        decideEnUrgence(dossier, "2024-09-02");
        travaux.executerEnAttente();
        String pleniere = pleniere("2024-09-16");
        assertThat(points(ordreDuJour(pleniere), dossier)).hasSize(1);
        jdbc.update("update point_ordre_du_jour set mesure_urgente_id = null where dossier_id = ? and seance_id = ?",
                Long.parseLong(dossier), Long.parseLong(pleniere));
        Api.Reponse refus = api.post("coordhuy", "/api/seances/" + pleniere + "/ratifications", Map.of("dossierId",
                dossier, "ratifiee", false, "motivation", MOTIF, "pour", 4, "contre", 1, "abstentions", 0));
        assertThat(refus.status()).as(refus.corps()).isEqualTo(200);
        cloturer(pleniere);
        travaux.executerEnAttente();

        List<DocumentView> lettres = documents.liste(Long.parseLong(dossier)).stream()
                .filter(d -> d.nom().startsWith("Retrait de l'avis")).toList();
        assertThat(lettres).isNotEmpty();
        for (DocumentView lettre : lettres) {
            assertThat(texte(documents.lire(Long.parseLong(dossier), lettre.id()).octets()))
                    .contains("Le " + BUREAU_HUY_LIBELLE + " avait rendu l'avis suivant sur cette demande",
                            "L'Instance plénière a refusé, en sa séance du 16 septembre 2024, de ratifier")
                    .doesNotContain("null").doesNotContain("avait rendu le ").doesNotContainIgnoringCase("Liège");
        }
    }

    private void decideEnUrgence(String dossier, String date) {
        Api.Reponse urgence = api.post("coordhuy", "/api/dossiers/" + dossier + "/procedure-urgente",
                Map.of("decision", "FAVORABLE", "motivation", "Conforme aux critères.", "date", date,
                        "justification", "Le SPW statue dans la semaine.", "membresPresents", BUREAU_HUY));
        assertThat(urgence.status()).as(urgence.corps()).isEqualTo(200);
    }

    /** A plénière of Huy-Waremme with all its members present. */
    private String pleniere(String date) {
        List<String> membres = api.get("coordhuy", "/api/mandats?chambre=INSTANCE_PLENIERE&date=" + date).json()
                .findValuesAsText("membre");
        Api.Reponse creee = api.post("coordhuy", "/api/seances", Map.of("chambre", "INSTANCE_PLENIERE", "date", date,
                "lieu", "Huy", "membresPresents", membres));
        assertThat(creee.status()).as(creee.corps()).isEqualTo(201);
        assertThat(creee.json().get("bassin").asText()).isEqualTo("HUY");
        return creee.json().get("id").asText();
    }

    private JsonNode ordreDuJour(String seance) {
        Api.Reponse reponse = api.post("coordhuy", "/api/seances/" + seance + "/ordre-du-jour", "");
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(200);
        return reponse.json();
    }

    private void cloturer(String seance) {
        Api.Reponse cloture = api.post("coordhuy", "/api/seances/" + seance + "/cloture", "");
        assertThat(cloture.status()).as(cloture.corps()).isEqualTo(200);
    }

    private String procesVerbal(String seance) {
        var pv = api.telecharger("coordhuy", "/api/seances/" + seance + "/proces-verbal?format=pdf");
        assertThat(pv.statusCode()).isEqualTo(200);
        return texte(pv.body());
    }

    /** The text as the eye reads it: a line may break after the hyphen of « Huy-Waremme ». */
    private static String texte(byte[] pdf) {
        return TextePdf.de(pdf).replaceAll("(?<=\\S)- ", "-");
    }

    private static List<JsonNode> points(JsonNode seance, String dossier) {
        return seance.get("points").findParents("dossierId").stream()
                .filter(p -> p.get("dossierId").asText().equals(dossier)).toList();
    }

    private static JsonNode point(JsonNode seance, String dossier) {
        return points(seance, dossier).stream().findFirst().orElseThrow();
    }

    private JsonNode dossier(String id) {
        return api.get("coordhuy", "/api/dossiers/" + id).json();
    }

    private static String sujet(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
