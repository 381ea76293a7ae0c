package be.ibefe.avis.thematiques;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A métier of the bassin's thématiques communes for one year. */
@Entity
@Table(name = "metier_prioritaire")
public class MetierPrioritaire {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metier_prioritaire_seq")
    @SequenceGenerator(name = "metier_prioritaire_seq", sequenceName = "metier_prioritaire_seq", allocationSize = 50)
    private Long id;

    private int annee;

    /** Each bassin sets its own list (thématiques communes). */
    private String bassin;

    private String libelle;

    @Column(name = "code_rome")
    private String codeRome;

    private String famille;

    @Enumerated(EnumType.STRING)
    private ActionOffre action;

    protected MetierPrioritaire() {
    }

    public MetierPrioritaire(String bassin, int annee, String libelle, String codeRome, String famille,
            ActionOffre action) {
        this.bassin = bassin;
        this.annee = annee;
        this.libelle = libelle;
        this.codeRome = codeRome;
        this.famille = famille;
        this.action = action;
    }

    public Long getId() {
        return id;
    }

    public int getAnnee() {
        return annee;
    }

    public String getLibelle() {
        return libelle;
    }

    public String getCodeRome() {
        return codeRome;
    }

    public String getFamille() {
        return famille;
    }

    public ActionOffre getAction() {
        return action;
    }

    public String getBassin() {
        return bassin;
    }
}
