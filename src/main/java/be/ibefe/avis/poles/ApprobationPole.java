package be.ibefe.avis.poles;

import be.ibefe.avis.bassin.LigneDuBassin;
import be.ibefe.avis.system.ConflitException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something of a pôle the Instance plénière must approve: the pôle's creation or renewal, a member, a fiche projet
 * ({@code objetId}: the member's or the fiche's id). Decided in a plénière séance of the pôle's bassin
 * ({@code seanceId}); the decision feeds back to the pôle (and to its process for a creation or a renewal).
 */
@Entity
@Table(name = "pole_approbation")
public class ApprobationPole extends LigneDuBassin {

    @Column(name = "pole_id")
    private long poleId;

    @Enumerated(EnumType.STRING)
    private ObjetApprobation objet;

    @Column(name = "objet_id")
    private Long objetId;

    @Enumerated(EnumType.STRING)
    private StatutApprobation statut;

    @Column(name = "soumis_le")
    private Instant soumisLe;

    @Column(name = "seance_id")
    private Long seanceId;

    private String motivation;

    @Column(name = "decide_par")
    private String decidePar;

    @Column(name = "decide_le")
    private Instant decideLe;

    protected ApprobationPole() {
    }

    ApprobationPole(Pole pole, ObjetApprobation objet, Long objetId, Instant soumisLe) {
        super(pole.getBassin());
        this.poleId = pole.getId();
        this.objet = objet;
        this.objetId = objetId;
        this.soumisLe = soumisLe;
        this.statut = StatutApprobation.A_APPROUVER;
    }

    void decider(boolean approuve, long seance, String motivationSaisie, String par, Instant le) {
        if (statut != StatutApprobation.A_APPROUVER) {
            throw new ConflitException("L'Instance n'a plus à décider de ce point (%s).".formatted(statut.libelle()));
        }
        statut = approuve ? StatutApprobation.APPROUVE : StatutApprobation.REFUSE;
        seanceId = seance;
        motivation = motivationSaisie;
        decidePar = par;
        decideLe = le;
    }

    /** The pôle ended before the plénière decided. */
    void sansObjet() {
        statut = StatutApprobation.SANS_OBJET;
    }

    public long getPoleId() {
        return poleId;
    }

    public ObjetApprobation getObjet() {
        return objet;
    }

    public Long getObjetId() {
        return objetId;
    }

    public StatutApprobation getStatut() {
        return statut;
    }

    public Instant getSoumisLe() {
        return soumisLe;
    }

    public Long getSeanceId() {
        return seanceId;
    }

    public String getMotivation() {
        return motivation;
    }

    public String getDecidePar() {
        return decidePar;
    }

    public Instant getDecideLe() {
        return decideLe;
    }
}
