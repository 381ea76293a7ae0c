package be.ibefe.avis.dossier;

import be.ibefe.avis.audit.AppartientAuDossier;
import jakarta.persistence.Column;
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
import java.time.Instant;

/** What happened to a dossier, who did it and when. Rows are only ever added. */
@Entity
@Table(name = "dossier_historique")
public class HistoriqueEntree implements AppartientAuDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_historique_seq")
    @SequenceGenerator(name = "dossier_historique_seq", sequenceName = "dossier_historique_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id", updatable = false)
    private Dossier dossier;

    @Column(updatable = false)
    private Instant horodatage;

    @Column(updatable = false)
    private String utilisateur;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut_precedent", updatable = false)
    private Statut statutPrecedent;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Statut statut;

    @Column(updatable = false)
    private String evenement;

    protected HistoriqueEntree() {
    }

    HistoriqueEntree(Dossier dossier, Instant horodatage, String utilisateur, Statut statutPrecedent, Statut statut,
            String evenement) {
        this.dossier = dossier;
        this.horodatage = horodatage;
        this.utilisateur = utilisateur;
        this.statutPrecedent = statutPrecedent;
        this.statut = statut;
        this.evenement = evenement;
    }

    public Instant getHorodatage() {
        return horodatage;
    }

    public String getUtilisateur() {
        return utilisateur;
    }

    public Statut getStatutPrecedent() {
        return statutPrecedent;
    }

    public Statut getStatut() {
        return statut;
    }

    public String getEvenement() {
        return evenement;
    }

    @Override
    public Long dossierAudite() {
        return dossier.getId();
    }
}
