package be.ibefe.avis.dossier;

public enum CategorieDemandeur {
    CISP, ALE, ENTREPRISE, ECOLE, OPERATEUR, POLE, INSTANCE, AUTRE
}
