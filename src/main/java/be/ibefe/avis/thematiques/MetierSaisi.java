package be.ibefe.avis.thematiques;

/** A métier as the coordinator enters it. */
public record MetierSaisi(String libelle, String codeRome, String famille, ActionOffre action) {
}
