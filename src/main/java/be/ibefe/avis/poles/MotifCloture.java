package be.ibefe.avis.poles;

import be.ibefe.avis.system.AvecLibelle;

/** Why a pôle ended: the Bureau closed it (DOMAIN « Decision order and pôles »), its term came, its evaluation did not propose a renewal, or the Instance refused the renewal. */
public enum MotifCloture implements AvecLibelle {
    BUREAU("Clôturé par le Bureau"), TERME("Terme atteint sans renouvellement"),
    EVALUATION("Non renouvelé après évaluation"), RENOUVELLEMENT_REFUSE("Renouvellement refusé par l'Instance");

    private final String libelle;

    MotifCloture(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
