package be.ibefe.avis.poles;

import be.ibefe.avis.system.AvecLibelle;

/** The three categories a pôle must gather, all located in the bassin (seed 004 l.32). */
public enum CategorieMembre implements AvecLibelle {
    ENTREPRISES_PARTENAIRES_SOCIAUX("Entreprises locales, intercommunales de développement économique ou partenaires sociaux locaux"),
    OPERATEURS_EMPLOI_FORMATION_INSERTION("Opérateurs locaux de l'emploi, de la formation professionnelle ou de l'insertion"),
    ENSEIGNEMENT_QUALIFIANT("Opérateurs d'enseignement qualifiant (secondaire ou promotion sociale)");

    private final String libelle;

    CategorieMembre(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
