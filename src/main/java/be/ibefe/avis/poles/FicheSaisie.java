package be.ibefe.avis.poles;

import java.math.BigDecimal;
import java.util.List;

/** A fiche projet as entered, with its indicators' targets. */
record FicheSaisie(String titre, String objectifs, String partiesPrenantes, Integer dureeMois, String publicsCibles,
        String description, String resultatsAttendus, List<IndicateurSaisi> indicateurs) {

    record IndicateurSaisi(NatureIndicateur nature, String libelle, String unite, BigDecimal cible) {
    }
}
