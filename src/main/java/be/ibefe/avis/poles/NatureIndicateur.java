package be.ibefe.avis.poles;

/** Follow-up and result indicators, set at the start so the pôle can be evaluated at its end (seed 003 l.128). */
public enum NatureIndicateur {
    SUIVI("Indicateur de suivi"), RESULTAT("Indicateur de résultat");

    private final String libelle;

    NatureIndicateur(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
