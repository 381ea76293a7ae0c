package be.ibefe.avis.report;

import be.ibefe.avis.bassin.AvisType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The activity report written out, as the chapter "Mission de remise d'avis" of the yearly report: a paragraph per
 * avis type, the summary table and the séances of the year. Every format (Markdown, HTML, PDF, CSV) renders this.
 *
 * @param libelles titles and column headers, by their key in the texts file ({@code tableau.titre}, ...)
 * @param aucuneSeance the sentence saying no séance is recorded, or {@code null} when some are
 */
public record ChapitreActivite(int annee, LocalDate etabliLe, String titre, String introduction, String regles,
        List<Section> sections, Tableau tableau, List<SeancesChambre> seances, String aucuneSeance,
        Map<String, String> libelles, List<ThematiquesBassin> thematiques, List<PolesBassin> poles) {

    public ChapitreActivite(int annee, LocalDate etabliLe, String titre, String introduction, String regles,
            List<Section> sections, Tableau tableau, List<SeancesChambre> seances, String aucuneSeance,
            Map<String, String> libelles) {
        this(annee, etabliLe, titre, introduction, regles, sections, tableau, seances, aucuneSeance, libelles,
                List.of(), List.of());
    }

    /** The same chapter with the section on the thématiques communes decided in the year. */
    public ChapitreActivite avecThematiques(List<ThematiquesBassin> decidees) {
        return new ChapitreActivite(annee, etabliLe, titre, introduction, regles, sections, tableau, seances,
                aucuneSeance, libelles, decidees, poles);
    }

    /** The same chapter with the section on the pôles de synergies and working groups of the year. */
    public ChapitreActivite avecPoles(List<PolesBassin> portes) {
        return new ChapitreActivite(annee, etabliLe, titre, introduction, regles, sections, tableau, seances,
                aucuneSeance, libelles, thematiques, portes);
    }

    /**
     * The pôles and working groups a bassin carried in the year; {@code aucun}: the sentence saying none is recorded
     * (null when there are some).
     */
    public record PolesBassin(String bassin, List<PolesDeLAnnee.PoleDeLAnnee> poles, String aucun) {
    }

    /**
     * A bassin's thématiques communes of the year, in a sentence of what happened; {@code metiers} and the counts
     * per action are those the plénière validated (zero when it did not); {@code enregistrees}: the bassin recorded
     * something of them in the year.
     */
    public record ThematiquesBassin(String bassin, String texte, int metiers, long creer, long maintenir,
            long adapter, boolean enregistrees) {
    }

    public record Section(AvisType type, String titre, String texte) {
    }

    /** The summary table: one line per avis type, then the totals. */
    public record Tableau(List<String> entetes, List<Ligne> lignes, Ligne total) {
    }

    /** @param code the avis type's code, {@code null} for the totals */
    public record Ligne(String code, String libelle, List<Long> valeurs) {
    }

    public record SeancesChambre(String chambre, List<LocalDate> dates, String enLettres) {
    }
}
