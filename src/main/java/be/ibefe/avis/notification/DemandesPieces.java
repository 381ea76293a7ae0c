package be.ibefe.avis.notification;

import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import be.ibefe.avis.dossier.Traces;
import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.TypeDocument;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request for the missing pieces, made as soon as the recevabilité finds a dossier incomplete: a letter from its
 * own template ({@code demande-pieces}), kept with the dossier, naming the pieces and the day by which they are
 * awaited. It goes by e-mail when the applicant has an address (in a step of its own, which the engine retries if the
 * mail server fails), otherwise it is recorded « à poster ».
 */
@Service
public class DemandesPieces {

    private final DossierService dossiers;
    private final TransitionsDuDossier transitions;
    private final DocumentService documents;
    private final ModelesLettres modeles;
    private final Notifications notifications;
    private final Courriels courriels;
    private final Traces traces;

    public DemandesPieces(DossierService dossiers,
            TransitionsDuDossier transitions, DocumentService documents, ModelesLettres modeles,
            Notifications notifications, Courriels courriels, Traces traces) {
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.documents = documents;
        this.modeles = modeles;
        this.notifications = notifications;
        this.courriels = courriels;
        this.traces = traces;
    }

    /** The letter produced; {@code parCourriel}: it is still to be e-mailed ({@link #envoyer}). */
    public record Demande(long lettre, boolean parCourriel) {
    }

    @Transactional
    public Demande demander(long dossierId, LocalDate attenduesLe) {
        Dossier dossier = dossiers.charger(dossierId);
        Map<String, Object> variables = notifications.variables(dossier);
        variables.put("piecesAttenduesLe", attenduesLe.format(Notifications.DATE_LETTRE));
        long lettre = documents.enregistrerProduit(dossierId,
                "Demande de pièces %s du %s.pdf".formatted(dossier.getReference(), variables.get("date")),
                TypeDocument.PDF, modeles.lettre(ModelesLettres.Code.DEMANDE_PIECES, variables)).id();
        String adresse = dossier.getDemandeur().getEmail();
        String attendues = "attendues pour le " + attenduesLe.format(Notifications.DATE_LETTRE);
        if (adresse == null) {
            notifications.aPoster(dossier, NatureEnvoi.DEMANDE_PIECES, cle(lettre), sujet(dossier, attenduesLe),
                    lettre);
            transitions.consignerDemandePieces(dossier, "lettre à poster (aucune adresse électronique), " + attendues,
                    traces.maintenant());
        } else {
            transitions.consignerDemandePieces(dossier, "courriel à %s, %s".formatted(adresse, attendues), traces.maintenant());
        }
        return new Demande(lettre, adresse != null);
    }

    /** E-mails the request with its letter attached; a request already sent is not sent again. */
    @Transactional
    public void envoyer(long dossierId, long lettre, LocalDate attenduesLe) {
        Dossier dossier = dossiers.charger(dossierId);
        courriels.envoyer(new Courriels.Courriel(dossierId, NatureEnvoi.DEMANDE_PIECES, cle(lettre),
                dossier.getDemandeur().getEmail(), sujet(dossier, attenduesLe), """
                        Madame, Monsieur,

                        Votre demande %s (%s) est incomplète. Pour qu'elle puisse être examinée, veuillez nous faire \
                        parvenir au plus tard le %s les pièces suivantes :

                        %s

                        Sans ces pièces à cette date, la demande sera retirée d'office. La lettre jointe reprend cette \
                        demande.

                        %s
                        """.formatted(dossier.getReference(), dossier.getObjet(),
                        attenduesLe.format(Notifications.DATE_LETTRE), dossier.getPiecesManquantes(),
                        notifications.signature(dossier)),
                notifications.pieceJointe(dossierId, lettre)));
    }

    private static String cle(long lettre) {
        return "lettre-" + lettre;
    }

    private static String sujet(Dossier dossier, LocalDate attenduesLe) {
        return "Votre demande %s : pièces manquantes, attendues pour le %s".formatted(dossier.getReference(),
                attenduesLe.format(Notifications.DATE_LETTRE));
    }
}
