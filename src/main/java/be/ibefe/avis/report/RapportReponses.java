package be.ibefe.avis.report;

import be.ibefe.avis.documents.PdfRenderer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The activity report in the format asked for, for the API and for the page alike. */
@Component
class RapportReponses {

    static final String TEMPLATE = "rapport/activite";

    private final RapportService rapports;
    private final PdfRenderer pdf;

    RapportReponses(RapportService rapports, PdfRenderer pdf) {
        this.rapports = rapports;
        this.pdf = pdf;
    }

    ResponseEntity<?> reponse(int annee, String format) {
        Optional<FormatFichier> fichier = FormatFichier.lire(format);
        if (fichier.isEmpty()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rapports.rapportActivite(annee));
        }
        return fichier(rapports.chapitre(annee), fichier.get());
    }

    private ResponseEntity<byte[]> fichier(ChapitreActivite chapitre, FormatFichier format) {
        byte[] contenu = switch (format) {
            case CSV -> RapportCsv.ecrire(chapitre);
            case MD -> RapportMarkdown.ecrire(chapitre).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf.rendre(TEMPLATE, Map.of("chapitre", chapitre, "page", false));
        };
        String nom = "rapport-activite-%d.%s".formatted(chapitre.annee(), format.code);
        ContentDisposition disposition =
                (format.enLigne ? ContentDisposition.inline() : ContentDisposition.attachment()).filename(nom).build();
        return ResponseEntity.ok().contentType(format.type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(contenu);
    }
}
