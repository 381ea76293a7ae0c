package be.ibefe.avis.bassin;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An Instance Bassin EFE served by this deployment; its code prefixes the references of its dossiers. */
@Entity
@Table(name = "bassin")
public class Bassin {

    @Id
    private String code;

    private String nom;

    protected Bassin() {
    }

    Bassin(String code, String nom) {
        this.code = code;
        this.nom = nom;
    }

    public String getCode() {
        return code;
    }

    public String getNom() {
        return nom;
    }
}
