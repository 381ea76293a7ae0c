package be.ibefe.avis.seance;

import be.ibefe.avis.audit.AppartientAuDossier;
import be.ibefe.avis.dossier.Decision;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The avis d'opportunité a pôle de synergies gave on a dossier, by consensus, in one of its meetings (seed 004 l.37,
 * 44), as the coordination recorded it: the pôle's name and the meeting's day as they were then, the members present,
 * the decision. No votes: a pôle decides by consensus. The Instance plénière validates it at its next séance.
 */
@Entity
@Table(name = "avis_pole")
public class AvisDePole implements AppartientAuDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "avis_pole_seq")
    @SequenceGenerator(name = "avis_pole_seq", sequenceName = "avis_pole_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "dossier_id")
    private Long dossierId;

    @Column(name = "pole_id")
    private Long poleId;

    @Column(name = "reunion_id")
    private Long reunionId;

    @Column(name = "pole_nom")
    private String poleNom;

    @Column(name = "date_reunion")
    private LocalDate dateReunion;

    private String presents;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String motivation;

    private String recommandation;

    @Column(name = "enregistre_par")
    private String enregistrePar;

    @Column(name = "enregistre_le")
    private Instant enregistreLe;

    protected AvisDePole() {
    }

    AvisDePole(Long dossierId, Reunion reunion, Decision decision, String motivation, String recommandation,
            Trace trace) {
        this.dossierId = dossierId;
        this.poleId = reunion.poleId();
        this.reunionId = reunion.reunionId();
        this.poleNom = reunion.poleNom();
        this.dateReunion = reunion.date();
        this.presents = String.join(", ", reunion.presents());
        this.decision = decision;
        this.motivation = motivation;
        this.recommandation = recommandation;
        this.enregistrePar = trace.utilisateur();
        this.enregistreLe = trace.horodatage();
    }

    /**
     * The pôle's meeting where the avis was given: the pôle (its id and name), the meeting (its id and day) and the
     * members present (organisation and representative).
     */
    public record Reunion(long poleId, String poleNom, long reunionId, LocalDate date, List<String> presents) {
    }

    /** « le pôle de synergies économies durables » : the pôle with its article, whatever its name starts with. */
    public static String designation(String poleNom) {
        String prefixe = "pôle de synergies";
        if (poleNom.toLowerCase(Locale.FRENCH).startsWith(prefixe)) {
            return "le " + prefixe + poleNom.substring(prefixe.length());
        }
        return "le %s « %s »".formatted(prefixe, poleNom);
    }

    public String designation() {
        return designation(poleNom);
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Long getPoleId() {
        return poleId;
    }

    public Long getReunionId() {
        return reunionId;
    }

    public String getPoleNom() {
        return poleNom;
    }

    public LocalDate getDateReunion() {
        return dateReunion;
    }

    public String getPresents() {
        return presents;
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

    public String getEnregistrePar() {
        return enregistrePar;
    }

    public Instant getEnregistreLe() {
        return enregistreLe;
    }

    @Override
    public Long dossierAudite() {
        return dossierId;
    }
}
