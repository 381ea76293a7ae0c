package be.ibefe.avis.notification;

import be.ibefe.avis.audit.AppartientAuDossier;
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

/** An e-mail the application sent (or recorded without sending when e-mail is off). */
@Entity
@Table(name = "envoi")
public class Envoi implements AppartientAuDossier {

    public enum Statut {
        ENVOYE,
        /** E-mail is off in this installation: recorded, not sent. */
        DESACTIVE,
        /** No e-mail address: the letter goes by post. */
        A_POSTER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "envoi_seq")
    @SequenceGenerator(name = "envoi_seq", sequenceName = "envoi_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dossier_id")
    private Long dossierId;

    @Enumerated(EnumType.STRING)
    private NatureEnvoi nature;

    private String cle;

    private String destinataire;

    private String sujet;

    @Enumerated(EnumType.STRING)
    private Statut statut;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "envoye_le")
    private Instant envoyeLe;

    protected Envoi() {
    }

    Envoi(Long dossierId, NatureEnvoi nature, String cle, String destinataire, String sujet, Statut statut,
            Long documentId, Instant envoyeLe) {
        this.dossierId = dossierId;
        this.nature = nature;
        this.cle = cle;
        this.destinataire = destinataire;
        this.sujet = sujet;
        this.statut = statut;
        this.documentId = documentId;
        this.envoyeLe = envoyeLe;
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public NatureEnvoi getNature() {
        return nature;
    }

    public String getCle() {
        return cle;
    }

    public String getDestinataire() {
        return destinataire;
    }

    public String getSujet() {
        return sujet;
    }

    public Statut getStatut() {
        return statut;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Instant getEnvoyeLe() {
        return envoyeLe;
    }

    @Override
    public Long dossierAudite() {
        return dossierId;
    }
}
