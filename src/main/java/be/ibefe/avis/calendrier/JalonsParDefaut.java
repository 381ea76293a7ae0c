package be.ibefe.avis.calendrier;

import java.util.List;

/**
 * The recurring milestones a bassin starts with, from the sources; its coordination corrects them (dates, reminder)
 * as its own data. Where a source gives no date, the default is a plausible one the README says to check.
 */
final class JalonsParDefaut {

    private JalonsParDefaut() {
    }

    record Defaut(String code, String libelle, int moisDebut, int jourDebut, Integer moisFin, Integer jourFin,
            int periodicite, int anneeReference, int rappelJours) {
    }

    static final List<Defaut> JALONS = List.of(
            // seed 000 l.339: « Entre avril et juin 2024, la CSEF a reçu 15 propositions » (APRC3)
            new Defaut("APRC", "Appel à projets APRC : réception des propositions", 4, 1, 6, 30, 1, 2024, 14),
            // seed 000 l.392: avis « chaque année » sur les demandes du fonds d'équipement (one batch; no date given)
            new Defaut("EQUIPEMENT", "Appel « fonds d'équipement » : avis sur les demandes des écoles", 3, 1, 4, 30, 1,
                    2024, 14),
            // the shared domain document / seed 002 l.660-661: CISP requests take effect on 1 January
            new Defaut("CISP_AGREMENTS", "Prise d'effet des agréments CISP", 1, 1, null, null, 1, 2024, 60),
            // seed 000 l.264: the working group met on 23 September 2024, the Instance validated on 14 October 2024
            new Defaut("THEMATIQUES_GT", "Thématiques communes : proposition du groupe de travail", 9, 1, 9, 30, 1,
                    2024, 14),
            new Defaut("THEMATIQUES_VALIDATION", "Thématiques communes : validation par l'Instance plénière", 10, 1,
                    10, 31, 1, 2024, 14),
            // seed 000 l.174 and l.240: the rapport analytique et prospectif, once every three years, 2024 one of them
            new Defaut("RAP", "Rapport analytique et prospectif (triennal)", 1, 1, 12, 31, 3, 2024, 30),
            // seed 000 l.119: the yearly activity report on the year gone by (art. 20 § 1; no date given)
            new Defaut("RAPPORT_ACTIVITE", "Rapport d'activité de l'année écoulée", 1, 1, 3, 31, 1, 2024, 14),
            // seed 000 l.326 and l.660: the yearly meeting with the ALE, 26 February 2024
            new Defaut("ALE", "Rencontre annuelle d'information avec les ALE", 2, 26, null, null, 1, 2024, 21));
}
