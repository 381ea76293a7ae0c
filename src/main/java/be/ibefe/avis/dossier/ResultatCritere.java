package be.ibefe.avis.dossier;

import be.ibefe.avis.system.AvecLibelle;

public enum ResultatCritere implements AvecLibelle {
    OK("OK"),
    KO("KO"),
    A_VERIFIER("À vérifier");

    private final String libelle;

    ResultatCritere(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
