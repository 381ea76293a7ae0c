package be.ibefe.avis.thematiques;

import be.ibefe.avis.bassin.LigneDuBassin;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.system.ConflitException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A bassin's thématiques communes of one year (seed 000 l.262-272): the working group's proposal (its meeting date,
 * recommendations under the four usual headings, métiers prioritaires flagged créer / maintenir / adapter), then the
 * Instance plénière's decision on it. Validated in October of {@code annee}, its métiers are the métiers prioritaires
 * of {@code annee + 1}.
 */
@Entity
@Table(name = "thematiques_communes")
public class ThematiquesCommunes extends LigneDuBassin {

    private int annee;

    @Column(name = "date_groupe_travail")
    private LocalDate dateGroupeTravail;

    private String orientation;

    @Column(name = "adaptation_offre")
    private String adaptationOffre;

    @Column(name = "stages_alternance")
    private String stagesAlternance;

    private String equipement;

    @Enumerated(EnumType.STRING)
    private StatutThematiques statut;

    @Column(name = "seance_id")
    private Long seanceId;

    @Column(name = "seance_designation")
    private String seanceDesignation;

    @Column(name = "date_decision")
    private LocalDate dateDecision;

    @Column(name = "votes_pour")
    private Integer pour;

    @Column(name = "votes_contre")
    private Integer contre;

    private Integer abstentions;

    private String motivation;

    @Column(name = "decide_par")
    private String decidePar;

    @Column(name = "decide_le")
    private Instant decideLe;

    @ElementCollection
    @CollectionTable(name = "thematiques_communes_metier", joinColumns = @JoinColumn(name = "thematiques_id"))
    @OrderColumn(name = "rang")
    private List<MetierPropose> metiers = new ArrayList<>();

    protected ThematiquesCommunes() {
    }

    ThematiquesCommunes(String bassin, int annee) {
        super(bassin);
        this.annee = annee;
        this.statut = StatutThematiques.PROPOSEES;
    }

    /** The working group's proposal, new or corrected: possible until the plénière validated it. */
    void proposer(LocalDate date, Recommandations recommandations, List<MetierSaisi> proposes) {
        if (statut == StatutThematiques.VALIDEES) {
            throw new ConflitException("Les thématiques communes %d sont validées par l'Instance plénière : elles ne changent plus."
                    .formatted(annee));
        }
        if (statut == StatutThematiques.INSCRITES) {
            throw new ConflitException(("Les thématiques communes %d sont inscrites à l'ordre du jour de la séance « %s » : "
                    + "retirez-les de l'ordre du jour avant de les modifier.").formatted(annee, seanceDesignation));
        }
        dateGroupeTravail = date;
        orientation = recommandations.orientation();
        adaptationOffre = recommandations.adaptationOffre();
        stagesAlternance = recommandations.stagesAlternance();
        equipement = recommandations.equipement();
        metiers.clear();
        proposes.forEach(m -> metiers.add(new MetierPropose(m)));
        statut = StatutThematiques.PROPOSEES;
        seanceId = null;
        seanceDesignation = null;
        dateDecision = null;
        pour = null;
        contre = null;
        abstentions = null;
        motivation = null;
        decidePar = null;
        decideLe = null;
    }

    void inscrire(long seance, String designation) {
        if (statut != StatutThematiques.PROPOSEES) {
            throw new ConflitException("Les thématiques communes %d sont « %s » : seule une proposition s'inscrit à l'ordre du jour."
                    .formatted(annee, statut.libelle().toLowerCase(java.util.Locale.ROOT)));
        }
        seanceId = seance;
        seanceDesignation = designation;
        statut = StatutThematiques.INSCRITES;
    }

    void retirer() {
        verifierInscrites();
        seanceId = null;
        seanceDesignation = null;
        statut = StatutThematiques.PROPOSEES;
    }

    void decider(boolean validees, LocalDate date, Integer votesPour, Integer votesContre, Integer votesAbstentions,
            String motif, Trace trace) {
        verifierInscrites();
        statut = validees ? StatutThematiques.VALIDEES : StatutThematiques.REFUSEES;
        dateDecision = date;
        pour = votesPour;
        contre = votesContre;
        abstentions = votesAbstentions;
        motivation = motif;
        decidePar = trace.utilisateur();
        decideLe = trace.horodatage();
    }

    private void verifierInscrites() {
        if (statut != StatutThematiques.INSCRITES) {
            throw new ConflitException("Les thématiques communes %d ne sont pas à l'ordre du jour d'une plénière (« %s »)."
                    .formatted(annee, statut.libelle().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    public int getAnnee() {
        return annee;
    }

    public LocalDate getDateGroupeTravail() {
        return dateGroupeTravail;
    }

    public Recommandations getRecommandations() {
        return new Recommandations(orientation, adaptationOffre, stagesAlternance, equipement);
    }

    public StatutThematiques getStatut() {
        return statut;
    }

    public Long getSeanceId() {
        return seanceId;
    }

    public String getSeanceDesignation() {
        return seanceDesignation;
    }

    public LocalDate getDateDecision() {
        return dateDecision;
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

    public String getMotivation() {
        return motivation;
    }

    public String getDecidePar() {
        return decidePar;
    }

    public List<MetierPropose> getMetiers() {
        return metiers;
    }
}
