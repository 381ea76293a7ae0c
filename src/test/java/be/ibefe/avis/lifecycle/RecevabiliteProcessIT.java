package be.ibefe.avis.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.notification.Envoi;
import be.ibefe.avis.notification.EnvoiRepository;
import be.ibefe.avis.notification.NatureEnvoi;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.ProcessTestSupport;
import be.ibefe.avis.support.TexteCourriel;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.system.ClockConfig;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/avis-recevabilite.bpmn: both branches of Gateway_Complet. */
@AvisIntegrationTest
class RecevabiliteProcessIT extends ProcessTestSupport {

    private static final String PIECES = "Budget détaillé de la filière ; statuts de l'ASBL";

    @Autowired
    EnvoiRepository envois;

    @Autowired
    DocumentService documents;

    @Autowired
    GreenMail serveurCourriel;

    @Test
    void a_complete_dossier_leaves_the_recevabilite_at_once() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere());
        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");
        assertThat(recevabilite).isWaitingAt("Task_VerifierRecevabilite").task().hasCandidateGroup("equipe");

        complete(task(recevabilite), withVariables("complet", true));

        assertThat(recevabilite).hasPassed("EndEvent_Recevable").hasNotPassed("Task_MarquerIncomplet").isEnded();
        assertThat(instance).isWaitingAt("CallActivity_Analyse");
    }

    @Test
    void an_incomplete_dossier_waits_for_its_pieces_then_is_checked_again() {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere());
        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");
        assertThat(recevabilite).isWaitingAt("Task_VerifierRecevabilite");

        complete(task(recevabilite), withVariables("complet", false, "piecesManquantes", "Budget de la filière"));
        assertThat(recevabilite).hasPassed("Task_MarquerIncomplet").isWaitingAt("Task_ReceptionnerPieces");
        assertThat(dossier().statut()).isEqualTo(Statut.INCOMPLET);
        assertThat(dossier().piecesManquantes()).isEqualTo("Budget de la filière");

        complete(task(recevabilite), withVariables("piecesRecues", "Budget reçu par courriel"));
        assertThat(recevabilite).hasPassed("Task_EnregistrerPiecesRecues").isWaitingAt("Task_VerifierRecevabilite");
        assertThat(dossier().statut()).isEqualTo(Statut.RECU);

        complete(task(recevabilite), withVariables("complet", true));
        assertThat(recevabilite).isEnded();
        travaux.executerEnAttente();
        assertThat(dossier().statut()).isEqualTo(Statut.EN_ANALYSE);
    }

    @Test
    void the_missing_pieces_are_asked_for_at_once_by_e_mail_with_the_day_they_are_awaited() throws Exception {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere());
        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");

        complete(task(recevabilite), withVariables("complet", false, "piecesManquantes", PIECES));
        travaux.executerEnAttente();

        LocalDate attenduLe = LocalDate.now(ClockConfig.BRUXELLES).plusDays(45);
        String date = attenduLe.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
        assertThat(recevabilite).hasPassed("Task_MarquerIncomplet", "Task_DemanderPieces")
                .isWaitingAt("Task_ReceptionnerPieces");
        assertThat(travaux.minuterie(dossierId, "Event_RetraitPieces").getDuedate().toInstant()
                .atZone(ClockConfig.BRUXELLES).toLocalDate())
                .as("the withdrawal follows the day named to the applicant").isEqualTo(attenduLe);
        List<Envoi> demandes = demandesDePieces();
        assertThat(demandes).singleElement().satisfies(envoi -> {
            assertThat(envoi.getDestinataire()).isEqualTo("secretariat@cisp-le-tremplin.be");
            assertThat(envoi.getStatut()).isEqualTo(Envoi.Statut.ENVOYE);
            assertThat(envoi.getSujet()).contains(dossier().reference(), "attendues pour le " + date);
        });
        MimeMessage courriel = Arrays.stream(serveurCourriel.getReceivedMessages())
                .filter(m -> sujet(m).contains(dossier().reference())).findFirst().orElseThrow();
        assertThat(TexteCourriel.de(courriel)).contains(PIECES, "au plus tard le " + date, "retirée d'office");
        assertThat(lettre(demandes.get(0).getDocumentId())).contains(PIECES, date);
        assertThat(dossier().historique()).extracting(DossierView.HistoriqueView::evenement).contains(
                "Pièces manquantes demandées au demandeur : courriel à secretariat@cisp-le-tremplin.be, attendues "
                        + "pour le " + date);
    }

    @Test
    void an_applicant_without_e_mail_address_is_sent_a_letter_to_post() {
        ObjectNode demande = Demandes.cispNouvelleFiliere();
        ((ObjectNode) demande.get("demandeur")).remove("email");
        ProcessInstance instance = enregistrer(demande);
        ProcessInstance recevabilite = appele(instance, "CallActivity_Recevabilite", "avis-recevabilite");

        complete(task(recevabilite), withVariables("complet", false, "piecesManquantes", PIECES));

        assertThat(recevabilite).isWaitingAt("Task_ReceptionnerPieces");
        assertThat(travaux.courriels(dossierId)).as("no e-mail to send").isEmpty();
        String date = LocalDate.now(ClockConfig.BRUXELLES).plusDays(45)
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
        assertThat(demandesDePieces()).singleElement().satisfies(envoi -> {
            assertThat(envoi.getDestinataire()).isEqualTo("CISP Le Tremplin");
            assertThat(envoi.getStatut()).isEqualTo(Envoi.Statut.A_POSTER);
            assertThat(lettre(envoi.getDocumentId())).contains("CISP Le Tremplin", PIECES, date,
                    "retirée d'office");
        });
    }

    private List<Envoi> demandesDePieces() {
        return envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(dossierId).stream()
                .filter(e -> e.getNature() == NatureEnvoi.DEMANDE_PIECES).toList();
    }

    private String lettre(long documentId) {
        assertThat(documents.liste(dossierId)).extracting(DocumentView::nom)
                .anyMatch(nom -> nom.startsWith("Demande de pièces " + dossier().reference()));
        return TextePdf.de(documents.lire(dossierId, documentId).octets()).replaceAll("\\s+", " ");
    }

    private static String sujet(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
