package be.ibefe.avis.dossier;

import be.ibefe.avis.audit.AppartientAuDossier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A remark left on a dossier, from the page of one of its tasks; never changed afterwards. */
@Entity
@Table(name = "dossier_commentaire")
class Commentaire implements AppartientAuDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_commentaire_seq")
    @SequenceGenerator(name = "dossier_commentaire_seq", sequenceName = "dossier_commentaire_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dossier_id", updatable = false)
    private long dossierId;

    @Column(updatable = false)
    private String auteur;

    @Column(updatable = false)
    private Instant horodatage;

    @Column(updatable = false)
    private String tache;

    @Column(updatable = false)
    private String texte;

    protected Commentaire() {
    }

    Commentaire(long dossierId, Trace trace, String tache, String texte) {
        this.dossierId = dossierId;
        this.auteur = trace.utilisateur();
        this.horodatage = trace.horodatage();
        this.tache = tache;
        this.texte = texte;
    }

    @Override
    public Long dossierAudite() {
        return dossierId;
    }

    CommentaireView vue() {
        return new CommentaireView(auteur, horodatage, tache, texte);
    }
}
