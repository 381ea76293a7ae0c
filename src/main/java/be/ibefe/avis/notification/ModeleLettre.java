package be.ibefe.avis.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A letter template as an administrator last saved it. */
@Entity
@Table(name = "modele_lettre")
public class ModeleLettre {

    @Id
    private String code;

    @Version
    private long version;

    private String titre;

    private String contenu;

    @Column(name = "modifie_par")
    private String modifiePar;

    @Column(name = "modifie_le")
    private Instant modifieLe;

    protected ModeleLettre() {
    }

    ModeleLettre(String code, String titre, String contenu, String modifiePar, Instant modifieLe) {
        this.code = code;
        this.titre = titre;
        this.contenu = contenu;
        this.modifiePar = modifiePar;
        this.modifieLe = modifieLe;
    }

    void modifier(String nouveauContenu, String par, Instant le) {
        contenu = nouveauContenu;
        modifiePar = par;
        modifieLe = le;
    }

    public String getCode() {
        return code;
    }

    public String getTitre() {
        return titre;
    }

    public String getContenu() {
        return contenu;
    }

    public String getModifiePar() {
        return modifiePar;
    }

    public Instant getModifieLe() {
        return modifieLe;
    }
}
