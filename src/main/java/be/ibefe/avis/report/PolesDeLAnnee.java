package be.ibefe.avis.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The pôles de synergies and working groups a bassin carried in a year, for the activity report (an interbassin pôle
 * is its carrying bassin's only). The pôles capability provides them.
 */
public interface PolesDeLAnnee {

    List<PoleDeLAnnee> poles(String bassin, int annee);

    /**
     * {@code membres}: the members approved for part of the year, per category label (every category, zero
     * included); {@code debut}, {@code fin}: the term, null when not started (not yet approved).
     */
    record PoleDeLAnnee(String nom, String nature, String statut, LocalDate debut, LocalDate fin,
            List<MembresCategorie> membres, List<ReunionTenue> reunions, List<FicheDuPole> fiches) {

        /** The term in words: « du 1er mars 2025 au 28 février 2028 », « — » before the pôle starts. */
        public String terme() {
            if (debut == null) {
                return "—";
            }
            return "du " + DatesEnFrancais.complete(debut) + (fin == null ? "" : " au " + DatesEnFrancais.complete(fin));
        }
    }

    record MembresCategorie(String categorie, long nombre) {
    }

    /** A meeting held in the year: {@code presents} members present, {@code decisions} taken by consensus. */
    record ReunionTenue(LocalDate date, boolean webinaire, long presents, int decisions) {

        public String dateEnLettres() {
            return DatesEnFrancais.complete(date);
        }
    }

    record FicheDuPole(String titre, String statut, List<IndicateurDuPole> indicateurs) {
    }

    /** {@code cible}, {@code reel}: in French with their unit, « — » when not recorded. */
    record IndicateurDuPole(String libelle, String nature, String cible, String reel) {
    }
}
