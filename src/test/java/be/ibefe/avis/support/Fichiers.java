package be.ibefe.avis.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small but genuine files of each kind, for upload tests. */
public final class Fichiers {

    private Fichiers() {
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF of exactly {@code taille} bytes: a small one, then a comment up to the size. */
    public static byte[] pdfDeTaille(int taille) {
        byte[] pdf = pdf();
        byte[] contenu = Arrays.copyOf(pdf, taille);
        Arrays.fill(contenu, pdf.length, taille, (byte) '\n');
        return contenu;
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    /** A real image of {@code largeur} × {@code hauteur} pixels in {@code format} (png, jpg), one pixel coloured. */
    public static byte[] image(int largeur, int hauteur, String format) {
        BufferedImage image = new BufferedImage(largeur, hauteur, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x1d4f91);
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, sortie);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sortie.toByteArray();
    }

    public static byte[] executable() {
        return new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    }

    /** An Office Open XML archive whose first part is {@code partie} (word/document.xml for a .docx). */
    public static byte[] ooxml(String partie) {
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(octets)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(partie));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return octets.toByteArray();
    }

    public static byte[] odf(String mimetype) {
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(octets)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return octets.toByteArray();
    }
}
