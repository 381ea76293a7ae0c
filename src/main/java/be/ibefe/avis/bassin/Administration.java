package be.ibefe.avis.bassin;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * The administration of a bassin that receives its avis of one type: a name, and the postal address and e-mail
 * address the coordination entered, if any. Nothing here is ever guessed: without an e-mail address the letter is
 * posted, never e-mailed.
 */
@Embeddable
public class Administration {

    @Convert(converter = AvisTypeEnBase.class)
    @Column(name = "type_avis")
    private AvisType typeAvis;

    private String nom;

    private String adresse;

    private String courriel;

    protected Administration() {
    }

    Administration(AvisType typeAvis, String nom, String adresse, String courriel) {
        this.typeAvis = typeAvis;
        this.nom = nom;
        this.adresse = adresse;
        this.courriel = courriel;
    }

    public AvisType getTypeAvis() {
        return typeAvis;
    }

    public String getNom() {
        return nom;
    }

    public String getAdresse() {
        return adresse;
    }

    public String getCourriel() {
        return courriel;
    }
}
