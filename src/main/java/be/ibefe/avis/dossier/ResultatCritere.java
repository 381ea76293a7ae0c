package be.ibefe.avis.dossier;

public enum ResultatCritere {
    OK, KO, A_VERIFIER
}
