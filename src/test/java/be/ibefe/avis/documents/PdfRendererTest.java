package be.ibefe.avis.documents;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Gabarits;
import be.ibefe.avis.support.TextePdf;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** Documents rendered by one renderer, one after the other and at once, read back with PDFBox. */
class PdfRendererTest {

    private final PdfRenderer renderer = new PdfRenderer(Gabarits.moteur());

    private static String page(String nom) {
        return """
                <html><head><style>body { font-family: 'DejaVu Sans'; }</style></head>
                <body><p>Demandeur : %s</p><p><strong>Avis favorable pour %s</strong></p></body></html>
                """.formatted(nom, nom);
    }

    /** The embedded fonts of the document's pages, by name, and how many glyphs each holds. */
    private static Map<String, Integer> polices(byte[] pdf) throws IOException {
        Map<String, Integer> polices = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                PDResources ressources = page.getResources();
                for (var nom : ressources.getFontNames()) {
                    PDType0Font police = (PDType0Font) ressources.getFont(nom);
                    assertThat(police.isEmbedded()).isTrue();
                    polices.put(police.getName().substring(police.getName().indexOf('+') + 1),
                            ((PDCIDFontType2) police.getDescendantFont()).getTrueTypeFont().getNumberOfGlyphs());
                }
            }
        }
        return polices;
    }

    @Test
    void each_document_embeds_only_the_characters_it_prints() throws IOException {
        byte[] premier = renderer.pdf(page("Łukasz Żółć, Ærøskøbing, Ğülşen « é à ç »"), "premier");
        byte[] second = renderer.pdf(page("Anne"), "second");

        assertThat(TextePdf.de(premier)).contains("Demandeur : Łukasz Żółć, Ærøskøbing, Ğülşen « é à ç »",
                "Avis favorable pour Łukasz Żółć");
        assertThat(TextePdf.de(second)).contains("Demandeur : Anne", "Avis favorable pour Anne")
                .doesNotContain("Łukasz");
        assertThat(polices(premier)).containsOnlyKeys("DejaVuSans", "DejaVuSans-Bold");
        assertThat(polices(second)).containsOnlyKeys("DejaVuSans", "DejaVuSans-Bold");
        // the letters of « Demandeur : Anne », and of « Avis favorable pour Anne », not those of the first document
        assertThat(polices(second).get("DejaVuSans")).isLessThan(polices(premier).get("DejaVuSans")).isLessThan(20);
        assertThat(polices(second).get("DejaVuSans-Bold")).isLessThan(20);
    }

    @Test
    void documents_rendered_at_once_by_several_threads_each_print_their_own_text() throws Exception {
        int fils = 6;
        int documents = 8;
        ExecutorService executeur = Executors.newFixedThreadPool(fils);
        CountDownLatch depart = new CountDownLatch(1);
        try {
            List<Future<List<String>>> resultats = new ArrayList<>();
            for (int f = 0; f < fils; f++) {
                int fil = f;
                resultats.add(executeur.submit(() -> {
                    depart.await();
                    List<String> erreurs = new ArrayList<>();
                    for (int d = 0; d < documents; d++) {
                        String nom = "Zoë Ñúñez-Øberg n° %d.%d".formatted(fil, d);
                        byte[] pdf = renderer.pdf(page(nom), nom);
                        String texte = TextePdf.de(pdf);
                        if (!texte.contains("Demandeur : " + nom) || !texte.contains("Avis favorable pour " + nom)
                                || !polices(pdf).keySet().equals(Set.of("DejaVuSans", "DejaVuSans-Bold"))) {
                            erreurs.add(nom + " : " + texte + " " + polices(pdf));
                        }
                    }
                    return erreurs;
                }));
            }
            depart.countDown();
            for (Future<List<String>> resultat : resultats) {
                assertThat(resultat.get()).isEmpty();
            }
        } finally {
            executeur.shutdownNow();
        }
    }
}
