package be.ibefe.avis.importation;

import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) as a stream of XML events (POI's event API), never as a
 * workbook in memory: the rows are kept as they come and the reading stops at the first row, column, cell or
 * character beyond the limits of an import. The archive is opened from a temporary file (POI then inflates one part
 * at a time instead of the whole archive), under POI's zip-bomb guards set explicitly: no part may inflate beyond
 * {@link #TAILLE_MAX_PARTIE} nor more than {@code 1 / TAUX_COMPRESSION_MIN} times its compressed size. Each cell
 * becomes the text a person would type in a CSV: a date cell its ISO date ({@code 2024-03-26}), a number its plain
 * decimal writing ({@code 1250.5}, never {@code 1.2505E3}), a boolean {@code true} or {@code false}, a formula its
 * last computed value; a number Excel could not have written ({@code douze}, {@code 1e400}) stays as written, for the
 * row's checks to report.
 */
final class LectureXlsx {

    /** Largest part once inflated (the sheet's XML, the shared strings): a sheet of 5 000 requests is about 15 MB. */
    static final long TAILLE_MAX_PARTIE = 50L * 1024 * 1024;
    /** Smallest ratio of compressed to inflated size (POI's default, set here so that it is not left to chance). */
    static final double TAUX_COMPRESSION_MIN = 0.01;
    /** Characters of all the cells kept: the most a 20 MB CSV could hold. */
    static final long CARACTERES_MAX = 20_000_000;

    static {
        // process-wide settings of POI: the application opens no other archive with it
        ZipSecureFile.setMaxEntrySize(TAILLE_MAX_PARTIE);
        ZipSecureFile.setMinInflateRatio(TAUX_COMPRESSION_MIN);
    }

    private LectureXlsx() {
    }

    /**
     * The rows of the first sheet, empty ones left out, numbered as Excel numbers them; refused as soon as more than
     * {@code lignesMax} rows follow the header.
     */
    static List<Enregistrement> lire(byte[] contenu, int lignesMax) throws IOException, OpenXML4JException,
            SAXException, ParserConfigurationException {
        Path fichier = Files.createTempFile("import-", ".xlsx");
        try {
            Files.write(fichier, contenu);
            try (OPCPackage paquet = OPCPackage.open(fichier.toFile(), PackageAccess.READ)) {
                XSSFReader lecteur = new XSSFReader(paquet);
                Feuille feuille = new Feuille(new ReadOnlySharedStringsTable(paquet, false), lecteur.getStylesTable(),
                        lignesMax);
                try (InputStream xml = lecteur.getSheetsData().next()) {
                    XMLReader analyseur = XMLHelper.newXMLReader();
                    analyseur.setContentHandler(feuille);
                    analyseur.parse(new InputSource(xml));
                }
                return feuille.enregistrements;
            }
        } finally {
            Files.deleteIfExists(fichier);
        }
    }

    /** The events of a sheet's XML turned into rows: {@code <row>}, its {@code <c>} cells, their value. */
    private static final class Feuille extends DefaultHandler {

        private final SharedStrings chaines;
        private final StylesTable styles;
        private final int lignesMax;
        private final Map<Integer, Boolean> stylesDates = new HashMap<>();
        final List<Enregistrement> enregistrements = new ArrayList<>();

        private long caracteres;
        private int ligne;
        private List<String> cellules;
        private int colonne;
        private String typeCellule;
        private int styleCellule;
        private final StringBuilder valeur = new StringBuilder();
        private boolean dansValeur;
        private boolean dansPhonetique;

        Feuille(SharedStrings chaines, StylesTable styles, int lignesMax) {
            this.chaines = chaines;
            this.styles = styles;
            this.lignesMax = lignesMax;
        }

        @Override
        public void startElement(String uri, String local, String nom, Attributes attributs) {
            switch (local) {
                case "row" -> {
                    String r = attributs.getValue("r");
                    ligne = r == null ? ligne + 1 : Integer.parseInt(r);
                    cellules = new ArrayList<>();
                }
                case "c" -> {
                    String r = attributs.getValue("r");
                    colonne = r == null ? cellules.size() : new CellReference(r).getCol();
                    if (colonne >= LectureFichier.COLONNES_MAX) {
                        throw LectureFichier.tropDeColonnes(ligne);
                    }
                    typeCellule = attributs.getValue("t");
                    String s = attributs.getValue("s");
                    styleCellule = s == null ? -1 : Integer.parseInt(s);
                    valeur.setLength(0);
                }
                case "v" -> dansValeur = true;
                case "t" -> dansValeur = !dansPhonetique;
                case "rPh" -> dansPhonetique = true;
                default -> {
                    // formulas, merged cells, layout: only the cells' values make a row
                }
            }
        }

        @Override
        public void characters(char[] texte, int debut, int longueur) {
            if (dansValeur) {
                valeur.append(texte, debut, longueur);
                // an escape (_x0041_) writes one character with seven
                if (valeur.length() > 7L * LectureFichier.LONGUEUR_MAX_CELLULE) {
                    throw LectureFichier.celluleTropLongue(ligne, colonne + 1);
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String nom) {
            switch (local) {
                case "v", "t" -> dansValeur = false;
                case "rPh" -> dansPhonetique = false;
                case "c" -> cellule(texte());
                case "row" -> rangee();
                default -> {
                    // nothing else ends a value
                }
            }
        }

        private void cellule(String texte) {
            if (texte.isEmpty()) {
                return;
            }
            if (texte.length() > LectureFichier.LONGUEUR_MAX_CELLULE) {
                throw LectureFichier.celluleTropLongue(ligne, colonne + 1);
            }
            caracteres += texte.length();
            if (caracteres > CARACTERES_MAX) {
                throw new DonneesInvalidesException(LectureFichier.CHAMP, ("Le classeur compte plus de %d millions de "
                        + "caractères : ce n'est pas un tableau de demandes, découpez-le.").formatted(
                                CARACTERES_MAX / 1_000_000));
            }
            while (cellules.size() < colonne) {
                cellules.add("");
            }
            if (cellules.size() == colonne) {
                cellules.add(texte);
            } else {
                cellules.set(colonne, texte);
            }
        }

        private void rangee() {
            Enregistrement enregistrement = new Enregistrement(ligne, List.copyOf(cellules));
            if (!enregistrement.vide()) {
                if (enregistrements.size() > lignesMax) {
                    throw LectureFichier.tropDeLignes("plus de " + Libelles.nombre(lignesMax), lignesMax);
                }
                enregistrements.add(enregistrement);
            }
        }

        /** The cell's value as a person would type it, after its type ({@code t}) and its style's number format. */
        private String texte() {
            String brut = valeur.toString();
            if (typeCellule == null || typeCellule.equals("n")) {
                return nombre(brut);
            }
            return switch (typeCellule) {
                case "s" -> chaines.getItemAt(Integer.parseInt(brut.strip())).getString();
                case "inlineStr", "str" -> new XSSFRichTextString(brut).getString();
                case "b" -> String.valueOf("1".equals(brut.strip()));
                case "d" -> brut.length() >= 10 ? brut.substring(0, 10) : brut;
                default -> "";
            };
        }

        private String nombre(String brut) {
            if (brut.isBlank()) {
                return "";
            }
            double nombre;
            try {
                nombre = Double.parseDouble(brut);
            } catch (NumberFormatException illisible) {
                return brut;
            }
            if (!Double.isFinite(nombre)) {
                return brut;
            }
            if (date(styleCellule) && DateUtil.isValidExcelDate(nombre)) {
                return DateUtil.getLocalDateTime(nombre).toLocalDate().toString();
            }
            return BigDecimal.valueOf(nombre).stripTrailingZeros().toPlainString();
        }

        private boolean date(int style) {
            if (style < 0 || styles == null) {
                return false;
            }
            return stylesDates.computeIfAbsent(style, s -> {
                XSSFCellStyle format = styles.getStyleAt(s);
                return format != null && DateUtil.isADateFormat(format.getDataFormat(), format.getDataFormatString());
            });
        }
    }
}
