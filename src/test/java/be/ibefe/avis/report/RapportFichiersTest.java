package be.ibefe.avis.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.report.ChapitreActivite.Ligne;
import be.ibefe.avis.report.ChapitreActivite.SeancesChambre;
import be.ibefe.avis.report.ChapitreActivite.Section;
import be.ibefe.avis.report.ChapitreActivite.Tableau;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RapportFichiersTest {

    private static final Map<String, String> LIBELLES = Map.of("tableau.titre", "Tableau récapitulatif",
            "colonne.code", "Code", "seances.titre", "Séances de l'année", "colonne.chambre", "Chambre",
            "colonne.nombreSeances", "Séances", "colonne.dates", "Dates");

    private static ChapitreActivite chapitre(List<SeancesChambre> seances, String aucuneSeance) {
        Tableau tableau = new Tableau(List.of("Type d'avis", "Reçus", "Analysés"),
                List.of(new Ligne("CREDIT_ADAPTATION", "Crédit adaptation", List.of(8L, 8L)),
                        new Ligne("APRC", "Parcours; « renforcement » | \"APRC\"", List.of(15L, 10L))),
                new Ligne(null, "Total", List.of(23L, 18L)));
        return new ChapitreActivite(2024, LocalDate.of(2025, 3, 1), "Mission de remise d'avis : activité 2024",
                "Avis remis en 2024.", "Règles de comptage.",
                List.of(new Section(AvisType.CREDIT_ADAPTATION, "Dispositif de crédit adaptation",
                        "La CSEF a reçu 8 dossiers de demande de crédit-adaptation en 2024.")),
                tableau, seances, aucuneSeance, LIBELLES);
    }

    @Test
    void csv_opens_in_belgian_excel_with_accents_and_semicolons() {
        byte[] csv = RapportCsv.ecrire(chapitre(List.of(), "Aucune séance."));

        assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "Code;Type d'avis;Reçus;Analysés\r\n"
                + "CREDIT_ADAPTATION;Crédit adaptation;8;8\r\n"
                + "APRC;\"Parcours; « renforcement » | \"\"APRC\"\"\";15;10\r\n"
                + ";Total;23;18\r\n");
    }

    @Test
    void markdown_has_the_sections_the_table_and_the_seances() {
        String md = RapportMarkdown.ecrire(chapitre(List.of(new SeancesChambre("CSEF",
                List.of(LocalDate.of(2024, 1, 30), LocalDate.of(2024, 3, 26)), "30 janvier et 26 mars")), null));

        assertThat(md).startsWith("# Mission de remise d'avis : activité 2024\n\nAvis remis en 2024.\n\n"
                + "## Dispositif de crédit adaptation\n\nLa CSEF a reçu 8 dossiers");
        assertThat(md).contains("""
                | Type d'avis | Reçus | Analysés |
                | --- | ---: | ---: |
                | Crédit adaptation | 8 | 8 |
                | Parcours; « renforcement » \\| "APRC" | 15 | 10 |
                | **Total** | **23** | **18** |
                """);
        assertThat(md).contains("""
                ## Séances de l'année

                | Chambre | Séances | Dates |
                | --- | --- | --- |
                | CSEF | 2 | 30 janvier et 26 mars |
                """);
    }

    @Test
    void markdown_says_when_no_seance_is_recorded() {
        assertThat(RapportMarkdown.ecrire(chapitre(List.of(), "Aucune séance n'est enregistrée pour 2024.")))
                .endsWith("## Séances de l'année\n\nAucune séance n'est enregistrée pour 2024.\n");
    }
}
