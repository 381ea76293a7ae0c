package be.ibefe.avis.regleslocales;

/** An operator recognised for ALE trainings as the coordination enters it. */
public record OperateurSaisi(String nom, String formations) {
}
