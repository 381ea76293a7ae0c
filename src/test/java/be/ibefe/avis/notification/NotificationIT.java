package be.ibefe.avis.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.fiabilite.Fiabilite;
import be.ibefe.avis.support.AdministrationsDuBassin;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The end of an avis: letters produced and kept, e-mails sent through a real SMTP server (GreenMail, in process),
 * and nothing lost when that server is down.
 */
@AvisIntegrationTest
class NotificationIT {

    @LocalServerPort
    int port;

    @Autowired
    GreenMail serveurCourriel;

    @Autowired
    Travaux travaux;

    @Autowired
    DocumentService documents;

    @Autowired
    EnvoiRepository envois;

    @Autowired
    ModeleLettreRepository modelesLettres;

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    Api api;

    @BeforeEach
    void client() throws Exception {
        api = new Api(port);
        // the product names no administration: Liège's coordination has entered this one and its address
        AdministrationsDuBassin.nommer(api, "LIE", "CISP_AGREMENT",
                "SPW Économie, Emploi, Recherche - Département de l'Emploi et de la Formation professionnelle", null,
                "cisp@administration.example.be");
        AdministrationsDuBassin.nommer(api, "LIE", "EPS_FOREM", "Le Forem - Direction de la Formation", null,
                "conventions-eps@administration.example.be");
        AdministrationsDuBassin.nommer(api, "LIE", "CREDIT_ADAPTATION",
                "SPW Économie, Emploi, Recherche - Direction des Programmes régionaux de l'Emploi", null,
                "credit-adaptation@administration.example.be");
        travaux.executerEnAttente();
        serveurCourriel.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void serveurDeNouveauEnMarche() {
        if (!serveurCourriel.isRunning()) {
            serveurCourriel.start();
        }
    }

    @Test
    void a_decided_dossier_has_its_letters_and_both_e_mails_on_record() throws Exception {
        String dossier = decider(Demandes.cispNouvelleFiliere(), "FAVORABLE_AVEC_RECOMMANDATION");
        travaux.executerEnAttente();

        List<DocumentView> lettres = documents.liste(Long.parseLong(dossier));
        assertThat(lettres).extracting(DocumentView::nom).containsExactly(
                "Lettre au demandeur " + reference(dossier) + ".pdf",
                "Transmission à l'administration " + reference(dossier) + ".pdf");
        String lettre = TextePdf.de(documents.lire(Long.parseLong(dossier), lettres.get(0).id()).octets());
        assertThat(lettre).contains("CISP Le Tremplin", "Favorable avec recommandation", "Prévoir une remise à niveau.",
                "Base légale : décret du 10 juillet 2013 relatif aux centres d'insertion socioprofessionnelle");

        MimeMessage[] recus = serveurCourriel.getReceivedMessages();
        assertThat(recus).hasSize(2);
        assertThat(Arrays.stream(recus).map(this::destinataire))
                .containsExactlyInAnyOrder("secretariat@cisp-le-tremplin.be", "cisp@administration.example.be");
        assertThat(recus[0].getContent()).isInstanceOf(MimeMultipart.class);
        assertThat(GreenMailUtil.getBody(recus[0])).contains("application/pdf");
        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(Long.parseLong(dossier)))
                .extracting(Envoi::getStatut).containsOnly(Envoi.Statut.ENVOYE).hasSize(2);
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier + "/envois").json()
                .findValuesAsText("nature")).containsExactlyInAnyOrder("AVIS_DEMANDEUR", "TRANSMISSION_ADMINISTRATION");
    }

    /**
     * The notification only notifies; the letters are rendered in the e-mail process's first job and kept with the
     * dossier (committed) before its second job sends them: a mail server that is down then leaves them on record,
     * and the e-mails that leave later carry the very letters kept.
     */
    @Test
    void the_letters_are_kept_with_the_dossier_before_their_e_mails_leave() throws Exception {
        String dossier = decider(Demandes.cispNouvelleFiliere(), "FAVORABLE");
        long id = Long.parseLong(dossier);
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("statut").asText())
                .isEqualTo("NOTIFIE");
        assertThat(documents.liste(id)).as("rien n'est rendu dans la transaction de notification").isEmpty();
        List<Job> production = travaux.lettres(dossier);
        assertThat(production).hasSize(1);

        serveurCourriel.stop();
        travaux.executer(production.get(0));
        List<DocumentView> lettres = documents.liste(id);
        assertThat(lettres).extracting(DocumentView::nom).containsExactly(
                "Lettre au demandeur " + reference(dossier) + ".pdf",
                "Transmission à l'administration " + reference(dossier) + ".pdf");
        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(id)).as("pas encore envoyées").isEmpty();
        Job envoi = travaux.courriels(dossier).get(0);
        assertThatThrownBy(() -> travaux.executer(envoi)).hasMessageContaining("Mail");
        assertThat(documents.liste(id)).as("gardées malgré l'échec de l'envoi").isEqualTo(lettres);
        assertThat(serveurCourriel.getReceivedMessages()).isEmpty();

        serveurCourriel.start();
        travaux.executer(envoi);
        List<Envoi> envoyes = envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(id);
        assertThat(envoyes).extracting(Envoi::getDocumentId).containsExactlyInAnyOrder(lettres.get(0).id(),
                lettres.get(1).id());
        MimeMessage auDemandeur = Arrays.stream(serveurCourriel.getReceivedMessages())
                .filter(m -> destinataire(m).equals("secretariat@cisp-le-tremplin.be")).findFirst().orElseThrow();
        MimeMultipart parties = (MimeMultipart) auDemandeur.getContent();
        byte[] jointe = parties.getBodyPart(1).getInputStream().readAllBytes();
        assertThat(jointe).isEqualTo(documents.lire(id, lettres.get(0).id()).octets());
        assertThat(documents.liste(id)).as("aucune lettre rendue deux fois").hasSize(2);
    }

    /**
     * A letter that fails to render fails its job as a mail server does: retried, then an incident in Cockpit; nothing
     * is kept or sent meanwhile, the dossier stays notified; once the template is mended, a retry produces the letters
     * and the e-mails leave.
     */
    @Test
    void a_letter_that_fails_to_render_is_retried_then_shows_as_an_incident() throws Exception {
        String code = ModelesLettres.Code.AVIS_DEMANDEUR.fichier();
        java.util.Optional<String> avant = modelesLettres.findById(code).map(ModeleLettre::getContenu);
        modele(code, "<html><body><p th:text=\"${#strings.substring(reference, 500)}\">?</p></body></html>");
        try {
            String dossier = decider(Demandes.creditAdaptation(), "FAVORABLE");
            Job production = travaux.lettres(dossier).get(0);

            assertThatThrownBy(() -> travaux.executer(production)).isNotNull();
            Job apresEchec = managementService.createJobQuery().jobId(production.getId()).singleResult();
            assertThat(apresEchec.getRetries()).isEqualTo(4);
            assertThat(apresEchec.getExceptionMessage()).isNotBlank();
            assertThat(documents.liste(Long.parseLong(dossier))).isEmpty();
            assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("statut").asText())
                    .isEqualTo("NOTIFIE");
            for (int essai = 2; essai <= 5; essai++) {
                assertThatThrownBy(() -> travaux.executer(production)).as("essai %d", essai).isNotNull();
            }
            assertThat(runtimeService.createIncidentQuery().processInstanceId(production.getProcessInstanceId())
                    .activityId("Task_ProduireLettres").count()).isEqualTo(1);
            assertThat(serveurCourriel.getReceivedMessages()).isEmpty();

            restaurer(code, avant);
            managementService.setJobRetries(production.getId(), 1);
            travaux.executer(production);
            assertThat(runtimeService.createIncidentQuery().processInstanceId(production.getProcessInstanceId())
                    .count()).isZero();
            assertThat(documents.liste(Long.parseLong(dossier))).hasSize(2);
            travaux.executerEnAttente();
            assertThat(serveurCourriel.getReceivedMessages()).hasSize(2);
        } finally {
            restaurer(code, avant);
        }
    }

    @Test
    void the_positive_avis_of_an_ale_serves_as_its_attestation() {
        String dossier = decider(Demandes.aleHorsPortefeuille(), "FAVORABLE");
        travaux.executerEnAttente();

        DocumentView lettre = documents.liste(Long.parseLong(dossier)).get(0);
        assertThat(TextePdf.de(documents.lire(Long.parseLong(dossier), lettre.id()).octets()))
                .contains("tient lieu d'attestation à fournir par l'agence locale pour l'emploi");
    }

    @Test
    void a_mail_server_that_is_down_loses_nothing_and_the_e_mails_leave_once_it_is_back() throws Exception {
        serveurCourriel.stop();
        String dossier = decider(Demandes.creditAdaptation(), "FAVORABLE");
        Job courriels = travaux.courriels(dossier).get(0);

        assertThatThrownBy(() -> travaux.executer(courriels)).hasMessageContaining("Mail");
        Job apresEchec = managementService.createJobQuery().jobId(courriels.getId()).singleResult();
        assertThat(apresEchec.getRetries()).isEqualTo(4);
        assertThat(apresEchec.getExceptionMessage()).isNotBlank();
        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(Long.parseLong(dossier))).isEmpty();
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("statut").asText())
                .isEqualTo("NOTIFIE");

        serveurCourriel.start();
        travaux.executer(apresEchec);
        Fiabilite.compter("Pannes", "serveur de courrier arrêté puis relancé",
                "courriels envoyés une fois : " + serveurCourriel.getReceivedMessages().length);

        assertThat(serveurCourriel.getReceivedMessages()).hasSize(2);
        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(Long.parseLong(dossier))).hasSize(2);
        assertThat(travaux.courriels(dossier)).isEmpty();
    }

    @Test
    void after_five_failed_tries_an_incident_shows_and_a_retry_clears_it() {
        serveurCourriel.stop();
        String dossier = decider(Demandes.epsForem(), "DEFAVORABLE");
        Job courriels = travaux.courriels(dossier).get(0);

        for (int essai = 1; essai <= 5; essai++) {
            assertThatThrownBy(() -> travaux.executer(courriels)).as("essai %d", essai).isNotNull();
        }
        assertThat(managementService.createJobQuery().jobId(courriels.getId()).singleResult().getRetries()).isZero();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(courriels.getProcessInstanceId()).count())
                .isEqualTo(1);

        serveurCourriel.start();
        managementService.setJobRetries(courriels.getId(), 1);
        travaux.executer(courriels);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(courriels.getProcessInstanceId()).count())
                .isZero();
        assertThat(serveurCourriel.getReceivedMessages()).hasSize(2);
    }

    @Test
    void without_an_e_mail_address_the_letter_is_to_be_posted() {
        ObjectNode demande = Demandes.interpellation();
        ((ObjectNode) demande.get("demandeur")).remove("email");
        String dossier = decider(demande, "FAVORABLE");

        travaux.executerEnAttente();

        assertThat(envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(Long.parseLong(dossier)))
                .extracting(Envoi::getStatut).containsExactly(Envoi.Statut.A_POSTER);
        assertThat(serveurCourriel.getReceivedMessages()).isEmpty();
    }

    @Test
    void the_letter_to_be_posted_carries_the_applicants_postal_address() {
        ObjectNode demande = Demandes.interpellation();
        ObjectNode demandeur = (ObjectNode) demande.get("demandeur");
        demandeur.remove("email");
        demandeur.putObject("adresse").put("rue", "Rue de la Station 12").put("codePostal", "4000")
                .put("localite", "Liège");
        String dossier = decider(demande, "FAVORABLE");

        travaux.executerEnAttente();

        Envoi aPoster = envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(Long.parseLong(dossier)).get(0);
        assertThat(aPoster.getStatut()).isEqualTo(Envoi.Statut.A_POSTER);
        DocumentView lettre = documents.liste(Long.parseLong(dossier)).get(0);
        assertThat(TextePdf.de(documents.lire(Long.parseLong(dossier), lettre.id()).octets()))
                .contains(demandeur.get("nom").asText(), "Rue de la Station 12", "4000 Liège");
    }

    private String decider(ObjectNode demande, String decision) {
        String id = api.post("coordinateur", "/api/dossiers", demande).json().get("id").asText();
        Taches taches = new Taches(api, travaux);
        taches.terminer("analyste", id, "Task_VerifierRecevabilite", Map.of("complet", true));
        taches.terminer("analyste", id, "Task_AnalyserDossier", Map.of("propositionAvis", "FAVORABLE",
                "motivation", "Critères rencontrés."));
        new SeancesApi(api).deciderEnSeance(id, decision, Decision.valueOf(decision)
                == Decision.FAVORABLE_AVEC_RECOMMANDATION ? Map.of("recommandation", "Prévoir une remise à niveau.")
                : Map.of());
        return id;
    }

    /** Stores {@code contenu} as the template {@code code}, bypassing the check of the API (a template that fails). */
    private void modele(String code, String contenu) {
        ModeleLettre modele = modelesLettres.findById(code).orElseGet(() -> new ModeleLettre(code,
                ModelesLettres.Code.AVIS_DEMANDEUR.titre(), contenu, "essai", java.time.Instant.now()));
        modele.modifier(contenu, "essai", java.time.Instant.now());
        modelesLettres.save(modele);
    }

    private void restaurer(String code, java.util.Optional<String> contenu) {
        contenu.ifPresentOrElse(c -> modele(code, c), () -> modelesLettres.deleteById(code));
    }

    private String reference(String dossier) {
        return api.get("coordinateur", "/api/dossiers/" + dossier).json().get("reference").asText();
    }

    private String destinataire(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
