package be.ibefe.avis.rules;

import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.ResultatCritere;

/** One eligibility criterion of an avis type: plain Java over the dossier, no engine involved. */
@FunctionalInterface
public interface EligibilityRule {

    Critere evaluer(Dossier dossier);

    static Critere ok(String code, String libelle, String explication) {
        return new Critere(code, libelle, ResultatCritere.OK, explication);
    }

    static Critere ko(String code, String libelle, String explication) {
        return new Critere(code, libelle, ResultatCritere.KO, explication);
    }

    static Critere aVerifier(String code, String libelle, String explication) {
        return new Critere(code, libelle, ResultatCritere.A_VERIFIER, explication);
    }
}
