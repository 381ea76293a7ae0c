package be.ibefe.avis.seance;

import be.ibefe.avis.audit.AppartientAuDossier;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Trace;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An urgent measure of the Bureau as a body, between two séances: the day it was taken, the members of the Bureau
 * who took part (as their mandates of that day name them), how they voted, who stepped out, and who recorded it for
 * the Bureau. The Instance plénière ratifies it at its next séance.
 */
@Entity
@Table(name = "mesure_urgente")
public class MesureUrgente implements AppartientAuDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mesure_urgente_seq")
    @SequenceGenerator(name = "mesure_urgente_seq", sequenceName = "mesure_urgente_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dossier_id")
    private Long dossierId;

    @Column(name = "date_mesure")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String motivation;

    private String recommandation;

    private String justification;

    @Column(name = "votes_pour")
    private Integer pour;

    @Column(name = "votes_contre")
    private Integer contre;

    private Integer abstentions;

    @Column(name = "enregistree_par")
    private String enregistreePar;

    @Column(name = "enregistree_le")
    private Instant enregistreeLe;

    @ElementCollection
    @CollectionTable(name = "mesure_urgente_participant", joinColumns = @JoinColumn(name = "mesure_id"))
    private List<Participant> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "mesure_urgente_deport", joinColumns = @JoinColumn(name = "mesure_id"))
    private List<Deport> deports = new ArrayList<>();

    protected MesureUrgente() {
    }

    MesureUrgente(Long dossierId, LocalDate date, Decision decision, String motivation, String recommandation,
            String justification, PointOrdreDuJour.Votes votes, List<Participant> participants, List<Deport> deports,
            Trace trace) {
        this.dossierId = dossierId;
        this.date = date;
        this.decision = decision;
        this.motivation = motivation;
        this.recommandation = recommandation;
        this.justification = justification;
        this.pour = votes.pour();
        this.contre = votes.contre();
        this.abstentions = votes.abstentions();
        this.participants.addAll(participants);
        this.deports.addAll(deports);
        this.enregistreePar = trace.utilisateur();
        this.enregistreeLe = trace.horodatage();
    }

    /** A member of the Bureau who took part, with his name and function of that day. */
    @Embeddable
    public static class Participant {

        private String membre;

        private String nom;

        private String qualite;

        protected Participant() {
        }

        Participant(Presence presence) {
            this.membre = presence.getMembre();
            this.nom = presence.getNom();
            this.qualite = presence.getQualite();
        }

        public String getMembre() {
            return membre;
        }

        public String getNom() {
            return nom;
        }

        public String getQualite() {
            return qualite;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public LocalDate getDate() {
        return date;
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

    public String getEnregistreePar() {
        return enregistreePar;
    }

    public Instant getEnregistreeLe() {
        return enregistreeLe;
    }

    public List<Participant> getParticipants() {
        return List.copyOf(participants);
    }

    @Override
    public Long dossierAudite() {
        return dossierId;
    }
}
