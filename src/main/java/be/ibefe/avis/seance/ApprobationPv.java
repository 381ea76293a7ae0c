package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.Trace;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a séance did with the procès-verbal of an earlier séance of its body: approved it (with the corrections noted,
 * if any), postponed its approval, or closed without examining it. Votes null: by consensus. Never changed once
 * written.
 */
@Entity
@Table(name = "approbation_pv")
public class ApprobationPv {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approbation_pv_seq")
    @SequenceGenerator(name = "approbation_pv_seq", sequenceName = "approbation_pv_seq", allocationSize = 50)
    private Long id;

    @Column(updatable = false)
    private String bassin;

    /** The séance that dealt with the procès-verbal. */
    @Column(name = "seance_id", updatable = false)
    private Long seanceId;

    /** The séance whose procès-verbal it is. */
    @Column(name = "seance_pv_id", updatable = false)
    private Long seancePvId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private StatutApprobationPv statut;

    @Column(updatable = false)
    private String corrections;

    @Column(name = "votes_pour", updatable = false)
    private Integer pour;

    @Column(name = "votes_contre", updatable = false)
    private Integer contre;

    @Column(updatable = false)
    private Integer abstentions;

    @Column(name = "enregistree_par", updatable = false)
    private String enregistreePar;

    @Column(name = "enregistree_le", updatable = false)
    private Instant enregistreeLe;

    protected ApprobationPv() {
    }

    ApprobationPv(Seance seance, Seance pv, StatutApprobationPv statut, String corrections,
            PointOrdreDuJour.Votes votes, Trace trace) {
        this.bassin = seance.getBassin();
        this.seanceId = seance.getId();
        this.seancePvId = pv.getId();
        this.statut = statut;
        this.corrections = corrections;
        this.pour = votes.pour();
        this.contre = votes.contre();
        this.abstentions = votes.abstentions();
        this.enregistreePar = trace.utilisateur();
        this.enregistreeLe = trace.horodatage();
    }

    public Long getId() {
        return id;
    }

    public String getBassin() {
        return bassin;
    }

    public Long getSeanceId() {
        return seanceId;
    }

    public Long getSeancePvId() {
        return seancePvId;
    }

    public StatutApprobationPv getStatut() {
        return statut;
    }

    public String getCorrections() {
        return corrections;
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

    public String getEnregistreePar() {
        return enregistreePar;
    }

    public Instant getEnregistreeLe() {
        return enregistreeLe;
    }
}
