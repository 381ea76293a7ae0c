package be.ibefe.avis.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class Demandeur {

    @Column(name = "demandeur_nom")
    private String nom;

    @Enumerated(EnumType.STRING)
    @Column(name = "demandeur_categorie")
    private CategorieDemandeur categorie;

    @Column(name = "demandeur_bce")
    private String bce;

    @Column(name = "demandeur_email")
    private String email;

    @Embedded
    private AdressePostale adresse;

    protected Demandeur() {
    }

    public Demandeur(String nom, CategorieDemandeur categorie, String bce, String email) {
        this(nom, categorie, bce, email, null);
    }

    public Demandeur(String nom, CategorieDemandeur categorie, String bce, String email, AdressePostale adresse) {
        this.nom = nom;
        this.categorie = categorie;
        this.bce = bce;
        this.email = email;
        this.adresse = adresse;
    }

    public String getNom() {
        return nom;
    }

    public CategorieDemandeur getCategorie() {
        return categorie;
    }

    public String getBce() {
        return bce;
    }

    /** Where the letters are e-mailed; without it they go by post. */
    public String getEmail() {
        return email;
    }

    /** Where the letters « à poster » go; {@code null} when the request gave none. */
    public AdressePostale getAdresse() {
        return adresse;
    }
}
