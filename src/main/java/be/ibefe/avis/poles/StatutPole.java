package be.ibefe.avis.poles;

import be.ibefe.avis.system.AvecLibelle;

/**
 * Where a pôle stands in its lifecycle (process pole-cycle-de-vie): proposed, active once the Instance approved it,
 * under evaluation before its term, its renewal submitted to the Instance, closed; refused by the Instance. A working
 * group is active from its creation and closed or converted into a pôle.
 */
public enum StatutPole implements AvecLibelle {
    PROPOSITION("Proposé à l'Instance"), ACTIF("Actif"), EVALUATION("En évaluation"),
    RENOUVELLEMENT("Renouvellement proposé à l'Instance"), CLOS("Clôturé"), REFUSE("Refusé par l'Instance"),
    CONVERTI("Converti en pôle de synergies");

    private final String libelle;

    StatutPole(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }

    boolean termine() {
        return this == CLOS || this == REFUSE || this == CONVERTI;
    }
}
