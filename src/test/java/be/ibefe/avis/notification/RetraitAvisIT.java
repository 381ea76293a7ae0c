package be.ibefe.avis.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.support.AdministrationsDuBassin;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.TexteCourriel;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Instance plénière refuses to ratify an urgent measure of the Bureau: the avis is withdrawn, by a letter to
 * everyone who had received it (real SMTP, GreenMail), the dossier waits for a new deliberation, history and journal
 * say who, when and why, and the activity report no longer counts the avis.
 */
@AvisIntegrationTest
class RetraitAvisIT {

    static final List<String> BUREAU = List.of("membre1", "membre3", "membre4");
    static final String MOTIF = "La CSEF devait être consultée sur cette demande.";

    @LocalServerPort
    int port;

    @Autowired
    GreenMail serveurCourriel;

    @Autowired
    Travaux travaux;

    @Autowired
    DocumentService documents;

    Api api;
    Taches taches;
    SeancesApi seances;

    @BeforeEach
    void client() throws Exception {
        api = new Api(port);
        taches = new Taches(api, travaux);
        seances = new SeancesApi(api);
        // the product names no administration: Liège's coordination has entered this one and its address
        AdministrationsDuBassin.nommer(api, "LIE", "CREDIT_ADAPTATION",
                "SPW Économie, Emploi, Recherche - Direction des Programmes régionaux de l'Emploi", null,
                "credit-adaptation@administration.example.be");
        travaux.executerEnAttente();
        serveurCourriel.purgeEmailFromAllMailboxes();
    }

    @Test
    void a_refused_ratification_withdraws_the_avis_by_letter_from_everyone_who_received_it() throws Exception {
        String dossier = taches.pretPourSeance(Demandes.creditAdaptation());
        String reference = dossier(dossier).get("reference").asText();
        decideEnUrgence(dossier);
        travaux.executerEnAttente();
        assertThat(Arrays.stream(serveurCourriel.getReceivedMessages()).map(RetraitAvisIT::destinataire))
                .containsExactlyInAnyOrder("secretariat@m-tallerie-mosane-srl.be", "credit-adaptation@administration.example.be");
        serveurCourriel.purgeEmailFromAllMailboxes();
        JsonNode avant = creditAdaptation(api.get("coordinateur", "/api/rapports/activite?annee=2024").json());
        long notifiesAvant = creditAdaptation(api.get("coordinateur", "/api/rapports/statistiques?annee=2024").json())
                .get("notifies").asLong();

        String pleniere = refuserEnPleniere(dossier);

        JsonNode rouvert = dossier(dossier);
        assertThat(rouvert.get("statut").asText()).isEqualTo("PRET_POUR_SEANCE");
        assertThat(rouvert.get("decision").isNull()).isTrue();
        String recit = rouvert.get("historique").findValuesAsText("evenement").stream()
                .filter(e -> e.startsWith("Ratification refusée par l'Instance plénière du 24/06/2024")).findFirst()
                .orElseThrow();
        assertThat(recit).contains("avis « Favorable » (mesure urgente du Bureau de l'Instance Bassin EFE du "
                        + "03/06/2024) retiré", "Motif : " + MOTIF,
                "Vote sur le refus de ratifier : 4 voix pour le refus, 0 contre, 1 abstention.",
                "Séance clôturée par", "Lettre de retrait à : Métallerie Mosane SRL (courriel à "
                        + "secretariat@m-tallerie-mosane-srl.be), SPW Économie, Emploi, Recherche - Direction des "
                        + "Programmes régionaux de l'Emploi (courriel à credit-adaptation@administration.example.be).");
        JsonNode entree = rouvert.get("historique").findParents("evenement").stream()
                .filter(h -> h.get("evenement").asText().equals(recit)).findFirst().orElseThrow();
        assertThat(entree.toString()).contains("coordinateur");

        List<DocumentView> lettres = documents.liste(Long.parseLong(dossier)).stream()
                .filter(d -> d.nom().startsWith("Retrait de l'avis")).toList();
        assertThat(lettres).extracting(DocumentView::nom).containsExactlyInAnyOrder(
                "Retrait de l'avis %s - Métallerie Mosane SRL.pdf".formatted(reference),
                "Retrait de l'avis %s - SPW Économie, Emploi, Recherche - Direction des Programmes régionaux de l'Emploi.pdf"
                        .formatted(reference));
        String lettre = TextePdf.de(documents.lire(Long.parseLong(dossier), lettres.get(0).id()).octets())
                .replaceAll("\\s+", " ");
        assertThat(lettre).contains("Le Bureau de l'Instance Bassin EFE avait pris le 3 juin 2024, en procédure d'urgence",
                "Favorable", "Conforme aux critères.", "L'Instance plénière a refusé, en sa séance du 24 juin 2024, "
                        + "de ratifier cette décision", MOTIF, "Cet avis est dès lors retiré",
                "La demande sera délibérée à nouveau");

        travaux.executerEnAttente();
        MimeMessage[] retraits = serveurCourriel.getReceivedMessages();
        assertThat(Arrays.stream(retraits).map(RetraitAvisIT::destinataire))
                .containsExactlyInAnyOrder("secretariat@m-tallerie-mosane-srl.be", "credit-adaptation@administration.example.be");
        assertThat(retraits[0].getSubject()).isEqualTo("Retrait de l'avis sur la demande " + reference);
        assertThat(GreenMailUtil.getBody(retraits[0])).contains("application/pdf");
        // the message says, as the letter does, which plénière refused to do what, in the bassin's own name
        assertThat(Arrays.stream(retraits).map(m -> TexteCourriel.de(m).replaceAll("\\s+", " ")))
                .allSatisfy(texte -> assertThat(texte)
                .contains("est retiré : l'Instance plénière a refusé, en sa séance du 24 juin 2024, de le ratifier.",
                        "Instance Bassin Enseignement qualifiant - Formation - Emploi de Liège")
                .doesNotContain("de le ratifier ou de le valider"));
        JsonNode envois = api.get("coordinateur", "/api/dossiers/" + dossier + "/envois").json();
        assertThat(envois.findParents("nature").stream().filter(e -> e.get("nature").asText().equals("RETRAIT_AVIS"))
                .map(e -> e.get("destinataire").asText() + " " + e.get("statut").asText() + " "
                        + e.get("libelle").asText()))
                .containsExactlyInAnyOrder("secretariat@m-tallerie-mosane-srl.be ENVOYE Retrait de l'avis",
                        "credit-adaptation@administration.example.be ENVOYE Retrait de l'avis");

        String journal = api.get("coordinateur", "/api/dossiers/" + dossier + "/journal").json().toString();
        assertThat(journal).contains("Ratification refusée par l'Instance plénière du 24/06/2024", "RETRAIT_AVIS");
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier + "/journal").json().findParents("objet")
                .stream().filter(e -> e.get("objet").asText().equals("Dossier")
                        && e.get("action").asText().equals("MODIFICATION")
                        && e.path("apres").toString().contains("PRET_POUR_SEANCE")))
                .anySatisfy(e -> assertThat(e.get("utilisateur").asText()).isEqualTo("coordinateur"));

        JsonNode apres = creditAdaptation(api.get("coordinateur", "/api/rapports/activite?annee=2024").json());
        assertThat(apres.get("favorables").asLong()).isEqualTo(avant.get("favorables").asLong() - 1);
        assertThat(apres.get("analyses").asLong()).isEqualTo(avant.get("analyses").asLong() - 1);
        assertThat(apres.get("enCours").asLong()).isEqualTo(avant.get("enCours").asLong() + 1);
        assertThat(creditAdaptation(api.get("coordinateur", "/api/rapports/statistiques?annee=2024").json())
                .get("notifies").asLong()).isEqualTo(notifiesAvant - 1);
        assertThat(pleniere).isNotBlank();
    }

    @Test
    void an_avis_sent_by_post_is_withdrawn_by_a_letter_to_post() {
        ObjectNode demande = Demandes.creditAdaptation();
        ((ObjectNode) demande.get("demandeur")).remove("email");
        String dossier = taches.pretPourSeance(demande);
        decideEnUrgence(dossier);
        travaux.executerEnAttente();

        refuserEnPleniere(dossier);
        travaux.executerEnAttente();

        JsonNode envois = api.get("coordinateur", "/api/dossiers/" + dossier + "/envois").json();
        assertThat(envois.findParents("nature").stream().filter(e -> e.get("nature").asText().equals("RETRAIT_AVIS"))
                .map(e -> e.get("destinataire").asText() + " " + e.get("statut").asText()))
                .containsExactlyInAnyOrder("Métallerie Mosane SRL A_POSTER", "credit-adaptation@administration.example.be ENVOYE");
        assertThat(Arrays.stream(serveurCourriel.getReceivedMessages()).map(RetraitAvisIT::destinataire))
                .doesNotContain("secretariat@m-tallerie-mosane-srl.be");
    }

    /**
     * The avis e-mails wait for a mail server that is down when the plénière refuses the measure: nobody has received
     * the avis, so no withdrawal letter is owed, and the waiting e-mails of the withdrawn avis never leave.
     */
    @Test
    void an_avis_withdrawn_before_its_e_mails_left_never_leaves() throws Exception {
        String dossier = taches.pretPourSeance(Demandes.creditAdaptation());
        serveurCourriel.stop();
        Job courriels;
        try {
            decideEnUrgence(dossier);
            courriels = travaux.courriels(dossier).get(0);
            assertThatThrownBy(() -> travaux.executer(courriels)).as("serveur arrêté").isNotNull();
        } finally {
            serveurCourriel.start();
        }

        refuserEnPleniere(dossier);
        List<String> historique = dossier(dossier).get("historique").findValuesAsText("evenement");
        assertThat(historique).anyMatch(e -> e.startsWith("Ratification refusée")
                && e.contains("L'avis n'avait été envoyé à personne : aucune lettre de retrait."));

        travaux.executer(travaux.courriels(dossier).get(0));
        assertThat(serveurCourriel.getReceivedMessages()).as("l'avis retiré ne part pas").isEmpty();
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier + "/envois").json().findValuesAsText("nature"))
                .doesNotContain("AVIS_DEMANDEUR", "TRANSMISSION_ADMINISTRATION");
        assertThat(dossier(dossier).get("historique").findValuesAsText("evenement"))
                .anyMatch(e -> e.startsWith("Envoi annulé : les lettres de l'avis produites le ")
                        && e.endsWith("cet avis a été retiré (ou remplacé) avant leur envoi."));
        assertThat(travaux.courriels(dossier)).isEmpty();
    }

    /**
     * The plénière refuses the measure before the letters of its avis were produced: they never are, nothing leaves,
     * and the history says so.
     */
    @Test
    void an_avis_withdrawn_before_its_letters_were_produced_is_neither_rendered_nor_sent() {
        String dossier = taches.pretPourSeance(Demandes.creditAdaptation());
        decideEnUrgence(dossier);
        assertThat(travaux.lettres(dossier)).hasSize(1);

        refuserEnPleniere(dossier);
        travaux.executerEnAttente();

        assertThat(documents.liste(Long.parseLong(dossier))).extracting(DocumentView::nom)
                .noneMatch(nom -> nom.startsWith("Lettre au demandeur") || nom.startsWith("Transmission"));
        assertThat(serveurCourriel.getReceivedMessages()).as("l'avis retiré ne part pas").isEmpty();
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier + "/envois").json().findValuesAsText("nature"))
                .doesNotContain("AVIS_DEMANDEUR", "TRANSMISSION_ADMINISTRATION");
        assertThat(dossier(dossier).get("historique").findValuesAsText("evenement"))
                .anyMatch(e -> e.startsWith("Envoi annulé : les lettres de l'avis notifié le ")
                        && e.endsWith("n'ont été ni produites ni envoyées : cet avis a été retiré (ou remplacé) "
                                + "avant leur envoi."));
        assertThat(travaux.lettres(dossier)).isEmpty();
        assertThat(travaux.courriels(dossier)).isEmpty();
    }

    private String refuserEnPleniere(String dossier) {
        String pleniere = seances.creer("INSTANCE_PLENIERE", "2024-06-24",
                seances.membres("INSTANCE_PLENIERE", "2024-06-24")).get("id").asText();
        api.post("coordinateur", "/api/seances/" + pleniere + "/ordre-du-jour", "");
        Api.Reponse refus = api.post("coordinateur", "/api/seances/" + pleniere + "/ratifications",
                Map.of("dossierId", dossier, "ratifiee", false, "motivation", MOTIF, "pour", 4, "contre", 0,
                        "abstentions", 1));
        assertThat(refus.status()).as(refus.corps()).isEqualTo(200);
        Api.Reponse cloture = api.post("coordinateur", "/api/seances/" + pleniere + "/cloture", "");
        assertThat(cloture.status()).as(cloture.corps()).isEqualTo(200);
        return pleniere;
    }

    private void decideEnUrgence(String dossier) {
        Api.Reponse urgence = api.post("membre1", "/api/dossiers/" + dossier + "/procedure-urgente",
                Map.of("decision", "FAVORABLE", "motivation", "Conforme aux critères.", "date", "2024-06-03",
                        "justification", "Le SPW statue le 5 juin.", "membresPresents", BUREAU));
        assertThat(urgence.status()).as(urgence.corps()).isEqualTo(200);
    }

    private JsonNode dossier(String id) {
        return api.get("coordinateur", "/api/dossiers/" + id).json();
    }

    private static JsonNode creditAdaptation(JsonNode rapport) {
        return rapport.get("types").findParents("type").stream()
                .filter(t -> t.get("type").asText().equals("CREDIT_ADAPTATION")).findFirst().orElseThrow();
    }

    private static String destinataire(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
