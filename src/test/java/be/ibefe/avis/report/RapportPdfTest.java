package be.ibefe.avis.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.documents.PdfRenderer;
import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.support.Gabarits;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The report's template rendered to PDF as the application does it, read back with PDFBox. */
class RapportPdfTest {

    private final PdfRenderer renderer = new PdfRenderer(Gabarits.moteur());

    private static ChapitreActivite chapitre(List<SeanceTenue> seances) {
        RedactionChapitre redaction = new RedactionChapitre(
                new TextesRapport(TextesRapport.lire(new ClassPathResource("textes/rapport-activite.properties"))));
        List<ActiviteType> types = Arrays.stream(AvisType.values())
                .map(type -> new ActiviteType(type, type == AvisType.CISP_AGREMENT
                        ? new Compteurs(9, 9, 8, 0, 1, 0, 0, 0) : Compteurs.ZERO))
                .toList();
        return redaction.rediger(new RapportActivite(2024, types, new Compteurs(9, 9, 8, 0, 1, 0, 0, 0)), seances,
                LocalDate.of(2025, 2, 1));
    }

    private PDDocument pdf(ChapitreActivite chapitre) throws IOException {
        return Loader.loadPDF(renderer.rendre(RapportReponses.TEMPLATE, Map.of("chapitre", chapitre, "page", false)));
    }

    private static String texte(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void the_seances_of_the_year_are_listed_with_their_dates() throws IOException {
        List<SeanceTenue> seances = List.of(new SeanceTenue("CSEF", LocalDate.of(2024, 1, 30)),
                new SeanceTenue("CSEF", LocalDate.of(2024, 3, 26)), new SeanceTenue("CSEF", LocalDate.of(2024, 11, 19)));

        try (PDDocument document = pdf(chapitre(seances))) {
            assertThat(texte(document)).contains("Chambre Séances Dates", "CSEF 3 30 janvier, 26 mars et 19 novembre")
                    .doesNotContain("Aucune séance");
        }
    }

    @Test
    void accents_and_guillemets_survive_in_an_embedded_font() throws IOException {
        try (PDDocument document = pdf(chapitre(List.of()))) {
            assertThat(texte(document)).contains(
                    "Sur les 9 dossiers analysés, 8 ont obtenu un avis favorable et 1 a obtenu un avis défavorable.",
                    "Appels à projets « Parcours de renforcement des compétences » (APRC)",
                    "Chiffres établis le 1er février 2025");
            for (var page : document.getPages()) {
                for (var nom : page.getResources().getFontNames()) {
                    PDFont police = page.getResources().getFont(nom);
                    assertThat(police.getName()).contains("DejaVuSans");
                    assertThat(police.isEmbedded()).isTrue();
                }
            }
        }
    }
}
