package be.ibefe.avis.report;

import be.ibefe.avis.system.DonneesInvalidesException;
import java.time.Clock;
import java.time.LocalDate;

/** The {@code annee} asked for a report: a year from the first one the intake accepts up to the current one. */
final class AnneeDuRapport {

    /** The intake refuses receptions before 2000 (NouveauDossierValidator): no dossier, no report before that. */
    static final int PREMIERE = 2000;

    private AnneeDuRapport() {
    }

    static int lire(String valeur, Clock clock) {
        int courante = LocalDate.now(clock).getYear();
        if (valeur == null || valeur.isBlank()) {
            throw new DonneesInvalidesException("annee",
                    "L'année est obligatoire, par exemple annee=%d.".formatted(courante - 1));
        }
        String texte = valeur.strip();
        if (!texte.matches("\\d{1,9}")) {
            throw new DonneesInvalidesException("annee",
                    "« %s » n'est pas une année : quatre chiffres sont attendus, par exemple %d."
                            .formatted(texte, courante - 1));
        }
        int annee = Integer.parseInt(texte);
        if (annee < PREMIERE || annee > courante) {
            throw new DonneesInvalidesException("annee",
                    "L'année %d est hors de la période couverte : de %d à %d.".formatted(annee, PREMIERE, courante));
        }
        return annee;
    }
}
