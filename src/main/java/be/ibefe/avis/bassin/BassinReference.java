package be.ibefe.avis.bassin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One of the ten Instances Bassin EFE of the AIBEFE, as the sources name it (V26): what a bassin starts from when an
 * administrator activates it. Reference data, never edited by the application.
 */
@Entity
@Immutable
@Table(name = "bassin_reference")
class BassinReference {

    @Id
    private String code;

    private String nom;

    @Column(name = "nom_officiel")
    private String nomOfficiel;

    /** Null where no source names the chambre: the bassin starts from the generic name. */
    @Column(name = "libelle_csef")
    private String libelleCsef;

    protected BassinReference() {
    }

    String getCode() {
        return code;
    }

    String getNom() {
        return nom;
    }

    String getNomOfficiel() {
        return nomOfficiel;
    }

    String getLibelleCsef() {
        return libelleCsef;
    }
}
