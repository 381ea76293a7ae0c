package be.ibefe.avis.poles;

import be.ibefe.avis.system.AvecLibelle;

/** Follow-up and result indicators, set at the start so the pôle can be evaluated at its end (seed 003 l.128). */
public enum NatureIndicateur implements AvecLibelle {
    SUIVI("Indicateur de suivi"), RESULTAT("Indicateur de résultat");

    private final String libelle;

    NatureIndicateur(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
