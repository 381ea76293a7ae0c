package be.ibefe.avis.notification;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.dossier.Traces;
import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.documents.TypeDocument;
import be.ibefe.avis.bassin.Administration;
import be.ibefe.avis.bassin.EnTete;
import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.Organe;
import be.ibefe.avis.seance.MesureUrgente;
import be.ibefe.avis.seance.AvisDePole;
import be.ibefe.avis.seance.AvisDesPoles;
import be.ibefe.avis.seance.ProcedureUrgente;
import be.ibefe.avis.system.ClockConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of every avis: the dossier becomes NOTIFIE (or CLOS); then, in the asynchronous steps of the avis-courriels
 * process that the engine retries, the letter to the applicant and the transmission to the administration are
 * produced and kept with the dossier (committed), and afterwards the e-mails leave with those letters attached.
 */
@Service
public class Notifications {

    static final DateTimeFormatter DATE_LETTRE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm",
            Locale.FRENCH).withZone(ClockConfig.BRUXELLES);
    /** Whom a transmission is « à poster » to while the bassin has named no administration for its type. */
    static final String DESTINATAIRE_A_CONFIGURER = "destinataire à configurer (administration des avis « %s »)";
    private static final EnumSet<Decision> AVIS = EnumSet.of(Decision.FAVORABLE, Decision.FAVORABLE_AVEC_RECOMMANDATION,
            Decision.DEFAVORABLE, Decision.NON_COMPETENT);

    private final DossierService dossiers;
    private final TransitionsDuDossier transitions;
    private final DocumentService documents;
    private final ModelesLettres modeles;
    private final Courriels courriels;
    private final ParametresNotification parametres;
    private final IdentitesBassins identites;
    private final Traces traces;
    private final EnvoiRepository envois;
    private final ProcedureUrgente procedureUrgente;
    private final AvisDesPoles avisDesPoles;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    public Notifications(DossierService dossiers,
            TransitionsDuDossier transitions, DocumentService documents, ModelesLettres modeles,
            Courriels courriels, ParametresNotification parametres, IdentitesBassins identites, Traces traces,
            EnvoiRepository envois, ProcedureUrgente procedureUrgente, AvisDesPoles avisDesPoles, Clock clock) {
        this.procedureUrgente = procedureUrgente;
        this.avisDesPoles = avisDesPoles;
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.documents = documents;
        this.modeles = modeles;
        this.courriels = courriels;
        this.parametres = parametres;
        this.identites = identites;
        this.traces = traces;
        this.envois = envois;
        this.clock = clock;
    }

    /** The letters produced for one notification, by their document ids (the administration's may be absent). */
    public record Lettres(long demandeur, Long administration) {
    }

    /**
     * Notifies the dossier (NOTIFIE, or CLOS without an avis) and returns when; its letters are produced afterwards,
     * outside this transaction, by {@link #produire}.
     */
    @Transactional
    public Instant notifier(long dossierId) {
        Trace trace = traces.maintenant();
        transitions.notifier(dossiers.charger(dossierId), trace);
        return trace.horodatage();
    }

    /**
     * Produces the letters of the avis notified at {@code notifieLe} and keeps them with the dossier. An avis that no
     * longer stands (withdrawn by the Instance plénière, or replaced by a later decision, since it was notified) gets
     * none, and so no e-mail: the history says so.
     */
    @Transactional
    public Optional<Lettres> produire(long dossierId, Instant notifieLe) {
        Dossier dossier = dossiers.charger(dossierId);
        if (neTientPlus(dossier, notifieLe)) {
            transitions.consignerEnvoiAnnule(dossier, ("les lettres de l'avis notifié le %s n'ont été ni produites ni "
                    + "envoyées : cet avis a été retiré (ou remplacé) avant leur envoi.")
                    .formatted(DATE_HEURE.format(notifieLe)), traces.maintenant());
            return Optional.empty();
        }
        Map<String, Object> variables = variables(dossier);
        DocumentView lettre = documents.enregistrerProduit(dossierId,
                "Lettre au demandeur %s.pdf".formatted(dossier.getReference()), TypeDocument.PDF,
                modeles.lettre(ModelesLettres.Code.AVIS_DEMANDEUR, variables));
        Long transmission = null;
        if (identites.transmis(dossier.getBassin(), dossier.getType()) && AVIS.contains(dossier.getDecision())) {
            transmission = documents.enregistrerProduit(dossierId,
                    "Transmission à l'administration %s.pdf".formatted(dossier.getReference()), TypeDocument.PDF,
                    modeles.lettre(ModelesLettres.Code.TRANSMISSION_ADMINISTRATION, variables)).id();
        }
        return Optional.of(new Lettres(lettre.id(), transmission));
    }

    /** True when the dossier's decision is no longer the one that stood at {@code depuis}. */
    private static boolean neTientPlus(Dossier dossier, Instant depuis) {
        return dossier.getDecision() == null
                || dossier.getDecisionLe() != null && depuis.isBefore(dossier.getDecisionLe());
    }

    /**
     * Sends the e-mails of a notification; a letter already sent is not sent again. Letters whose decision no longer
     * stands (withdrawn by the Instance plénière, or replaced by a later decision, while this sending waited for the
     * mail server) do not leave: the history says so, and those who already received the avis have had the
     * withdrawal letter.
     */
    @Transactional
    public void envoyer(long dossierId, Lettres lettres) {
        Dossier dossier = dossiers.charger(dossierId);
        Instant produiteLe = documents.consulter(dossierId, lettres.demandeur()).deposeLe();
        if (neTientPlus(dossier, produiteLe)) {
            transitions.consignerEnvoiAnnule(dossier, ("les lettres de l'avis produites le %s ne sont pas parties : cet avis a été "
                    + "retiré (ou remplacé) avant leur envoi.").formatted(DATE_HEURE.format(produiteLe)),
                    traces.maintenant());
            return;
        }
        String cle = "lettre-" + lettres.demandeur();
        String sujet = "Votre demande %s : %s".formatted(dossier.getReference(),
                dossier.getDecision() == null ? "avis" : dossier.getDecision().libelle().toLowerCase(Locale.FRENCH));
        String adresse = dossier.getDemandeur().getEmail();
        if (adresse == null) {
            aPoster(dossier, NatureEnvoi.AVIS_DEMANDEUR, cle, sujet, lettres.demandeur());
        } else {
            courriels.envoyer(new Courriels.Courriel(dossierId, NatureEnvoi.AVIS_DEMANDEUR, cle, adresse, sujet,
                    "Madame, Monsieur,\n\nVeuillez trouver en pièce jointe la lettre relative à votre demande "
                            + dossier.getReference() + ".\n\n" + signature(dossier) + "\n",
                    pieceJointe(dossierId, lettres.demandeur())));
        }
        if (lettres.administration() != null) {
            transmettre(dossier, lettres.administration());
        }
    }

    /**
     * The avis to the administration the dossier's bassin named for its type: by e-mail to the address the bassin
     * entered, else « à poster » to it by name; when the bassin has named none yet, « à poster » to a recipient still
     * to configure — never to an address nobody entered.
     */
    private void transmettre(Dossier dossier, long lettre) {
        String cle = "lettre-" + lettre;
        String sujet = "Avis %s : %s".formatted(dossier.getReference(), dossier.getDemandeur().getNom());
        Optional<Administration> administration = identites.administration(dossier.getBassin(), dossier.getType());
        if (administration.isEmpty()) {
            aPoster(dossier, NatureEnvoi.TRANSMISSION_ADMINISTRATION, cle, sujet, lettre,
                    DESTINATAIRE_A_CONFIGURER.formatted(dossier.getType().libelle()));
        } else if (administration.get().getCourriel() == null) {
            aPoster(dossier, NatureEnvoi.TRANSMISSION_ADMINISTRATION, cle, sujet, lettre, administration.get().getNom());
        } else {
            courriels.envoyer(new Courriels.Courriel(dossier.getId(), NatureEnvoi.TRANSMISSION_ADMINISTRATION, cle,
                    administration.get().getCourriel(), sujet,
                    "Madame, Monsieur,\n\nVeuillez trouver en pièce jointe l'avis rendu sur la demande "
                            + dossier.getReference() + ".\n\n" + signature(dossier) + "\n",
                    pieceJointe(dossier.getId(), lettre)));
        }
    }

    /** The applicant has no e-mail address: the letter goes by post, recorded once as « à poster ». */
    void aPoster(Dossier dossier, NatureEnvoi nature, String cle, String sujet, long lettre) {
        aPoster(dossier, nature, cle, sujet, lettre, dossier.getDemandeur().getNom());
    }

    /** A letter to post to {@code destinataire} (a name, not an address), recorded once. */
    private void aPoster(Dossier dossier, NatureEnvoi nature, String cle, String sujet, long lettre,
            String destinataire) {
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

    /** The closing line of an e-mail about the dossier: its bassin's Instance, by its official name. */
    String signature(Dossier dossier) {
        return identites.enTete(dossier.getBassin(), aujourdhui()).nomOfficiel();
    }

    private LocalDate aujourdhui() {
        return LocalDate.now(clock.withZone(ClockConfig.BRUXELLES));
    }

    /** The séance whose deliberation gave the dossier its current decision: its body and its date. */
    private Optional<Object[]> seanceDeLaDecision(Dossier dossier) {
        if (dossier.getDecision() == null) {
            return Optional.empty();
        }
        List<Object[]> seances = entityManager.createQuery("""
                select p.seance.chambre, p.seance.date from PointOrdreDuJour p
                where p.dossierId = :dossier and p.decision = :decision and p.delibereLe is not null
                order by p.delibereLe desc""", Object[].class)
                .setParameter("dossier", dossier.getId()).setParameter("decision", dossier.getDecision())
                .setMaxResults(1).getResultList();
        return seances.stream().findFirst();
    }

    /**
     * The values every letter template may use about the dossier (see {@link ModelesLettres#exemple()}). Everything
     * that names or situates the Instance comes from the dossier's bassin ({@link IdentitesBassins#enTete}): its
     * letterhead, place of signature, the names of its bodies and the signatories in office on the letter's day.
     */
    Map<String, Object> variables(Dossier dossier) {
        Map<String, Object> variables = new HashMap<>();
        Decision decision = dossier.getDecision();
        LocalDate jour = aujourdhui();
        EnTete bassin = identites.enTete(dossier.getBassin(), jour);
        variables.put("bassin", bassin);
        variables.put("instance", bassin.nomOfficiel());
        variables.put("lieu", bassin.lieu());
        variables.put("date", jour.format(DATE_LETTRE));
        variables.put("reference", dossier.getReference());
        variables.put("objet", dossier.getObjet());
        variables.put("demandeur", dossier.getDemandeur().getNom());
        variables.put("adresseDemandeur", dossier.getDemandeur().getAdresse() == null ? List.of()
                : dossier.getDemandeur().getAdresse().lignes());
        variables.put("type", dossier.getType().libelle());
        Optional<Object[]> seance = seanceDeLaDecision(dossier);
        Chambre chambre = seance.map(s -> (Chambre) s[0])
                .orElse(dossier.getChambre() == null ? Chambre.CSEF : dossier.getChambre());
        variables.put("chambre", bassin.libelle(chambre));
        variables.put("dateSeance", seance.map(s -> ((LocalDate) s[1]).format(DATE_LETTRE)).orElse(""));
        variables.put("decision", decision == null ? "" : decision.libelle());
        variables.put("decisionCode", decision == null ? "" : decision.name());
        variables.put("motivation", dossier.getDecisionMotivation());
        variables.put("recommandation", dossier.getDecisionRecommandation());
        variables.put("referenceLegale", parametres.referencesLegales().get(dossier.getType()));
        variables.put("attestationAle", dossier.getType() == AvisType.ALE_FORMATION
                && (decision == Decision.FAVORABLE || decision == Decision.FAVORABLE_AVEC_RECOMMANDATION));
        Optional<Administration> administration = identites.administration(dossier.getBassin(), dossier.getType());
        variables.put("administration", administration.map(Administration::getNom).orElse(""));
        variables.put("adresseAdministration", administration.map(Administration::getAdresse)
                .map(a -> a.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()).orElse(List.of()));
        Optional<MesureUrgente> mesure = procedureUrgente.origineDeLaDecision(dossier);
        variables.put("mesureUrgente", mesure.isPresent());
        variables.put("bureau", bassin.libelle(Chambre.BUREAU));
        variables.put("bureauDesigne", bassin.designation(Chambre.BUREAU));
        variables.put("instancePleniere", bassin.libelle(Chambre.INSTANCE_PLENIERE));
        variables.put("instancePleniereDesignee", bassin.designation(Chambre.INSTANCE_PLENIERE));
        variables.put("dateMesure", mesure.map(m -> m.getDate().format(DATE_LETTRE)).orElse(""));
        variables.put("piecesManquantes", dossier.getPiecesManquantes());
        // who decided signs with the coordination; a letter no body decided (request for pieces, withdrawal,
        // non-competence) is the coordination's
        Chambre organe = mesure.isPresent() ? Chambre.BUREAU : chambre;
        boolean avisDUnOrgane = decision != null && decision != Decision.NON_COMPETENT && decision != Decision.RETIRE;
        // a pôle de synergies gave it by consensus in its meeting: the letter names the pôle and the meeting's day;
        // a pôle has no signatories of its own, the coordination signs for the Instance
        Optional<AvisDePole> avisDePole = mesure.isPresent() ? Optional.empty()
                : avisDesPoles.origineDeLaDecision(dossier);
        variables.put("avisDePole", avisDePole.isPresent());
        variables.put("dateReunion", avisDePole.map(a -> a.getDateReunion().format(DATE_LETTRE)).orElse(""));
        variables.put("organe", avisDePole.map(AvisDePole::getPoleNom).orElse(bassin.libelle(organe)));
        variables.put("organeDesigne", avisDePole.map(AvisDePole::designation).orElse(bassin.designation(organe)));
        variables.put("signatures", avisDUnOrgane && avisDePole.isEmpty()
                ? bassin.signatures(Organe.de(organe), Organe.COORDINATION) : bassin.signatures(Organe.COORDINATION));
        return variables;
    }
}
