package be.ibefe.avis.bassin;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The letterhead logo of a bassin (PNG or JPEG), kept apart from the bassin row that every request reads. */
@Entity
@Table(name = "bassin_logo")
class LogoBassin {

    @Id
    private String bassin;

    private String type;

    private byte[] contenu;

    protected LogoBassin() {
    }

    LogoBassin(String bassin, String type, byte[] contenu) {
        this.bassin = bassin;
        this.type = type;
        this.contenu = contenu;
    }

    void remplacer(String nouveauType, byte[] nouveauContenu) {
        type = nouveauType;
        contenu = nouveauContenu;
    }

    String getType() {
        return type;
    }

    byte[] getContenu() {
        return contenu;
    }
}
