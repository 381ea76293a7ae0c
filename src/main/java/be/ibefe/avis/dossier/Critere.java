package be.ibefe.avis.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One line of the eligibility report: a rule, its result and the fact it used. An analyst may override the computed
 * result with a motivation; both stay visible.
 */
@Embeddable
public class Critere {

    @Column(name = "code")
    private String code;

    @Column(name = "libelle")
    private String libelle;

    @Enumerated(EnumType.STRING)
    @Column(name = "resultat")
    private ResultatCritere resultat;

    @Enumerated(EnumType.STRING)
    @Column(name = "resultat_calcule")
    private ResultatCritere resultatCalcule;

    @Column(name = "explication")
    private String explication;

    @Column(name = "derogation_motivation")
    private String derogationMotivation;

    @Column(name = "derogation_par")
    private String derogationPar;

    @Column(name = "derogation_le")
    private Instant derogationLe;

    protected Critere() {
    }

    public Critere(String code, String libelle, ResultatCritere resultat, String explication) {
        this.code = code;
        this.libelle = libelle;
        this.resultat = resultat;
        this.resultatCalcule = resultat;
        this.explication = explication;
    }

    Critere deroger(ResultatCritere nouveau, String motivation, Trace trace) {
        Critere derogation = new Critere(code, libelle, resultatCalcule, explication);
        derogation.resultat = nouveau;
        derogation.derogationMotivation = motivation;
        derogation.derogationPar = trace.utilisateur();
        derogation.derogationLe = trace.horodatage();
        return derogation;
    }

    public String getCode() {
        return code;
    }

    public String getLibelle() {
        return libelle;
    }

    /** The result that counts: the analyst's when he overrode the rule, the rule's otherwise. */
    public ResultatCritere getResultat() {
        return resultat;
    }

    public ResultatCritere getResultatCalcule() {
        return resultatCalcule;
    }

    public String getExplication() {
        return explication;
    }

    public String getDerogationMotivation() {
        return derogationMotivation;
    }

    public String getDerogationPar() {
        return derogationPar;
    }

    public Instant getDerogationLe() {
        return derogationLe;
    }
}
