package be.ibefe.avis.regleslocales;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An operator a bassin recognises for ALE trainings: a training it gives may be agreed, which the équipe checks. Each
 * bassin keeps its own list.
 */
@Entity
@Table(name = "operateur_ale_reconnu")
public class OperateurAleReconnu {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operateur_ale_reconnu_seq")
    @SequenceGenerator(name = "operateur_ale_reconnu_seq", sequenceName = "operateur_ale_reconnu_seq", allocationSize = 50)
    private Long id;

    private String bassin;

    /** The name, or the part of a name, that an operator's name contains (« Croix-Rouge »). */
    private String nom;

    /** What it is recognised for (« premiers secours »), if said. */
    private String formations;

    protected OperateurAleReconnu() {
    }

    OperateurAleReconnu(String bassin, String nom, String formations) {
        this.bassin = bassin;
        this.nom = nom;
        this.formations = formations;
    }

    public Long getId() {
        return id;
    }

    public String getBassin() {
        return bassin;
    }

    public String getNom() {
        return nom;
    }

    public String getFormations() {
        return formations;
    }
}
