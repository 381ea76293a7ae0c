package be.ibefe.avis.poles;

import be.ibefe.avis.bassin.LigneCreeeDuBassin;
import be.ibefe.avis.system.ConflitException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pôle de synergies or a working group of a bassin. {@code bassin} is the bassin that carries it; an interbassin
 * pôle names the other bassins taking part in {@code bassinsAssocies}: their users read it, only the carrying bassin
 * records its members, meetings and fiches, and only its Instance approves them. A pôle lives {@code dureeMois} (at
 * most 36, seed 004 l.35) from the Instance's approval ({@code debut} to {@code fin}); {@code evaluationLe} is when
 * its evaluation opens.
 */
@Entity
@Table(name = "pole")
public class Pole extends LigneCreeeDuBassin {

    @Enumerated(EnumType.STRING)
    private NaturePole nature;

    private String nom;

    private String secteur;

    private String mission;

    @Enumerated(EnumType.STRING)
    private OriginePole origine;

    @Column(name = "groupe_origine_id")
    private Long groupeOrigineId;

    @Enumerated(EnumType.STRING)
    private StatutPole statut;

    @Column(name = "duree_mois")
    private int dureeMois;

    private LocalDate debut;

    private LocalDate fin;

    @Column(name = "evaluation_le")
    private LocalDate evaluationLe;

    private int renouvellements;

    @Column(name = "conclusions_evaluation")
    private String conclusionsEvaluation;

    @Enumerated(EnumType.STRING)
    @Column(name = "motif_cloture")
    private MotifCloture motifCloture;

    @Column(name = "clos_le")
    private LocalDate closLe;

    @ElementCollection
    @CollectionTable(name = "pole_bassin_associe", joinColumns = @JoinColumn(name = "pole_id"))
    @Column(name = "bassin")
    private Set<String> bassinsAssocies = new TreeSet<>();

    protected Pole() {
    }

    Pole(String bassin, NaturePole nature, String nom, String secteur, String mission, OriginePole origine,
            Long groupeOrigineId, int dureeMois, Set<String> associes, String creePar, Instant creeLe, LocalDate aujourdhui) {
        super(bassin, creePar, creeLe);
        this.nature = nature;
        this.nom = nom;
        this.secteur = secteur;
        this.mission = mission;
        this.origine = origine;
        this.groupeOrigineId = groupeOrigineId;
        this.dureeMois = dureeMois;
        this.bassinsAssocies.addAll(associes);
        // a working group needs no approval of the Instance: it works from its creation (seed 000 l.508)
        this.statut = nature == NaturePole.GROUPE_DE_TRAVAIL ? StatutPole.ACTIF : StatutPole.PROPOSITION;
        if (nature == NaturePole.GROUPE_DE_TRAVAIL) {
            this.debut = aujourdhui;
        }
    }

    /** The Instance approved the pôle: its term runs from that day. */
    void activer(LocalDate le, LocalDate evaluation) {
        debut = le;
        fin = le.plusMonths(dureeMois);
        evaluationLe = evaluation;
        statut = StatutPole.ACTIF;
    }

    void refuser(LocalDate le) {
        statut = StatutPole.REFUSE;
        closLe = le;
    }

    void ouvrirEvaluation() {
        statut = StatutPole.EVALUATION;
    }

    void evaluer(String conclusions, boolean renouveler) {
        if (statut != StatutPole.EVALUATION) {
            throw new ConflitException("Le pôle « %s » n'est pas en évaluation (%s) : son évaluation s'ouvre le %s."
                    .formatted(nom, statut.libelle(), evaluationLe == null ? "—" : evaluationLe.format(PoleView.DATE)));
        }
        conclusionsEvaluation = conclusions;
        if (renouveler) {
            statut = StatutPole.RENOUVELLEMENT;
        }
    }

    /** The Instance approved the renewal: a new term follows the previous one. */
    void renouveler(LocalDate evaluation) {
        debut = fin;
        fin = debut.plusMonths(dureeMois);
        evaluationLe = evaluation;
        renouvellements++;
        statut = StatutPole.ACTIF;
    }

    void clore(MotifCloture motif, LocalDate le) {
        statut = StatutPole.CLOS;
        motifCloture = motif;
        closLe = le;
    }

    void convertir(LocalDate le) {
        statut = StatutPole.CONVERTI;
        closLe = le;
    }

    /** The bassins whose users read this pôle. */
    boolean concerne(String code) {
        return getBassin().equals(code) || bassinsAssocies.contains(code);
    }

    public NaturePole getNature() {
        return nature;
    }

    public String getNom() {
        return nom;
    }

    public String getSecteur() {
        return secteur;
    }

    public String getMission() {
        return mission;
    }

    public OriginePole getOrigine() {
        return origine;
    }

    public Long getGroupeOrigineId() {
        return groupeOrigineId;
    }

    public StatutPole getStatut() {
        return statut;
    }

    public int getDureeMois() {
        return dureeMois;
    }

    public LocalDate getDebut() {
        return debut;
    }

    public LocalDate getFin() {
        return fin;
    }

    public LocalDate getEvaluationLe() {
        return evaluationLe;
    }

    public int getRenouvellements() {
        return renouvellements;
    }

    public String getConclusionsEvaluation() {
        return conclusionsEvaluation;
    }

    public MotifCloture getMotifCloture() {
        return motifCloture;
    }

    public LocalDate getClosLe() {
        return closLe;
    }

    public Set<String> getBassinsAssocies() {
        return Set.copyOf(bassinsAssocies);
    }
}
