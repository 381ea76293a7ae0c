package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.AvisTypeEnBase;
import be.ibefe.avis.bassin.Chambre;
import com.fasterxml.jackson.databind.JsonNode;
import be.ibefe.avis.audit.AppartientAuDossier;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An avis request and everything decided about it. Its status moves only through the methods below, each of which
 * records who and when in the history.
 */
@Entity
@Table(name = "dossier")
public class Dossier implements AppartientAuDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
    @SequenceGenerator(name = "dossier_seq", sequenceName = "dossier_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private String reference;

    /** The code of the Instance Bassin EFE the dossier belongs to. */
    private String bassin;

    private int annee;

    @Convert(converter = AvisTypeEnBase.class)
    private AvisType type;

    @Enumerated(EnumType.STRING)
    private Statut statut;

    @Embedded
    private Demandeur demandeur;

    private String objet;

    @Column(name = "date_reception")
    private LocalDate dateReception;

    private LocalDate echeance;

    @Column(name = "reference_externe")
    private String referenceExterne;

    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode donnees;

    @Enumerated(EnumType.STRING)
    private Chambre chambre;

    @Column(name = "pieces_manquantes")
    private String piecesManquantes;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposition_avis")
    private Decision propositionAvis;

    @Column(name = "proposition_motivation")
    private String propositionMotivation;

    @Column(name = "proposition_par")
    private String propositionPar;

    @Column(name = "proposition_le")
    private Instant propositionLe;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Column(name = "decision_motivation")
    private String decisionMotivation;

    @Column(name = "decision_recommandation")
    private String decisionRecommandation;

    @Column(name = "decision_par")
    private String decisionPar;

    @Column(name = "decision_le")
    private Instant decisionLe;

    /**
     * When the standing avis was notified: the dossier's last entry into NOTIFIE, kept while it is NOTIFIE so that
     * the processing times read it here rather than from the history (V47).
     */
    @Column(name = "notifie_le")
    private Instant notifieLe;

    @Column(name = "escalade_le")
    private Instant escaladeLe;

    @Column(name = "escalade_motif")
    private String escaladeMotif;

    @Column(name = "cree_par", updatable = false)
    private String creePar;

    @Column(name = "cree_le", updatable = false)
    private Instant creeLe;

    @ElementCollection
    @CollectionTable(name = "dossier_critere", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "ordre")
    private List<Critere> criteres = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
    @OrderBy("horodatage, id")
    private List<HistoriqueEntree> historique = new ArrayList<>();

    protected Dossier() {
    }

    public static Dossier enregistrer(String bassin, String reference, AvisType type, Demandeur demandeur,
            String objet, LocalDate dateReception, LocalDate echeance, String referenceExterne, JsonNode donnees,
            Trace trace) {
        Dossier dossier = new Dossier();
        dossier.bassin = bassin;
        dossier.reference = reference;
        dossier.annee = dateReception.getYear();
        dossier.type = type;
        dossier.demandeur = demandeur;
        dossier.objet = objet;
        dossier.dateReception = dateReception;
        dossier.echeance = echeance;
        dossier.referenceExterne = referenceExterne;
        dossier.donnees = donnees;
        dossier.creePar = trace.utilisateur();
        dossier.creeLe = trace.horodatage();
        dossier.passer(Statut.RECU, EnumSet.noneOf(Statut.class), "Dossier enregistré", trace);
        return dossier;
    }

    public void marquerIncomplet(String pieces, Trace trace) {
        piecesManquantes = pieces;
        passer(Statut.INCOMPLET, EnumSet.of(Statut.RECU), "Dossier incomplet. Pièces manquantes : " + pieces, trace);
    }

    public void enregistrerPiecesRecues(String pieces, Trace trace) {
        passer(Statut.RECU, EnumSet.of(Statut.INCOMPLET), "Pièces reçues : " + pieces, trace);
    }

    public void enregistrerEligibilite(List<Critere> resultats, Trace trace) {
        criteres.clear();
        criteres.addAll(resultats);
        long ko = resultats.stream().filter(c -> c.getResultat() == ResultatCritere.KO).count();
        long aVerifier = resultats.stream().filter(c -> c.getResultat() == ResultatCritere.A_VERIFIER).count();
        passer(Statut.EN_ANALYSE, EnumSet.of(Statut.RECU, Statut.EN_ANALYSE),
                "Dossier recevable. Éligibilité évaluée : %d critère(s), %d non rencontré(s), %d à vérifier"
                        .formatted(resultats.size(), ko, aVerifier),
                trace);
    }

    /** The analyst overrides a criterion's result; only during the analysis. */
    public void deroger(String code, ResultatCritere resultat, String motivation, Trace trace) {
        if (statut != Statut.EN_ANALYSE) {
            throw new TransitionInterditeException(
                    "Le dossier %s est « %s » : ses critères ne peuvent être modifiés qu'en analyse."
                            .formatted(reference, statut.libelle()));
        }
        for (int i = 0; i < criteres.size(); i++) {
            Critere critere = criteres.get(i);
            if (critere.getCode().equals(code)) {
                criteres.set(i, critere.deroger(resultat, motivation, trace));
                consigner("Critère « %s » : %s remplacé par %s. Motivation : %s".formatted(critere.getLibelle(),
                        critere.getResultatCalcule().libelle(), resultat.libelle(), motivation), trace);
                return;
            }
        }
        throw new IllegalArgumentException("Le dossier %s n'a pas de critère « %s ».".formatted(reference, code));
    }

    /**
     * The competence rule finds the CSEF not competent (e.g. an ALE training agreed by law): a proposal only, with
     * the criteria that explain it; nothing is decided nor sent before a person of the coordination confirms it.
     */
    public void proposerNonCompetent(List<Critere> resultats, String raison, Trace trace) {
        if (statut != Statut.RECU) {
            throw new TransitionInterditeException("Le dossier %s est « %s » : la compétence se vérifie à la réception."
                    .formatted(reference, statut.libelle()));
        }
        criteres.clear();
        criteres.addAll(resultats);
        propositionAvis = Decision.NON_COMPETENT;
        propositionMotivation = raison;
        propositionPar = trace.utilisateur();
        propositionLe = trace.horodatage();
        consigner("Proposition : CSEF non compétente, à confirmer par la coordination. " + raison, trace);
    }

    /** A person of the coordination sets the proposal aside: the dossier goes on as any other. */
    public void ecarterNonCompetent(String motivation, Trace trace) {
        exigerPropositionNonCompetent();
        propositionAvis = null;
        propositionMotivation = null;
        propositionPar = null;
        propositionLe = null;
        consigner("Proposition « CSEF non compétente » écartée : la CSEF examinera la demande. Motivation : "
                + motivation, trace);
    }

    /** A person of the coordination confirms the proposal: the dossier is closed without analysis, in his name. */
    public void declarerNonCompetent(Trace trace) {
        exigerPropositionNonCompetent();
        decider(Decision.NON_COMPETENT, propositionMotivation, null, trace);
        consigner("CSEF non compétente (proposition confirmée) : " + propositionMotivation, trace);
    }

    private void exigerPropositionNonCompetent() {
        if (propositionAvis != Decision.NON_COMPETENT || decision != null) {
            throw new TransitionInterditeException("Le dossier %s n'a pas de proposition « CSEF non compétente » "
                    .formatted(reference) + "en attente de confirmation.");
        }
    }

    public void proposerAvis(Decision proposition, String motivation, Trace trace) {
        propositionAvis = proposition;
        propositionMotivation = motivation;
        propositionPar = trace.utilisateur();
        propositionLe = trace.horodatage();
        passer(Statut.PRET_POUR_SEANCE, EnumSet.of(Statut.EN_ANALYSE),
                "Analyse terminée, proposition d'avis : " + proposition.libelle(), trace);
    }

    /** The dossier waits for a séance of this chambre. */
    public void attendreSeance(Chambre deliberante, String libelleChambre, Trace trace) {
        if (statut != Statut.PRET_POUR_SEANCE) {
            throw new TransitionInterditeException("Le dossier %s est « %s » : il ne peut attendre une séance."
                    .formatted(reference, statut.libelle()));
        }
        chambre = deliberante;
        consigner("En attente d'une séance : " + libelleChambre, trace);
    }

    /**
     * The dossier waits for the avis of a pôle de synergies, given by consensus in one of its meetings: no séance of
     * a chambre takes it ({@code chambre} empty), nor an urgent measure of the Bureau.
     */
    public void attendreAvisDuPole(String pole, Trace trace) {
        if (statut != Statut.PRET_POUR_SEANCE) {
            throw new TransitionInterditeException("Le dossier %s est « %s » : il ne peut attendre l'avis d'un pôle."
                    .formatted(reference, statut.libelle()));
        }
        chambre = null;
        consigner("En attente de l'avis du pôle de synergies, rendu en sa réunion : " + pole, trace);
    }

    /**
     * The pôle de synergies gave its avis by consensus in its meeting, recorded by the coordination; the Instance
     * plénière validates it. {@code recit} is the history's account: the pôle, its meeting, who was there.
     */
    public void rendreAvisDuPole(Decision code, String motivation, String recommandation, String recit, Trace trace) {
        decider(code, motivation, recommandation, trace);
        passer(Statut.DELIBERE, EnumSet.of(Statut.PRET_POUR_SEANCE), recit, trace);
    }

    public void inscrire(String seance, Trace trace) {
        passer(Statut.INSCRIT, EnumSet.of(Statut.PRET_POUR_SEANCE), "Inscrit à l'ordre du jour : " + seance, trace);
    }

    public void desinscrire(String seance, Trace trace) {
        passer(Statut.PRET_POUR_SEANCE, EnumSet.of(Statut.INSCRIT), "Retiré de l'ordre du jour : " + seance, trace);
    }

    /** The séance's decision; an adjournment is recorded with {@link #ajourner} at the séance's closing. */
    public void deliberer(Decision code, String motivation, String recommandation, String seance, Trace trace) {
        if (code == Decision.AJOURNE || code == Decision.RETIRE) {
            throw new IllegalArgumentException("Décision de séance invalide : " + code);
        }
        decider(code, motivation, recommandation, trace);
        passer(Statut.DELIBERE, EnumSet.of(Statut.INSCRIT), "Décision (%s) : %s".formatted(seance, code.libelle()),
                trace);
    }

    /** Adjourned: back among the dossiers ready for the next séance. */
    public void ajourner(String seance, Trace trace) {
        passer(Statut.PRET_POUR_SEANCE, EnumSet.of(Statut.INSCRIT), "Ajourné (%s)".formatted(seance), trace);
    }

    /** Not examined by the séance, which decided nothing on it: it waits for the next séance. */
    public void reporterNonExamine(String seance, Trace trace) {
        passer(Statut.PRET_POUR_SEANCE, EnumSet.of(Statut.INSCRIT),
                "Non examiné (%s) : reporté à une séance suivante".formatted(seance), trace);
    }

    /**
     * The Bureau decides between séances; the Instance plénière must ratify at its next séance. {@code recit} is the
     * history's account of the measure: the body, its members who took part, their votes, who recorded it.
     */
    public void deciderEnUrgence(Decision code, String motivation, String recommandation, String recit, Trace trace) {
        decider(code, motivation, recommandation, trace);
        passer(Statut.DELIBERE, EnumSet.of(Statut.PRET_POUR_SEANCE, Statut.INSCRIT), recit, trace);
    }

    /**
     * The Instance plénière refused to ratify or validate the decision: the avis is withdrawn, every trace of the
     * decision cleared, and the dossier waits for a new deliberation. {@code recit} is the history's account of the
     * refusal. A non-competence closed the dossier, an avis notified it: both may be withdrawn.
     */
    public void rouvrir(String recit, Trace trace) {
        decision = null;
        decisionMotivation = null;
        decisionRecommandation = null;
        decisionPar = null;
        decisionLe = null;
        notifieLe = null;
        passer(Statut.PRET_POUR_SEANCE, Statut.termines(), recit, trace);
    }

    private void decider(Decision code, String motivation, String recommandation, Trace trace) {
        decision = code;
        decisionMotivation = motivation;
        decisionRecommandation = recommandation;
        decisionPar = trace.utilisateur();
        decisionLe = trace.horodatage();
    }

    /**
     * The applicant is told the outcome. An avis makes the dossier NOTIFIE; a dossier ended without an avis of the
     * chambre (not competent, withdrawn) is CLOS.
     */
    public void notifier(Trace trace) {
        if (decision == Decision.NON_COMPETENT || decision == Decision.RETIRE) {
            passer(Statut.CLOS, EnumSet.complementOf(EnumSet.copyOf(Statut.termines())),
                    "Dossier clos (%s), demandeur informé".formatted(decision.libelle()), trace);
            return;
        }
        passer(Statut.NOTIFIE, EnumSet.of(Statut.DELIBERE), "Avis notifié au demandeur", trace);
        notifieLe = trace.horodatage();
    }

    /** A due date passed: the coordination is alerted, and the dossier shows it until it is closed. */
    public void escalader(String motif, Trace trace) {
        escaladeLe = trace.horodatage();
        escaladeMotif = motif;
        consigner("Échéance dépassée, signalée à la coordination : " + motif, trace);
    }

    /** A reminder was sent: to the applicant (missing pieces) or to whoever holds a task. */
    public void consignerRappel(String rappel, Trace trace) {
        consigner("Rappel : " + rappel, trace);
    }

    /** The e-mails or post of letters that no longer carry the dossier's standing decision were not sent. */
    public void consignerEnvoiAnnule(String motif, Trace trace) {
        consigner("Envoi annulé : " + motif, trace);
    }

    /** The applicant was asked for the missing pieces ({@code demande}: how, and by when). */
    public void consignerDemandePieces(String demande, Trace trace) {
        consigner("Pièces manquantes demandées au demandeur : " + demande, trace);
    }

    /**
     * The missing pieces never came: the request is withdrawn d'office. The system decides it (the decision is
     * recorded as {@code systeme}'s), which is how the activity report tells it from a withdrawal by the applicant.
     */
    public void retirer(String motif, Trace trace) {
        decider(Decision.RETIRE, motif, null, trace);
        consigner("Demande retirée d'office faute des pièces demandées : " + motif, trace);
    }

    public void consignerDocument(String nom, Trace trace) {
        consigner("Document déposé : " + nom, trace);
    }

    /** A fact worth keeping in the history that does not change the status. */
    private void consigner(String evenement, Trace trace) {
        historique.add(new HistoriqueEntree(this, trace.horodatage(), trace.utilisateur(), statut, statut, evenement));
    }

    private void passer(Statut nouveau, Set<Statut> depuis, String evenement, Trace trace) {
        if (statut != null && !depuis.contains(statut)) {
            throw new TransitionInterditeException("Le dossier %s est « %s » : il ne peut pas passer à « %s »."
                    .formatted(reference, statut.libelle(), nouveau.libelle()));
        }
        historique.add(new HistoriqueEntree(this, trace.horodatage(), trace.utilisateur(), statut, nouveau, evenement));
        statut = nouveau;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getBassin() {
        return bassin;
    }

    public String getReference() {
        return reference;
    }

    public int getAnnee() {
        return annee;
    }

    public AvisType getType() {
        return type;
    }

    public Statut getStatut() {
        return statut;
    }

    public Demandeur getDemandeur() {
        return demandeur;
    }

    public String getObjet() {
        return objet;
    }

    public LocalDate getDateReception() {
        return dateReception;
    }

    public LocalDate getEcheance() {
        return echeance;
    }

    public String getReferenceExterne() {
        return referenceExterne;
    }

    public JsonNode getDonnees() {
        return donnees;
    }

    public String getPiecesManquantes() {
        return piecesManquantes;
    }

    public Decision getPropositionAvis() {
        return propositionAvis;
    }

    public String getPropositionMotivation() {
        return propositionMotivation;
    }

    public String getPropositionPar() {
        return propositionPar;
    }

    public Instant getPropositionLe() {
        return propositionLe;
    }

    public Chambre getChambre() {
        return chambre;
    }

    public Instant getEscaladeLe() {
        return escaladeLe;
    }

    public String getEscaladeMotif() {
        return escaladeMotif;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecisionMotivation() {
        return decisionMotivation;
    }

    public String getDecisionRecommandation() {
        return decisionRecommandation;
    }

    public String getDecisionPar() {
        return decisionPar;
    }

    public Instant getDecisionLe() {
        return decisionLe;
    }

    public String getCreePar() {
        return creePar;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public List<Critere> getCriteres() {
        return List.copyOf(criteres);
    }

    public List<HistoriqueEntree> getHistorique() {
        return List.copyOf(historique);
    }

    @Override
    public Long dossierAudite() {
        return id;
    }
}
