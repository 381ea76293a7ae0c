package be.ibefe.avis.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends an e-mail once per dossier, purpose, key and recipient, and records it. A mail server that fails throws:
 * the step that sends is an asynchronous job of the engine, retried, then an incident an administrator sees.
 */
@Component
public class Courriels {

    /** Absent when no mail server is configured (spring.mail.host), which is allowed only with courriel-actif false. */
    private final JavaMailSender mailSender;
    private final EnvoiRepository envois;
    private final ParametresNotification parametres;
    private final Clock clock;

    public Courriels(ObjectProvider<JavaMailSender> mailSender, EnvoiRepository envois,
            ParametresNotification parametres, Clock clock) {
        this.mailSender = mailSender.getIfAvailable();
        if (parametres.courrielActif() && this.mailSender == null) {
            throw new IllegalStateException("avis.notification.courriel-actif est vrai mais aucun serveur de courriel "
                    + "n'est configuré : définissez spring.mail.host (SPRING_MAIL_HOST) ou mettez courriel-actif à false.");
        }
        if (parametres.courrielActif() && (parametres.expediteur() == null || parametres.expediteur().isBlank())) {
            throw new IllegalStateException("avis.notification.courriel-actif est vrai mais l'adresse d'expédition "
                    + "n'est pas définie : avis.notification.expediteur (AVIS_COURRIEL_EXPEDITEUR).");
        }
        this.envois = envois;
        this.parametres = parametres;
        this.clock = clock;
    }

    public record PieceJointe(String nom, String type, byte[] contenu, Long documentId) {
    }

    public record Courriel(long dossierId, NatureEnvoi nature, String cle, String destinataire, String sujet,
            String texte, PieceJointe pieceJointe) {
    }

    /** True when sent now; false when it had been sent already. */
    @Transactional
    public boolean envoyer(Courriel courriel) {
        if (envois.existsByDossierIdAndNatureAndCleAndDestinataire(courriel.dossierId(), courriel.nature(),
                courriel.cle(), courriel.destinataire())) {
            return false;
        }
        if (parametres.courrielActif()) {
            mailSender.send(message(courriel));
        }
        envois.save(new Envoi(courriel.dossierId(), courriel.nature(), courriel.cle(), courriel.destinataire(),
                courriel.sujet(), parametres.courrielActif() ? Envoi.Statut.ENVOYE : Envoi.Statut.DESACTIVE,
                courriel.pieceJointe() == null ? null : courriel.pieceJointe().documentId(), clock.instant()));
        return true;
    }

    /**
     * A message that belongs to no dossier (a reminder of the bassin's calendar): the caller records that it was sent;
     * true when it left, false when e-mail is switched off (avis.notification.courriel-actif).
     */
    public boolean envoyerHorsDossier(String destinataire, String sujet, String texte) {
        if (!parametres.courrielActif()) {
            return false;
        }
        mailSender.send(message(new Courriel(0, null, null, destinataire, sujet, texte, null)));
        return true;
    }

    private MimeMessage message(Courriel courriel) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, courriel.pieceJointe() != null, "UTF-8");
            helper.setFrom(parametres.expediteur());
            helper.setTo(courriel.destinataire());
            helper.setSubject(courriel.sujet());
            helper.setText(courriel.texte());
            if (courriel.pieceJointe() != null) {
                helper.addAttachment(courriel.pieceJointe().nom(),
                        new ByteArrayResource(courriel.pieceJointe().contenu()), courriel.pieceJointe().type());
            }
            return message;
        } catch (MessagingException e) {
            throw new MailSendException("Courriel impossible à composer pour " + courriel.destinataire(), e);
        }
    }
}
