package be.ibefe.avis.notification;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.TypeDocument;
import be.ibefe.avis.bassin.Administration;
import be.ibefe.avis.bassin.EnTete;
import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.Organe;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import be.ibefe.avis.seance.NaturePoint;
import be.ibefe.avis.seance.RefusDeLaPleniere;
import be.ibefe.avis.seance.SeanceService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Instance plénière refused to ratify (a decision of the Bureau) or to validate (an avis of the CSEF) the
 * dossier's decision: the avis is withdrawn. Everyone who received it ({@code envois} of the avis since it was
 * decided: the applicant, the administration) gets a letter of withdrawal from its own template
 * ({@code retrait-avis}), kept with the dossier; by e-mail through the avis-courriels process (retried if the mail
 * server fails) to those who had it by e-mail, « à poster » to those who had it by post. Nobody else: no address is
 * taken from anywhere but what was sent. Then the decision is cleared and the dossier waits for a new deliberation,
 * its history telling which plénière refused, when, who closed it, why, and to whom the withdrawal went.
 */
@Service
public class RetraitsAvis {

    static final String LETTRE_RETRAIT = "lettreRetrait";
    static final String DESTINATAIRE_RETRAIT = "destinataireRetrait";
    private static final Set<NatureEnvoi> AVIS = EnumSet.of(NatureEnvoi.AVIS_DEMANDEUR,
            NatureEnvoi.TRANSMISSION_ADMINISTRATION);

    private final DossierService dossiers;
    private final TransitionsDuDossier transitions;
    private final SeanceService seances;
    private final DocumentService documents;
    private final ModelesLettres modeles;
    private final Notifications notifications;
    private final Courriels courriels;
    private final EnvoiRepository envois;
    private final IdentitesBassins identites;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public RetraitsAvis(DossierService dossiers,
            TransitionsDuDossier transitions, SeanceService seances, DocumentService documents,
            ModelesLettres modeles, Notifications notifications, Courriels courriels, EnvoiRepository envois,
            IdentitesBassins identites, RuntimeService runtimeService, Clock clock) {
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.seances = seances;
        this.documents = documents;
        this.modeles = modeles;
        this.notifications = notifications;
        this.courriels = courriels;
        this.envois = envois;
        this.identites = identites;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Withdraws the dossier's avis after the plénière's refusal, which must be on record. */
    @Transactional
    public void retirer(long dossierId) {
        Dossier dossier = dossiers.charger(dossierId);
        RefusDeLaPleniere refus = seances.dernierRefus(dossierId).orElseThrow(() -> new IllegalStateException(
                "Aucun refus de l'Instance plénière n'est enregistré pour le dossier " + dossier.getReference()
                        + " : son avis ne peut être retiré."));
        Map<String, Object> variables = notifications.variables(dossier);
        variables.put("organe", refus.organe());
        // « la CSEF », « le Bureau … »: the letter names the body with its article
        variables.put("organeDesigne", refus.chambre() == null ? refus.organe()
                : ((EnTete) variables.get("bassin")).designation(refus.chambre()));
        variables.put("dateDecision", refus.dateDecision() == null ? ""
                : refus.dateDecision().format(Notifications.DATE_LETTRE));
        variables.put("mesureUrgente", refus.mesureUrgente());
        variables.put("datePleniere", refus.datePleniere().format(Notifications.DATE_LETTRE));
        variables.put("refus", refus.verbe());
        variables.put("motifRefus", refus.motif());
        // the plénière refused: its président(e) signs the withdrawal with the coordination
        variables.put("signatures", ((EnTete) variables.get("bassin")).signatures(Organe.INSTANCE_PLENIERE,
                Organe.COORDINATION));
        String sujet = "Retrait de l'avis sur votre demande %s".formatted(dossier.getReference());
        List<String> destinataires = new ArrayList<>();
        for (Envoi avis : destinatairesDeLAvis(dossier)) {
            String nom = nom(dossier, avis);
            variables.put("destinataire", nom);
            long lettre = documents.enregistrerProduit(dossierId, "Retrait de l'avis %s - %s.pdf".formatted(
                    dossier.getReference(), nom), TypeDocument.PDF, modeles.lettre(ModelesLettres.Code.RETRAIT_AVIS,
                    variables)).id();
            if (avis.getStatut() == Envoi.Statut.A_POSTER) {
                envois.save(new Envoi(dossierId, NatureEnvoi.RETRAIT_AVIS, cle(lettre), avis.getDestinataire(), sujet,
                        Envoi.Statut.A_POSTER, lettre, clock.instant()));
                destinataires.add("%s (lettre à poster)".formatted(nom));
            } else {
                runtimeService.startProcessInstanceByKey(LancerEnvoiCourriels.PROCESSUS, String.valueOf(dossierId),
                        Map.of(LETTRE_RETRAIT, lettre, DESTINATAIRE_RETRAIT, avis.getDestinataire()));
                destinataires.add("%s (courriel à %s)".formatted(nom, avis.getDestinataire()));
            }
        }
        transitions.rouvrir(dossierId, recit(refus, destinataires));
    }

    /**
     * E-mails one letter of withdrawal; a letter already sent to this recipient is not sent again. The message says,
     * as the letter does, which plénière of the dossier's bassin refused to ratify or to validate the avis.
     */
    @Transactional
    public void envoyer(long dossierId, long lettre, String destinataire) {
        Dossier dossier = dossiers.charger(dossierId);
        RefusDeLaPleniere refus = seances.dernierRefus(dossierId, documents.consulter(dossierId, lettre).deposeLe())
                .orElseThrow(() -> new IllegalStateException("Aucun refus de l'Instance plénière n'est enregistré "
                        + "pour le dossier " + dossier.getReference() + " : la lettre de retrait ne peut partir."));
        Map<String, Object> variables = notifications.variables(dossier);
        EnTete bassin = (EnTete) variables.get("bassin");
        courriels.envoyer(new Courriels.Courriel(dossierId, NatureEnvoi.RETRAIT_AVIS, cle(lettre), destinataire,
                "Retrait de l'avis sur la demande %s".formatted(dossier.getReference()), """
                        Madame, Monsieur,

                        L'avis rendu sur la demande %s (%s, %s) qui vous a été communiqué est retiré : %s a \
                        refusé, en sa séance du %s, de le %s. La lettre jointe en donne le motif. La demande sera \
                        délibérée à nouveau.

                        %s
                        """.formatted(dossier.getReference(), dossier.getObjet(), dossier.getDemandeur().getNom(),
                        bassin.designation(Chambre.INSTANCE_PLENIERE),
                        refus.datePleniere().format(Notifications.DATE_LETTRE), refus.verbe(),
                        variables.get("instance")),
                notifications.pieceJointe(dossierId, lettre)));
    }

    /**
     * Who received the avis being withdrawn: the applicant's and the administration's entries of {@code envois}
     * since the decision was taken (an avis withdrawn before was sent before it), once per recipient.
     */
    private List<Envoi> destinatairesDeLAvis(Dossier dossier) {
        Map<String, Envoi> parDestinataire = new LinkedHashMap<>();
        envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(dossier.getId()).stream()
                .filter(e -> AVIS.contains(e.getNature()))
                .filter(e -> dossier.getDecisionLe() == null || !e.getEnvoyeLe().isBefore(dossier.getDecisionLe()))
                .forEach(e -> parDestinataire.putIfAbsent(e.getDestinataire(), e));
        return List.copyOf(parDestinataire.values());
    }

    /**
     * The applicant by name; the administration by the name its bassin gives it for the type when the avis went to
     * that address, else as the avis was recorded (its name when posted, its address when e-mailed).
     */
    private String nom(Dossier dossier, Envoi avis) {
        if (avis.getNature() == NatureEnvoi.AVIS_DEMANDEUR) {
            return dossier.getDemandeur().getNom();
        }
        return identites.administration(dossier.getBassin(), dossier.getType())
                .filter(a -> avis.getDestinataire().equals(a.getCourriel())).map(Administration::getNom)
                .orElse(avis.getDestinataire());
    }

    /** The history's account: which plénière refused what, why, who closed it, and to whom the withdrawal went. */
    private static String recit(RefusDeLaPleniere refus, List<String> destinataires) {
        String origine = refus.origine() == null ? "" : (refus.mesureUrgente() ? " (mesure urgente du %s)"
                : " (%s)").formatted(refus.origine());
        return ("%s refusée par l'%s : avis « %s »%s retiré, dossier rouvert pour une nouvelle délibération. Motif : %s. "
                + "%s Séance clôturée par %s. %s").formatted(
                refus.nature() == NaturePoint.VALIDATION ? "Validation" : "Ratification", refus.pleniere(),
                refus.decision() == null ? "?" : refus.decision().libelle(), origine,
                refus.motif() == null ? "" : refus.motif().strip().replaceAll("[.!?…]+$", ""),
                refus.recitDuVote(),
                refus.clotureeParNom(), destinataires.isEmpty() ? "L'avis n'avait été envoyé à personne : aucune "
                        + "lettre de retrait." : "Lettre de retrait à : " + String.join(", ", destinataires) + ".");
    }

    private static String cle(long lettre) {
        return "retrait-" + lettre;
    }
}
