package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.audit.AppartientAuDossier;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dossier on a séance's agenda and what the séance made of it: decision, votes, déports. Without séance, the
 * point waits for the next séance of its chambre (a decision of the Bureau to ratify, an avis of the CSEF to
 * validate). For those, {@code decision}, {@code motivation} and {@code recommandation} are the decision submitted
 * to the Instance plénière, and {@code origineSeanceId} the séance that took it, or {@code mesureUrgenteId} the
 * Bureau's urgent measure (a dossier may have had several), or {@code avisPoleId} the avis a pôle de synergies gave
 * in its meeting. A point of {@link NaturePoint#APPROBATION} is no dossier's: {@code objetType} and {@code objetId}
 * name its subject ({@link SujetsDeLaPleniere}).
 */
@Entity
@Table(name = "point_ordre_du_jour")
public class PointOrdreDuJour implements AppartientAuDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "point_ordre_du_jour_seq")
    @SequenceGenerator(name = "point_ordre_du_jour_seq", sequenceName = "point_ordre_du_jour_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "seance_id")
    private Seance seance;

    @Enumerated(EnumType.STRING)
    private Chambre chambre;

    @Column(name = "dossier_id")
    private Long dossierId;

    @Enumerated(EnumType.STRING)
    private NaturePoint nature;

    private Integer ordre;

    @Enumerated(EnumType.STRING)
    private StatutPoint statut;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String motivation;

    private String recommandation;

    @Column(name = "votes_pour")
    private Integer pour;

    @Column(name = "votes_contre")
    private Integer contre;

    private Integer abstentions;

    @Column(name = "delibere_par")
    private String deliberePar;

    @Column(name = "delibere_le")
    private Instant delibereLe;

    @Column(name = "motivation_ratification")
    private String motivationRatification;

    @Column(name = "origine_seance_id")
    private Long origineSeanceId;

    @Column(name = "mesure_urgente_id")
    private Long mesureUrgenteId;

    @Column(name = "avis_pole_id")
    private Long avisPoleId;

    @Column(name = "en_bloc")
    private boolean enBloc;

    /** A point that is no dossier's: the kind of its subject ({@link SujetsDeLaPleniere#type()}) and its id. */
    @Column(name = "objet_type")
    private String objetType;

    @Column(name = "objet_id")
    private Long objetId;

    @ElementCollection
    @CollectionTable(name = "point_deport", joinColumns = @JoinColumn(name = "point_id"))
    private List<Deport> deports = new ArrayList<>();

    protected PointOrdreDuJour() {
    }

    private PointOrdreDuJour(Chambre chambre, Long dossierId, NaturePoint nature, Long origineSeanceId) {
        this.chambre = chambre;
        this.dossierId = dossierId;
        this.nature = nature;
        this.origineSeanceId = origineSeanceId;
        this.statut = StatutPoint.A_INSCRIRE;
    }

    static PointOrdreDuJour deliberation(Seance seance, Long dossierId, int ordre) {
        PointOrdreDuJour point = new PointOrdreDuJour(seance.getChambre(), dossierId, NaturePoint.DELIBERATION, null);
        point.inscrire(seance, ordre);
        return point;
    }

    /** Something the Instance plénière approves that is no dossier ({@link SujetsDeLaPleniere}), at this séance. */
    static PointOrdreDuJour approbation(Seance seance, String type, long id, int ordre) {
        PointOrdreDuJour point = new PointOrdreDuJour(seance.getChambre(), null, NaturePoint.APPROBATION, null);
        point.objetType = type;
        point.objetId = id;
        point.inscrire(seance, ordre);
        return point;
    }

    /** An urgent measure of the Bureau, for the next Instance plénière to ratify. */
    static PointOrdreDuJour ratification(MesureUrgente mesure) {
        PointOrdreDuJour point = pourLaPleniere(NaturePoint.RATIFICATION, mesure.getDossierId(), mesure.getDecision(),
                mesure.getMotivation(), mesure.getRecommandation(), null);
        point.mesureUrgenteId = mesure.getId();
        return point;
    }

    /** The avis a pôle de synergies gave in its meeting, for the next Instance plénière to validate. */
    static PointOrdreDuJour validation(AvisDePole avis) {
        PointOrdreDuJour point = pourLaPleniere(NaturePoint.VALIDATION, avis.getDossierId(), avis.getDecision(),
                avis.getMotivation(), avis.getRecommandation(), null);
        point.avisPoleId = avis.getId();
        return point;
    }

    /**
     * What a séance of the Bureau or of the CSEF decided, for the next Instance plénière: a decision of the Bureau to
     * ratify, an avis of the CSEF to validate.
     */
    static PointOrdreDuJour pourLaPleniere(Seance origine, PointOrdreDuJour delibere) {
        NaturePoint nature = origine.getChambre() == Chambre.BUREAU ? NaturePoint.RATIFICATION : NaturePoint.VALIDATION;
        return pourLaPleniere(nature, delibere.dossierId, delibere.decision, delibere.motivation,
                delibere.recommandation, origine.getId());
    }

    private static PointOrdreDuJour pourLaPleniere(NaturePoint nature, Long dossierId, Decision soumise,
            String motivationSoumise, String recommandationSoumise, Long origineSeanceId) {
        PointOrdreDuJour point = new PointOrdreDuJour(Chambre.INSTANCE_PLENIERE, dossierId, nature, origineSeanceId);
        point.decision = soumise;
        point.motivation = motivationSoumise;
        point.recommandation = recommandationSoumise;
        return point;
    }

    void inscrire(Seance cible, int rang) {
        seance = cible;
        ordre = rang;
        statut = StatutPoint.INSCRIT;
    }

    /** Not examined: back to the points waiting for the next séance. */
    void reporter() {
        seance = null;
        ordre = null;
        statut = StatutPoint.A_INSCRIRE;
    }

    void deliberer(Decision code, String motivationSaisie, String recommandationSaisie, Votes votes,
            List<Deport> deportes, Trace trace) {
        verifierInscrit();
        decision = code;
        statut = code == Decision.AJOURNE ? StatutPoint.AJOURNE : StatutPoint.DELIBERE;
        motivation = motivationSaisie;
        recommandation = recommandationSaisie;
        enregistrer(votes, deportes, trace);
    }

    /**
     * The decision submitted stays in {@code decision}; the plénière's reasons go to {@code motivationRatification}.
     * {@code ensemble}: confirmed en bloc, with other points, in one vote.
     */
    void ratifier(boolean confirme, String motivationSaisie, Votes votes, List<Deport> deportes, boolean ensemble,
            Trace trace) {
        verifierInscrit();
        if (nature == NaturePoint.VALIDATION) {
            statut = confirme ? StatutPoint.VALIDE : StatutPoint.NON_VALIDE;
        } else {
            statut = confirme ? StatutPoint.RATIFIE : StatutPoint.NON_RATIFIE;
        }
        enBloc = ensemble;
        motivationRatification = motivationSaisie;
        enregistrer(votes, deportes, trace);
    }

    /** The Instance approves or refuses a subject that is no dossier; a refusal carries its motivation. */
    void approuver(boolean approuve, String motivationSaisie, Votes votes, List<Deport> deportes, Trace trace) {
        verifierInscrit();
        statut = approuve ? StatutPoint.APPROUVE : StatutPoint.REFUSE;
        motivation = motivationSaisie;
        enregistrer(votes, deportes, trace);
    }

    /** The votes and déports of the decision taken on this point, and who recorded it when. */
    private void enregistrer(Votes votes, List<Deport> deportes, Trace trace) {
        pour = votes.pour();
        contre = votes.contre();
        abstentions = votes.abstentions();
        deports.clear();
        deports.addAll(deportes);
        deliberePar = trace.utilisateur();
        delibereLe = trace.horodatage();
    }

    /** Not examined by the séance: no decision of any kind, not even an adjournment, is put on record. */
    void nonExamine() {
        statut = StatutPoint.NON_EXAMINE;
    }

    /**
     * A ratification or validation the plénière did not examine: it stays in this séance's record as not examined,
     * and a new point carries it to the next plénière.
     */
    PointOrdreDuJour reporterALaPleniereSuivante() {
        statut = StatutPoint.NON_EXAMINE;
        PointOrdreDuJour suivant = pourLaPleniere(nature, dossierId, decision, motivation, recommandation,
                origineSeanceId);
        suivant.mesureUrgenteId = mesureUrgenteId;
        suivant.avisPoleId = avisPoleId;
        return suivant;
    }

    void prendreActe() {
        statut = StatutPoint.PRIS_ACTE;
    }

    void verifierInscrit() {
        if (statut != StatutPoint.INSCRIT) {
            throw new ConflitException("Ce %s a déjà été traité dans cette séance (%s)."
                    .formatted(dossierId == null ? "point" : "dossier", statut.libelle().toLowerCase(Locale.FRENCH)));
        }
    }

    public record Votes(Integer pour, Integer contre, Integer abstentions) {
    }

    public Long getId() {
        return id;
    }

    public Seance getSeance() {
        return seance;
    }

    public Chambre getChambre() {
        return chambre;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public NaturePoint getNature() {
        return nature;
    }

    public Integer getOrdre() {
        return ordre;
    }

    public StatutPoint getStatut() {
        return statut;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getMotivation() {
        return motivation;
    }

    public String getRecommandation() {
        return recommandation;
    }

    public Integer getPour() {
        return pour;
    }

    public Integer getContre() {
        return contre;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public String getDeliberePar() {
        return deliberePar;
    }

    public Instant getDelibereLe() {
        return delibereLe;
    }

    public String getMotivationRatification() {
        return motivationRatification;
    }

    public Long getOrigineSeanceId() {
        return origineSeanceId;
    }

    public Long getMesureUrgenteId() {
        return mesureUrgenteId;
    }

    public Long getAvisPoleId() {
        return avisPoleId;
    }

    public String getObjetType() {
        return objetType;
    }

    public Long getObjetId() {
        return objetId;
    }

    /** This point's subject is {@code type} n° {@code id} (never for a dossier's point). */
    boolean concerne(String type, long id) {
        return type.equals(objetType) && objetId != null && objetId == id;
    }

    /** This point is dossier n° {@code id}'s. */
    boolean duDossier(long id) {
        return dossierId != null && dossierId == id;
    }

    public boolean isEnBloc() {
        return enBloc;
    }

    public List<Deport> getDeports() {
        return List.copyOf(deports);
    }

    @Override
    public Long dossierAudite() {
        return dossierId;
    }
}
