package be.ibefe.avis.notification;

import be.ibefe.avis.dossier.AvisType;
import be.ibefe.avis.dossier.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.Traces;
import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.documents.TypeDocument;
import be.ibefe.avis.seance.LibellesChambres;
import be.ibefe.avis.seance.MesureUrgente;
import be.ibefe.avis.seance.ProcedureUrgente;
import be.ibefe.avis.system.ClockConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of every avis: the letter to the applicant and the transmission to the administration are produced and
 * kept with the dossier, the dossier becomes NOTIFIE (or CLOS); then, in a step of its own that the engine retries,
 * the e-mails leave with the letters attached.
 */
@Service
public class Notifications {

    static final DateTimeFormatter DATE_LETTRE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final EnumSet<Decision> AVIS = EnumSet.of(Decision.FAVORABLE, Decision.FAVORABLE_AVEC_RECOMMANDATION,
            Decision.DEFAVORABLE, Decision.NON_COMPETENT);

    private final DossierService dossiers;
    private final DocumentService documents;
    private final ModelesLettres modeles;
    private final Courriels courriels;
    private final ParametresNotification parametres;
    private final LibellesChambres libelles;
    private final Traces traces;
    private final EnvoiRepository envois;
    private final ProcedureUrgente procedureUrgente;
    private final Clock clock;

    public Notifications(DossierService dossiers, DocumentService documents, ModelesLettres modeles,
            Courriels courriels, ParametresNotification parametres, LibellesChambres libelles, Traces traces,
            EnvoiRepository envois, ProcedureUrgente procedureUrgente, Clock clock) {
        this.procedureUrgente = procedureUrgente;
        this.dossiers = dossiers;
        this.documents = documents;
        this.modeles = modeles;
        this.courriels = courriels;
        this.parametres = parametres;
        this.libelles = libelles;
        this.traces = traces;
        this.envois = envois;
        this.clock = clock;
    }

    /** The letters produced for one notification, by their document ids (the administration's may be absent). */
    public record Lettres(long demandeur, Long administration) {
    }

    @Transactional
    public Lettres notifier(long dossierId) {
        Dossier dossier = dossiers.charger(dossierId);
        Map<String, Object> variables = variables(dossier);
        DocumentView lettre = documents.enregistrerProduit(dossierId,
                "Lettre au demandeur %s.pdf".formatted(dossier.getReference()), TypeDocument.PDF,
                modeles.lettre(ModelesLettres.Code.AVIS_DEMANDEUR, variables));
        Long transmission = null;
        ParametresNotification.Administration administration = parametres.administrations().get(dossier.getType());
        if (administration != null && AVIS.contains(dossier.getDecision())) {
            transmission = documents.enregistrerProduit(dossierId,
                    "Transmission à l'administration %s.pdf".formatted(dossier.getReference()), TypeDocument.PDF,
                    modeles.lettre(ModelesLettres.Code.TRANSMISSION_ADMINISTRATION, variables)).id();
        }
        dossier.notifier(traces.maintenant());
        return new Lettres(lettre.id(), transmission);
    }

    /** Sends the e-mails of a notification; a letter already sent is not sent again. */
    @Transactional
    public void envoyer(long dossierId, Lettres lettres) {
        Dossier dossier = dossiers.charger(dossierId);
        String cle = "lettre-" + lettres.demandeur();
        String sujet = "Votre demande %s : %s".formatted(dossier.getReference(),
                dossier.getDecision() == null ? "avis" : dossier.getDecision().libelle().toLowerCase(Locale.FRENCH));
        String adresse = dossier.getDemandeur().getEmail();
        if (adresse == null) {
            aPoster(dossier, NatureEnvoi.AVIS_DEMANDEUR, cle, sujet, lettres.demandeur());
        } else {
            courriels.envoyer(new Courriels.Courriel(dossierId, NatureEnvoi.AVIS_DEMANDEUR, cle, adresse, sujet,
                    "Madame, Monsieur,\n\nVeuillez trouver en pièce jointe la lettre relative à votre demande "
                            + dossier.getReference() + ".\n\n" + parametres.instance() + "\n",
                    pieceJointe(dossierId, lettres.demandeur())));
        }
        ParametresNotification.Administration administration = parametres.administrations().get(dossier.getType());
        if (lettres.administration() != null && administration != null) {
            courriels.envoyer(new Courriels.Courriel(dossierId, NatureEnvoi.TRANSMISSION_ADMINISTRATION,
                    "lettre-" + lettres.administration(), administration.courriel(),
                    "Avis %s : %s".formatted(dossier.getReference(), dossier.getDemandeur().getNom()),
                    "Madame, Monsieur,\n\nVeuillez trouver en pièce jointe l'avis rendu sur la demande "
                            + dossier.getReference() + ".\n\n" + parametres.instance() + "\n",
                    pieceJointe(dossierId, lettres.administration())));
        }
    }

    /** The applicant has no e-mail address: the letter goes by post, recorded once as « à poster ». */
    void aPoster(Dossier dossier, NatureEnvoi nature, String cle, String sujet, long lettre) {
        String destinataire = dossier.getDemandeur().getNom();
        if (!envois.existsByDossierIdAndNatureAndCleAndDestinataire(dossier.getId(), nature, cle, destinataire)) {
            envois.save(new Envoi(dossier.getId(), nature, cle, destinataire, sujet, Envoi.Statut.A_POSTER, lettre,
                    clock.instant()));
        }
    }

    Courriels.PieceJointe pieceJointe(long dossierId, long documentId) {
        DocumentService.Contenu contenu = documents.lire(dossierId, documentId);
        return new Courriels.PieceJointe(contenu.document().nom(), contenu.document().typeContenu(), contenu.octets(),
                documentId);
    }

    /** The values every letter template may use about the dossier (see {@link ModelesLettres#exemple()}). */
    Map<String, Object> variables(Dossier dossier) {
        Map<String, Object> variables = new HashMap<>();
        Decision decision = dossier.getDecision();
        variables.put("instance", parametres.instance());
        variables.put("lieu", parametres.lieu());
        variables.put("date", LocalDate.now(clock.withZone(ClockConfig.BRUXELLES)).format(DATE_LETTRE));
        variables.put("reference", dossier.getReference());
        variables.put("objet", dossier.getObjet());
        variables.put("demandeur", dossier.getDemandeur().getNom());
        variables.put("type", dossier.getType().libelle());
        variables.put("chambre", dossier.getChambre() == null ? libelles.libelle(Chambre.CSEF)
                : libelles.libelle(dossier.getChambre()));
        variables.put("decision", decision == null ? "" : decision.libelle());
        variables.put("decisionCode", decision == null ? "" : decision.name());
        variables.put("motivation", dossier.getDecisionMotivation());
        variables.put("recommandation", dossier.getDecisionRecommandation());
        variables.put("referenceLegale", parametres.referencesLegales().get(dossier.getType()));
        variables.put("attestationAle", dossier.getType() == AvisType.ALE_FORMATION
                && (decision == Decision.FAVORABLE || decision == Decision.FAVORABLE_AVEC_RECOMMANDATION));
        ParametresNotification.Administration administration = parametres.administrations().get(dossier.getType());
        variables.put("administration", administration == null ? "" : administration.nom());
        Optional<MesureUrgente> mesure = procedureUrgente.origineDeLaDecision(dossier);
        variables.put("mesureUrgente", mesure.isPresent());
        variables.put("bureau", libelles.libelle(Chambre.BUREAU));
        variables.put("instancePleniere", libelles.libelle(Chambre.INSTANCE_PLENIERE));
        variables.put("dateMesure", mesure.map(m -> m.getDate().format(DATE_LETTRE)).orElse(""));
        variables.put("piecesManquantes", dossier.getPiecesManquantes());
        return variables;
    }
}
