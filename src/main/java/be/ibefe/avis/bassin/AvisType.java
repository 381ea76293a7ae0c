package be.ibefe.avis.bassin;

import be.ibefe.avis.system.AvecLibelle;

import java.util.Locale;

/** The kinds of avis the CSEF gives (the shared domain document). Each has its own process, keyed {@code avis-<code in kebab case>}. */
public enum AvisType implements AvecLibelle {
    CISP_AGREMENT("Agrément CISP"),
    CREDIT_ADAPTATION("Crédit adaptation"),
    ALE_FORMATION("Formation ALE"),
    APRC("Parcours de renforcement des compétences"),
    EPS_FOREM("Convention EPS-FOREM"),
    EQUIPEMENT("Fonds d'équipement"),
    POLE_OPPORTUNITE("Avis d'opportunité d'un pôle"),
    INTERPELLATION("Avis et interpellation");

    private final String libelle;

    AvisType(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public String processKey() {
        return "avis-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
