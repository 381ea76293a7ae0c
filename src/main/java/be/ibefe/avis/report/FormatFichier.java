package be.ibefe.avis.report;

import be.ibefe.avis.system.DonneesInvalidesException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The files the activity report comes as, besides JSON ({@code format=json}, or no format). */
enum FormatFichier {
    CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8"), false),
    MD("md", MediaType.parseMediaType("text/markdown;charset=UTF-8"), false),
    PDF("pdf", MediaType.APPLICATION_PDF, true);

    static final String JSON = "json";

    final String code;
    final MediaType type;
    /** Shown in the browser rather than saved. */
    final boolean enLigne;

    FormatFichier(String code, MediaType type, boolean enLigne) {
        this.code = code;
        this.type = type;
        this.enLigne = enLigne;
    }

    /** The file format asked for, or empty for JSON. */
    static Optional<FormatFichier> lire(String valeur) {
        if (valeur == null || valeur.strip().equalsIgnoreCase(JSON)) {
            return Optional.empty();
        }
        String code = valeur.strip().toLowerCase(Locale.ROOT);
        return Optional.of(Arrays.stream(values()).filter(format -> format.code.equals(code)).findFirst()
                .orElseThrow(() -> new DonneesInvalidesException("format",
                        "Format « %s » inconnu. Formats admis : json, csv, md, pdf.".formatted(valeur))));
    }
}
