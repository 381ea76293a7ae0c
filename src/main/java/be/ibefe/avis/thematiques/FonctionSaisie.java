package be.ibefe.avis.thematiques;

/** A fonction critique as the coordinator enters it. */
public record FonctionSaisie(String libelle, String codeRome) {
}
