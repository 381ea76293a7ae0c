package be.ibefe.avis.poles;

import be.ibefe.avis.system.AvecLibelle;

/** What of a pôle goes to the Instance plénière for approval (DOMAIN « Decision order and pôles »; seed 004 l.24, 35). */
public enum ObjetApprobation implements AvecLibelle {
    CREATION("Création du pôle"), MEMBRE("Désignation d'un membre"), FICHE_PROJET("Validation d'une fiche projet"),
    RENOUVELLEMENT("Renouvellement après évaluation");

    private final String libelle;

    ObjetApprobation(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
