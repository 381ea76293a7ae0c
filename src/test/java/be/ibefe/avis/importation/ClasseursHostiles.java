package be.ibefe.avis.importation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks an attacker (or a careless export) would upload, written part by part as a ZIP so that they cost the
 * test little: a sheet of hundreds of thousands of rows (a few MB compressed, a hundred MB of XML), a sheet padded
 * with whitespace that inflates a thousand times. Only the parts an .xlsx needs: no styles, no shared strings.
 */
final class ClasseursHostiles {

    private static final String SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""";

    private ClasseursHostiles() {
    }

    /** A header (referenceExterne, objet) and {@code lignes} requests under it, each a row of inline strings. */
    static byte[] lignes(int lignes) {
        return classeur(feuille -> {
            for (int i = 1; i <= lignes; i++) {
                ecrire(feuille, rangee(i + 1, "REF-" + i, "Demande numéro " + i + " d'un fichier démesuré"));
            }
        });
    }

    /** A header, then {@code octets} of whitespace between two rows: it inflates about a thousand times. */
    static byte[] bombe(long octets) {
        return classeur(feuille -> {
            byte[] blancs = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (long ecrits = 0; ecrits < octets; ecrits += blancs.length) {
                feuille.write(blancs);
            }
            ecrire(feuille, rangee(2, "REF-1", "Une demande"));
        });
    }

    /** A header and the rows given as {@code <row>} elements (cells written by hand: {@code _x0000_}, odd numbers). */
    static byte[] rangees(String... rangees) {
        return rangees(List.of("referenceExterne", "objet"), rangees);
    }

    /** The same under this header. */
    static byte[] rangees(List<String> entete, String... rangees) {
        return classeur(entete, feuille -> {
            for (String rangee : rangees) {
                ecrire(feuille, rangee);
            }
        });
    }

    /** A row of inline strings, from column A. */
    static String rangee(int numero, String... cellules) {
        StringBuilder xml = new StringBuilder("<row r=\"" + numero + "\">");
        for (int i = 0; i < cellules.length; i++) {
            xml.append("<c r=\"").append((char) ('A' + i)).append(numero).append("\" t=\"inlineStr\"><is><t>")
                    .append(cellules[i]).append("</t></is></c>");
        }
        return xml.append("</row>").toString();
    }

    private interface Feuille {
        void ecrire(OutputStream feuille) throws IOException;
    }

    private static byte[] classeur(Feuille donnees) {
        return classeur(List.of("referenceExterne", "objet"), donnees);
    }

    private static byte[] classeur(List<String> entete, Feuille donnees) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(sortie)) {
            partie(zip, "[Content_Types].xml", TYPES);
            partie(zip, "_rels/.rels", "<Relationships xmlns=\"" + RELATIONS + "\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"xl/workbook.xml\"/></Relationships>");
            partie(zip, "xl/workbook.xml", "<workbook xmlns=\"" + SPREADSHEETML + "\" xmlns:r=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Demandes\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            partie(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELATIONS + "\"><Relationship "
                    + "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            ecrire(zip, "<worksheet xmlns=\"" + SPREADSHEETML + "\"><sheetData>"
                    + rangee(1, entete.toArray(String[]::new)));
            donnees.ecrire(zip);
            ecrire(zip, "</sheetData></worksheet>");
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sortie.toByteArray();
    }

    private static void partie(ZipOutputStream zip, String nom, String contenu) throws IOException {
        zip.putNextEntry(new ZipEntry(nom));
        ecrire(zip, contenu);
        zip.closeEntry();
    }

    private static void ecrire(OutputStream sortie, String xml) throws IOException {
        sortie.write(xml.getBytes(StandardCharsets.UTF_8));
    }
}
