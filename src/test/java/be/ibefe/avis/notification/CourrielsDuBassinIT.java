package be.ibefe.avis.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.security.Comptes;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.ProcessTestSupport;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders and escalations stay inside the dossier's bassin, read from a real SMTP server: Liège's people hear of
 * Liège's dossiers, Huy-Waremme's of Huy-Waremme's; the regional role hears of none (the README documents no mail
 * to it), and a coordinator who also holds the regional role hears only of his own bassin's.
 */
@AvisIntegrationTest
class CourrielsDuBassinIT extends ProcessTestSupport {

    @Autowired
    GreenMail serveurCourriel;

    @Autowired
    Comptes comptes;

    @Autowired
    Bassins bassins;

    @BeforeEach
    void comptes() {
        // coordinates Huy-Waremme and reads every bassin as the regional role: his regional group is member of every
        // bassin's tenant, which must not make him Liège's coordination
        comptes.assurerUtilisateur("coordregionalhuy", "Rita", "Coordination Huy et AIBEFE", "coordregionalhuy",
                Groupes.COORDINATION, Groupes.REGIONAL);
        bassins.affecter("coordregionalhuy", "HUY");
    }

    @AfterEach
    void horlogeReelle() {
        ClockUtil.reset();
    }

    @Test
    void a_liege_escalation_reaches_liege_s_coordination_only() throws Exception {
        enregistrer(Demandes.cispNouvelleFiliere().put("echeance", "2028-12-31"));

        List<String> destinataires = apres("Event_DepassementRecevabilite", "en retard");

        assertThat(destinataires).contains("coordinateur@example.be")
                .doesNotContain("coordhuy@example.be", "coordregionalhuy@example.be", "aibefe@example.be")
                .allMatch(a -> !a.contains("huy"));
    }

    @Test
    void a_huy_escalation_reaches_huy_s_coordination_only() throws Exception {
        enregistrer(Demandes.cispNouvelleFiliere().put("echeance", "2028-12-31").put("bassin", "HUY"));

        List<String> destinataires = apres("Event_DepassementRecevabilite", "en retard");

        assertThat(destinataires).containsExactlyInAnyOrder("coordhuy@example.be", "coordregionalhuy@example.be");
    }

    @Test
    void a_huy_task_reminder_reaches_huy_s_analysts_never_liege_s() throws Exception {
        enregistrer(Demandes.cispNouvelleFiliere().put("echeance", "2028-12-31").put("bassin", "HUY"));

        List<String> destinataires = apres("Event_RappelRecevabilite", "Rappel");

        assertThat(destinataires).contains("analystehuy@example.be").doesNotContain("analyste@example.be")
                .allMatch(a -> a.contains("huy"));
    }

    @Test
    void a_liege_task_reminder_reaches_liege_s_analysts_never_huy_s() throws Exception {
        enregistrer(Demandes.cispNouvelleFiliere().put("echeance", "2028-12-31"));

        List<String> destinataires = apres("Event_RappelRecevabilite", "Rappel");

        assertThat(destinataires).contains("analyste@example.be").doesNotContain("analystehuy@example.be")
                .noneMatch(a -> a.contains("huy"));
    }

    @Test
    void a_claimed_task_is_reminded_to_whoever_holds_it() throws Exception {
        ProcessInstance instance = enregistrer(Demandes.cispNouvelleFiliere().put("echeance", "2028-12-31")
                .put("bassin", "HUY"));
        Task tache = processEngine.getTaskService().createTaskQuery()
                .processInstanceId(appele(instance, "CallActivity_Recevabilite", "avis-recevabilite").getId())
                .singleResult();
        processEngine.getTaskService().setAssignee(tache.getId(), "analystehuy");

        assertThat(apres("Event_RappelRecevabilite", "Rappel")).containsExactly("analystehuy@example.be");
    }

    /** Fires the dossier's timer and gives who received the mails whose subject names the dossier and {@code mot}. */
    private List<String> apres(String minuterie, String mot) throws MessagingException {
        Job job = travaux.minuterie(dossierId, minuterie);
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        travaux.executer(job);
        String reference = dossier().reference();
        List<MimeMessage> recus = Arrays.stream(serveurCourriel.getReceivedMessages())
                .filter(m -> sujet(m).contains(reference) && sujet(m).contains(mot)).toList();
        assertThat(recus).as("courriels « %s » du dossier %s", mot, reference).isNotEmpty();
        return recus.stream().flatMap(m -> destinataires(m).stream()).distinct().toList();
    }

    private static String sujet(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> destinataires(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
