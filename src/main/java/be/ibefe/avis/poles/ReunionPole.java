package be.ibefe.avis.poles;

import be.ibefe.avis.bassin.LigneCreeeDuBassin;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting of a pôle or working group (about five a year, some by videoconference: seed 000 l.191, 490), who of its
 * members attended, and the decisions it took by consensus (no vote, seed 004 l.37), which the pôle communicates to
 * the Instance (seed 004 l.38).
 */
@Entity
@Table(name = "pole_reunion")
public class ReunionPole extends LigneCreeeDuBassin {

    @Column(name = "pole_id")
    private long poleId;

    @Column(name = "date_reunion")
    private LocalDate date;

    private boolean webinaire;

    private String lieu;

    @Column(name = "ordre_du_jour")
    private String ordreDuJour;

    @ElementCollection
    @CollectionTable(name = "pole_reunion_presence", joinColumns = @JoinColumn(name = "reunion_id"))
    @OrderBy("membreId")
    private List<Presence> presences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pole_reunion_decision", joinColumns = @JoinColumn(name = "reunion_id"))
    @OrderBy("rang")
    private List<DecisionConsensus> decisions = new ArrayList<>();

    /** A member expected at the meeting and whether he came. */
    @Embeddable
    public record Presence(@Column(name = "membre_id") long membreId, boolean present) {
    }

    /** A decision taken by consensus, in the order the meeting took them. */
    @Embeddable
    public record DecisionConsensus(int rang, String texte) {
    }

    protected ReunionPole() {
    }

    ReunionPole(Pole pole, LocalDate date, boolean webinaire, String lieu, String ordreDuJour, List<Presence> presences,
            List<String> decisions, String creePar, Instant creeLe) {
        super(pole.getBassin(), creePar, creeLe);
        this.poleId = pole.getId();
        this.date = date;
        this.webinaire = webinaire;
        this.lieu = lieu;
        this.ordreDuJour = ordreDuJour;
        this.presences.addAll(presences);
        for (int i = 0; i < decisions.size(); i++) {
            this.decisions.add(new DecisionConsensus(i + 1, decisions.get(i)));
        }
    }

    public long getPoleId() {
        return poleId;
    }

    public LocalDate getDate() {
        return date;
    }

    public boolean isWebinaire() {
        return webinaire;
    }

    public String getLieu() {
        return lieu;
    }

    public String getOrdreDuJour() {
        return ordreDuJour;
    }

    public List<Presence> getPresences() {
        return List.copyOf(presences);
    }

    public List<DecisionConsensus> getDecisions() {
        return List.copyOf(decisions);
    }
}
