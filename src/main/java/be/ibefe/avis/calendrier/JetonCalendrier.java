package be.ibefe.avis.calendrier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The secret address of a user's iCalendar feed, by its SHA-256 only; revoked, it opens nothing any more. */
@Entity
@Table(name = "jeton_calendrier")
public class JetonCalendrier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jeton_calendrier_seq")
    @SequenceGenerator(name = "jeton_calendrier_seq", sequenceName = "jeton_calendrier_seq", allocationSize = 50)
    private Long id;

    private String utilisateur;

    private String empreinte;

    @Column(name = "cree_le")
    private Instant creeLe;

    @Column(name = "revoque_le")
    private Instant revoqueLe;

    protected JetonCalendrier() {
    }

    JetonCalendrier(String utilisateur, String empreinte, Instant creeLe) {
        this.utilisateur = utilisateur;
        this.empreinte = empreinte;
        this.creeLe = creeLe;
    }

    void revoquer(Instant quand) {
        revoqueLe = quand;
    }

    public String getUtilisateur() {
        return utilisateur;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public Instant getRevoqueLe() {
        return revoqueLe;
    }
}
