package be.ibefe.avis.documents;

import be.ibefe.avis.audit.AppartientAuDossier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of a dossier: who deposited it, when, what it is. Its content is kept apart. */
@Entity
@Table(name = "document")
public class Document implements AppartientAuDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dossier_id", updatable = false)
    private Long dossierId;

    private String nom;

    @Column(name = "type_contenu")
    private String typeContenu;

    private long taille;

    private String empreinte;

    private String chemin;

    @Column(name = "depose_par", updatable = false)
    private String deposePar;

    @Column(name = "depose_le", updatable = false)
    private Instant deposeLe;

    protected Document() {
    }

    Document(Long dossierId, String nom, String typeContenu, long taille, String empreinte, String chemin,
            String deposePar, Instant deposeLe) {
        this.dossierId = dossierId;
        this.nom = nom;
        this.typeContenu = typeContenu;
        this.taille = taille;
        this.empreinte = empreinte;
        this.chemin = chemin;
        this.deposePar = deposePar;
        this.deposeLe = deposeLe;
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getNom() {
        return nom;
    }

    public String getTypeContenu() {
        return typeContenu;
    }

    public long getTaille() {
        return taille;
    }

    public String getEmpreinte() {
        return empreinte;
    }

    public String getChemin() {
        return chemin;
    }

    public String getDeposePar() {
        return deposePar;
    }

    public Instant getDeposeLe() {
        return deposeLe;
    }

    @Override
    public Long dossierAudite() {
        return dossierId;
    }
}
