package be.ibefe.avis.thematiques;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A métier the working group proposes in the thématiques communes, with what the offer should do. */
@Embeddable
public class MetierPropose {

    private String libelle;

    @Column(name = "code_rome")
    private String codeRome;

    private String famille;

    @Enumerated(EnumType.STRING)
    private ActionOffre action;

    protected MetierPropose() {
    }

    MetierPropose(MetierSaisi saisi) {
        this.libelle = saisi.libelle().trim();
        this.codeRome = saisi.codeRome();
        this.famille = saisi.famille() == null || saisi.famille().isBlank() ? null : saisi.famille().trim();
        this.action = saisi.action();
    }

    MetierSaisi saisi() {
        return new MetierSaisi(libelle, codeRome, famille, action);
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
}
