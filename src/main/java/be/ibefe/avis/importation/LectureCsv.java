package be.ibefe.avis.importation;

import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text (RFC 4180, with Apache Commons CSV): the separator is {@code ;} or {@code ,}, whichever the first
 * line uses more (French spreadsheets write {@code ;}); a quoted cell may hold separators, doubled quotes and line
 * breaks; a UTF-8 byte order mark is ignored; rows whose cells are all empty are left out, but still counted in the
 * line numbers so that every error names the line the user sees in his editor. A cell longer than
 * {@link LectureFichier#LONGUEUR_MAX_CELLULE} or a row of more than {@link LectureFichier#COLONNES_MAX} columns is
 * refused, and the rows beyond the limit are counted (for the message) but no longer kept.
 */
final class LectureCsv {

    private static final char GUILLEMET = '"';

    private LectureCsv() {
    }

    /** The rows of the text: a header and at most {@code lignesMax} rows under it, or the file is refused. */
    static List<Enregistrement> lire(String texte, int lignesMax) {
        String contenu = texte.startsWith("\uFEFF") ? texte.substring(1) : texte;
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separateur(contenu))
                // an empty line is read as a record, so that each record's position is its own line's: vide() drops it
                .setIgnoreEmptyLines(false)
                // text after a closing quote belongs to the cell ("ab"c reads abc), as spreadsheets write it
                .setTrailingData(true)
                .get();
        Rangees enregistrements = new Rangees(lignesMax + 1);
        Lignes lignes = new Lignes(contenu);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(contenu)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int debut = lignes.suivante();
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw new DonneesInvalidesException("fichier",
                            "Ligne %d : un guillemet ouvert n'est jamais fermé.".formatted(debut));
                }
                int ligne = lignes.de(record.getCharacterPosition());
                lignes.apres(parser.getCurrentLineNumber());
                enregistrements.ajouter(ligne, cellules(record, ligne));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (enregistrements.comptees > enregistrements.max) {
            throw LectureFichier.tropDeLignes(Libelles.nombre(enregistrements.comptees - 1), lignesMax);
        }
        return enregistrements.gardees;
    }

    private static List<String> cellules(CSVRecord record, int ligne) {
        if (record.size() > LectureFichier.COLONNES_MAX) {
            throw LectureFichier.tropDeColonnes(ligne);
        }
        List<String> cellules = new ArrayList<>(record.size());
        for (String cellule : record) {
            if (cellule.length() > LectureFichier.LONGUEUR_MAX_CELLULE) {
                throw LectureFichier.celluleTropLongue(ligne, cellules.size() + 1);
            }
            cellules.add(cellule);
        }
        return cellules;
    }

    /** The separator the first line uses more, outside quotes; {@code ;} when it uses neither. */
    static char separateur(String contenu) {
        int pointsVirgules = 0;
        int virgules = 0;
        boolean entreGuillemets = false;
        for (int i = 0; i < contenu.length(); i++) {
            char c = contenu.charAt(i);
            if (c == GUILLEMET) {
                entreGuillemets = !entreGuillemets;
            } else if (!entreGuillemets && (c == '\n' || c == '\r')) {
                break;
            } else if (!entreGuillemets && c == ';') {
                pointsVirgules++;
            } else if (!entreGuillemets && c == ',') {
                virgules++;
            }
        }
        return virgules > pointsVirgules ? ',' : ';';
    }

    /**
     * The line numbers of the text as the user's editor shows them (a line ends with LF, CRLF or a lone CR): the line
     * of a record is counted from its first character; the parser's own count of line ends read gives the line where
     * the next record starts, which names a quote left open.
     */
    private static final class Lignes {

        private final String contenu;
        private int position;
        private int ligne = 1;
        private long finsLues;

        Lignes(String contenu) {
            this.contenu = contenu;
        }

        int de(long caractere) {
            while (position < caractere && position < contenu.length()) {
                char c = contenu.charAt(position);
                if (c == '\n' || (c == '\r' && !(position + 1 < contenu.length() && contenu.charAt(position + 1) == '\n'))) {
                    ligne++;
                }
                position++;
            }
            return ligne;
        }

        void apres(long finsDeLigneLues) {
            finsLues = finsDeLigneLues;
        }

        int suivante() {
            return (int) finsLues + 1;
        }
    }

    /** The rows not empty: kept up to {@code max}, counted beyond, so that the refusal says how many there are. */
    private static final class Rangees {

        final int max;
        final List<Enregistrement> gardees = new ArrayList<>();
        int comptees;

        Rangees(int max) {
            this.max = max;
        }

        void ajouter(int ligne, List<String> cellules) {
            Enregistrement enregistrement = new Enregistrement(ligne, List.copyOf(cellules));
            if (!enregistrement.vide() && ++comptees <= max) {
                gardees.add(enregistrement);
            }
        }
    }
}
