package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.NomsDesOrganes;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.system.ClockConfig;
import be.ibefe.avis.system.ConflitException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A séance of a chambre: its date, who was convened and present, and whether it is closed. */
@Entity
@Table(name = "seance")
public class Seance {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seance_seq")
    @SequenceGenerator(name = "seance_seq", sequenceName = "seance_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private Chambre chambre;

    /** The bassin whose chambre sits. */
    private String bassin;

    @Column(name = "date_seance")
    private LocalDate date;

    private String lieu;

    @Enumerated(EnumType.STRING)
    private StatutSeance statut;

    @Column(name = "cree_par", updatable = false)
    private String creePar;

    @Column(name = "cree_le", updatable = false)
    private Instant creeLe;

    @Column(name = "cloturee_par")
    private String clotureePar;

    @Column(name = "cloturee_le")
    private Instant clotureeLe;

    @ElementCollection
    @CollectionTable(name = "seance_presence", joinColumns = @JoinColumn(name = "seance_id"))
    @OrderBy("nom")
    private List<Presence> presences = new ArrayList<>();

    /** The approval of this séance's procès-verbal by a later séance of its body; null while it is provisional. */
    @Column(name = "approbation_pv_id")
    private Long approbationPvId;

    protected Seance() {
    }

    Seance(String bassin, Chambre chambre, LocalDate date, String lieu, List<Mandat> convoques, Set<String> presents,
            Set<String> excuses, Trace trace) {
        this.bassin = bassin;
        this.chambre = chambre;
        this.date = date;
        this.lieu = lieu;
        this.statut = StatutSeance.PLANIFIEE;
        this.creePar = trace.utilisateur();
        this.creeLe = trace.horodatage();
        convoques.stream().map(Mandat::getMembre).distinct()
                .map(membre -> convoques.stream().filter(m -> m.getMembre().equals(membre)).findFirst().orElseThrow())
                .forEach(m -> presences.add(new Presence(m, presents.contains(m.getMembre()),
                        excuses.contains(m.getMembre()))));
    }

    /** {@code excuses} null keeps the members excused so far, but for those now present. */
    void marquerPresents(Set<String> presents, Set<String> excuses) {
        verifierOuverte();
        presences.forEach(p -> p.marquer(presents.contains(p.getMembre()), !presents.contains(p.getMembre())
                && (excuses == null ? p.isExcuse() : excuses.contains(p.getMembre()))));
    }

    void cloturer(Trace trace) {
        verifierOuverte();
        verifierTenue(trace.horodatage(), "elle ne se clôture");
        statut = StatutSeance.CLOTUREE;
        clotureePar = trace.utilisateur();
        clotureeLe = trace.horodatage();
    }

    /**
     * The engine records only what happened: a séance decides, and is closed, from its day on (a Belgian calendar
     * day), never before it has taken place. {@code action}: what cannot be done yet, « ses décisions ne
     * s'enregistrent ».
     */
    void verifierTenue(Instant maintenant, String action) {
        if (!tenue(maintenant.atZone(ClockConfig.BRUXELLES).toLocalDate())) {
            throw new ConflitException("La séance du %s n'a pas encore eu lieu : %s qu'à partir de ce jour-là."
                    .formatted(date.format(DATE), action));
        }
    }

    /** Whether the séance has taken place by {@code aujourdhui}: its day has come. */
    public boolean tenue(LocalDate aujourdhui) {
        return !date.isAfter(aujourdhui);
    }

    void verifierOuverte() {
        if (statut == StatutSeance.CLOTUREE) {
            throw new ConflitException("La séance du %s est clôturée : elle ne peut plus être modifiée."
                    .formatted(date.format(DATE)));
        }
    }

    /** A closed séance's procès-verbal, approved once and for all ({@link ApprobationsPv}). */
    void approuverProcesVerbal(ApprobationPv approbation) {
        if (approbationPvId != null) {
            throw new ConflitException("Le procès-verbal de la séance du %s est déjà approuvé : il ne change plus."
                    .formatted(date.format(DATE)));
        }
        approbationPvId = approbation.getId();
    }

    /** No decision of the séance without its quorum (409). */
    void verifierQuorum(BigDecimal proportion) {
        Quorum quorum = quorum(proportion);
        if (!quorum.atteint()) {
            throw new ConflitException(("Quorum non atteint : %d membre(s) présent(s) avec voix délibérative sur %d, "
                    + "%d requis. Aucune décision ne peut être enregistrée.")
                    .formatted(quorum.presents(), quorum.voixDeliberatives(), quorum.requis()));
        }
    }

    /** Strictly more than {@code proportion} of the members with a deliberative vote present. */
    Quorum quorum(BigDecimal proportion) {
        int voix = (int) presences.stream().filter(Presence::isVoixDeliberative).count();
        int presents = (int) presences.stream().filter(p -> p.isVoixDeliberative() && p.isPresent()).count();
        int requis = proportion.multiply(BigDecimal.valueOf(voix)).setScale(0, RoundingMode.FLOOR).intValue() + 1;
        return new Quorum(voix, presents, requis, presents >= requis);
    }

    public record Quorum(int voixDeliberatives, int presents, int requis, boolean atteint) {
    }

    /** "CSEF du 26/03/2024", the body as its bassin names it ({@code noms}), for the history of the dossiers. */
    String designation(NomsDesOrganes noms) {
        return "%s du %s".formatted(noms.libelle(chambre), date.format(DATE));
    }

    public Long getId() {
        return id;
    }

    public String getBassin() {
        return bassin;
    }

    public Chambre getChambre() {
        return chambre;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getLieu() {
        return lieu;
    }

    public StatutSeance getStatut() {
        return statut;
    }

    public String getClotureePar() {
        return clotureePar;
    }

    public Instant getClotureeLe() {
        return clotureeLe;
    }

    public List<Presence> getPresences() {
        return List.copyOf(presences);
    }

    public Long getApprobationPvId() {
        return approbationPvId;
    }
}
