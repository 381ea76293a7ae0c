package be.ibefe.avis.dossier;

import be.ibefe.avis.system.AvecLibelle;

import java.time.LocalDate;

/** How near a dossier's deadline is, for the pages: past (shown in red) or within the next 7 days. */
public enum AlerteEcheance implements AvecLibelle {
    EN_RETARD("en retard", "en-retard"),
    BIENTOT("dans les 7 jours", "bientot");

    static final int JOURS = 7;

    private final String libelle;
    private final String classe;

    AlerteEcheance(String libelle, String classe) {
        this.libelle = libelle;
        this.classe = classe;
    }

    public String libelle() {
        return libelle;
    }

    public String classe() {
        return classe;
    }

    /** None for a dossier without deadline or with a distant one. */
    public static AlerteEcheance de(LocalDate echeance, LocalDate aujourdhui) {
        if (echeance == null) {
            return null;
        }
        if (echeance.isBefore(aujourdhui)) {
            return EN_RETARD;
        }
        return echeance.isAfter(aujourdhui.plusDays(JOURS)) ? null : BIENTOT;
    }
}
