package be.ibefe.avis.documents;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRRuntimeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
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
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metriques);
        builder.useFont(() -> new ByteArrayInputStream(REGULIERE), POLICE, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(GRASSE), POLICE, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        // an image, style sheet or font a page names by an address is never fetched: a template an administrator
        // saved would otherwise make the server call any address it gives, inside the network or on its own disk
        // (the resource is left out of the PDF); the fonts come from the application (above), images may be inline
        builder.useExternalResourceAccessControl(PdfRenderer::contenuDansLaPage,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(PdfRenderer::contenuDansLaPage,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.toStream(pdf);
        try {
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

    private static byte[] police(String fichier) {
        try (InputStream police = PdfRenderer.class.getResourceAsStream("/fonts/" + fichier)) {
            return police.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Police introuvable : " + fichier, e);
        }
    }
}
