package be.ibefe.avis.documents;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRRuntimeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a Thymeleaf page into a PDF (reports, and later the procès-verbaux and letters), so that a document and the
 * page that shows it share one template. The template must be well-formed XHTML and ask for the font family
 * {@value #POLICE}: DejaVu Sans is embedded, so accents and any name an applicant types print the same everywhere.
 */
@Component
public class PdfRenderer {

    public static final String POLICE = "DejaVu Sans";

    private static final byte[] REGULIERE = police("DejaVuSans.ttf");
    private static final byte[] GRASSE = police("DejaVuSans-Bold.ttf");

    private final ITemplateEngine templates;
    /** Font metrics, measured once rather than for every document. */
    private final FSCacheEx<String, FSCacheValue> metriques = new FSDefaultCacheStore();
    /**
     * The two fonts parsed once rather than for every document (reading a 740 kB font file was a quarter of the
     * rendering). A parsed font is not made to be read by two threads at once: each rendering borrows a pair of its
     * own, and gives it back once its document is written (a rendering that fails drops its pair); when every pair is
     * lent, the rendering parses one more.
     * Each document still gets its own PDF font objects, built from the parsed ones, and its own subset. PDFBox closes
     * the parsed font once it has written the subset; a font parsed from memory holds nothing to release, and serves
     * the next document as it is (PdfRendererTest renders several documents with one pair).
     */
    private final BlockingQueue<Polices> polices = new ArrayBlockingQueue<>(
            Math.max(2, Runtime.getRuntime().availableProcessors()));

    public PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
        // the renderer reports every stage of every document at INFO; its warnings and errors still reach the log
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    public byte[] rendre(String template, Map<String, Object> variables) {
        return pdf(templates.process(template, new Context(Locale.FRENCH, variables)), template);
    }

    /**
     * A PDF of an XHTML page produced elsewhere (e.g. a letter from a template an administrator edited). An
     * {@link IllegalStateException} says the page is not well-formed XHTML.
     */
    public byte[] pdf(String html, String description) {
        Polices empruntees = polices.poll();
        if (empruntees == null) {
            empruntees = Polices.analyser();
        }
        byte[] pdf = pdf(html, description, empruntees);
        polices.offer(empruntees);
        return pdf;
    }

    private byte[] pdf(String html, String description, Polices paire) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        // the renderer writes the document and closes it; closed here too when it fails before
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metriques);
            builder.useFont(new PoliceDuDocument(document, paire.reguliere()), POLICE, 400, FontStyle.NORMAL, true);
            builder.useFont(new PoliceDuDocument(document, paire.grasse()), POLICE, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            // an image, style sheet or font a page names by an address is never fetched: a template an administrator
            // saved would otherwise make the server call any address it gives, inside the network or on its own disk
            // (the resource is left out of the PDF); the fonts come from the application (above), images may be inline
            builder.useExternalResourceAccessControl(PdfRenderer::contenuDansLaPage,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(PdfRenderer::contenuDansLaPage,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de produire le PDF " + description, e);
        } catch (XRRuntimeException e) {
            throw new IllegalStateException("Le document n'est pas du XHTML bien formé (" + description + ") : "
                    + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }

    /** Only what the page itself holds ({@code data:} URIs) is read; nothing is fetched. */
    private static boolean contenuDansLaPage(String uri, ExternalResourceType type) {
        return uri != null && uri.startsWith("data:");
    }

    /** DejaVu Sans and DejaVu Sans Bold, parsed. */
    private record Polices(TrueTypeFont reguliere, TrueTypeFont grasse) {

        static Polices analyser() {
            return new Polices(analyser(REGULIERE), analyser(GRASSE));
        }

        private static TrueTypeFont analyser(byte[] police) {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(police));
            } catch (IOException e) {
                throw new UncheckedIOException("Police illisible", e);
            }
        }
    }

    /** A parsed font made into a PDF font of one document (subset to the characters it prints), when it needs it. */
    private static final class PoliceDuDocument extends PDFontSupplier {

        private final PDDocument document;
        private final TrueTypeFont police;

        PoliceDuDocument(PDDocument document, TrueTypeFont police) {
            super(null);
            this.document = document;
            this.police = police;
        }

        @Override
        public PDFont supply() {
            try {
                return PDType0Font.load(document, police, true);
            } catch (IOException e) {
                throw new UncheckedIOException("Impossible d'incorporer la police " + POLICE, e);
            }
        }
    }

    private static byte[] police(String fichier) {
        try (InputStream police = PdfRenderer.class.getResourceAsStream("/fonts/" + fichier)) {
            return police.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Police introuvable : " + fichier, e);
        }
    }
}
