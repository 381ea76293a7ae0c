package be.ibefe.avis.thematiques;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A « fonction critique » of a bassin for one year (seed 000 l.352): a list of its own, next to the métiers
 * prioritaires, that the APRC priority reads.
 */
@Entity
@Table(name = "fonction_critique")
public class FonctionCritique {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fonction_critique_seq")
    @SequenceGenerator(name = "fonction_critique_seq", sequenceName = "fonction_critique_seq", allocationSize = 50)
    private Long id;

    private String bassin;

    private int annee;

    private String libelle;

    @Column(name = "code_rome")
    private String codeRome;

    protected FonctionCritique() {
    }

    FonctionCritique(String bassin, int annee, String libelle, String codeRome) {
        this.bassin = bassin;
        this.annee = annee;
        this.libelle = libelle;
        this.codeRome = codeRome;
    }

    public Long getId() {
        return id;
    }

    public String getBassin() {
        return bassin;
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
}
