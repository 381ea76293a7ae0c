package be.ibefe.avis.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of files a dossier accepts, recognised by their content (magic numbers, and the parts inside office
 * archives), not by their name.
 */
public enum TypeDocument {
    PDF("application/pdf", "PDF", "pdf"),
    PNG("image/png", "image PNG", "png"),
    JPEG("image/jpeg", "image JPEG", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document Word", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "classeur Excel", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "présentation PowerPoint",
            "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "texte OpenDocument", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "classeur OpenDocument", "ods"),
    DOC("application/msword", "document Word 97-2003", "doc"),
    XLS("application/vnd.ms-excel", "classeur Excel 97-2003", "xls");

    private static final byte[] MAGIC_PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAGIC_PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] MAGIC_JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] MAGIC_ZIP = {'P', 'K', 3, 4};
    private static final byte[] MAGIC_OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};

    private final String mime;
    private final String libelle;
    private final List<String> extensions;

    TypeDocument(String mime, String libelle, String... extensions) {
        this.mime = mime;
        this.libelle = libelle;
        this.extensions = List.of(extensions);
    }

    public String mime() {
        return mime;
    }

    public String libelle() {
        return libelle;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** What the content is, if it is one of the accepted kinds; {@code extension} only separates DOC from XLS. */
    public static Optional<TypeDocument> reconnaitre(byte[] contenu, String extension) {
        if (commencePar(contenu, MAGIC_PDF)) {
            return Optional.of(PDF);
        }
        if (commencePar(contenu, MAGIC_PNG)) {
            return Optional.of(PNG);
        }
        if (commencePar(contenu, MAGIC_JPEG)) {
            return Optional.of(JPEG);
        }
        if (commencePar(contenu, MAGIC_OLE2)) {
            return Optional.of("xls".equals(extension) ? XLS : DOC);
        }
        if (commencePar(contenu, MAGIC_ZIP)) {
            return archiveBureautique(contenu);
        }
        return Optional.empty();
    }

    private static Optional<TypeDocument> archiveBureautique(byte[] contenu) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(contenu))) {
            for (ZipEntry entree = zip.getNextEntry(); entree != null; entree = zip.getNextEntry()) {
                String nom = entree.getName();
                if (nom.startsWith("word/")) {
                    return Optional.of(DOCX);
                }
                if (nom.startsWith("xl/")) {
                    return Optional.of(XLSX);
                }
                if (nom.startsWith("ppt/")) {
                    return Optional.of(PPTX);
                }
                if (nom.equals("mimetype")) {
                    String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    return Arrays.stream(values()).filter(t -> t.mime.equals(mimetype)).findFirst();
                }
            }
        } catch (IOException | IllegalArgumentException illisible) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean commencePar(byte[] contenu, byte[] magic) {
        return contenu.length >= magic.length && Arrays.equals(contenu, 0, magic.length, magic, 0, magic.length);
    }
}
