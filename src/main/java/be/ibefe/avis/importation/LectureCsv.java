package be.ibefe.avis.importation;

import be.ibefe.avis.system.DonneesInvalidesException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text (RFC 4180): the separator is {@code ;} or {@code ,}, whichever the first line uses more (French
 * spreadsheets write {@code ;}); a quoted cell may hold separators, doubled quotes and line breaks; a UTF-8 byte
 * order mark is ignored; rows whose cells are all empty are left out, but still counted in the line numbers so that
 * every error names the line the user sees in his editor. The reading is bounded as it goes: a cell longer than
 * {@link LectureFichier#LONGUEUR_MAX_CELLULE} or a row of more than {@link LectureFichier#COLONNES_MAX} columns is
 * refused at once, and the rows beyond the limit are counted (for the message) but no longer kept.
 */
final class LectureCsv {

    private static final char GUILLEMET = '"';

    private LectureCsv() {
    }

    /** The rows of the text: a header and at most {@code lignesMax} rows under it, or the file is refused. */
    static List<Enregistrement> lire(String texte, int lignesMax) {
        String contenu = texte.startsWith("\uFEFF") ? texte.substring(1) : texte;
        char separateur = separateur(contenu);
        Rangees enregistrements = new Rangees(lignesMax + 1);
        List<String> cellules = new ArrayList<>();
        StringBuilder cellule = new StringBuilder();
        int ligne = 1;
        int debut = 1;
        boolean entreGuillemets = false;
        boolean debutCellule = true;
        int i = 0;
        while (i < contenu.length()) {
            char c = contenu.charAt(i);
            if (entreGuillemets) {
                if (c == GUILLEMET && i + 1 < contenu.length() && contenu.charAt(i + 1) == GUILLEMET) {
                    cellule.append(GUILLEMET);
                    i++;
                } else if (c == GUILLEMET) {
                    entreGuillemets = false;
                } else {
                    if (c == '\n' || (c == '\r' && !suiviDeSautDeLigne(contenu, i))) {
                        ligne++;
                    }
                    cellule.append(c);
                }
                borner(cellule, debut, cellules);
            } else if (c == GUILLEMET && debutCellule) {
                entreGuillemets = true;
                debutCellule = false;
            } else if (c == separateur) {
                if (cellules.size() >= LectureFichier.COLONNES_MAX) {
                    throw LectureFichier.tropDeColonnes(debut);
                }
                cellules.add(cellule.toString());
                cellule.setLength(0);
                debutCellule = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && suiviDeSautDeLigne(contenu, i)) {
                    i++;
                }
                cellules.add(cellule.toString());
                enregistrements.ajouter(debut, cellules);
                cellules = new ArrayList<>();
                cellule.setLength(0);
                debutCellule = true;
                ligne++;
                debut = ligne;
            } else {
                cellule.append(c);
                debutCellule = false;
                borner(cellule, debut, cellules);
            }
            i++;
        }
        if (entreGuillemets) {
            throw new DonneesInvalidesException("fichier",
                    "Ligne %d : un guillemet ouvert n'est jamais fermé.".formatted(debut));
        }
        if (!cellule.isEmpty() || !cellules.isEmpty()) {
            cellules.add(cellule.toString());
            enregistrements.ajouter(debut, cellules);
        }
        if (enregistrements.comptees > enregistrements.max) {
            throw LectureFichier.tropDeLignes(String.valueOf(enregistrements.comptees - 1), lignesMax);
        }
        return enregistrements.gardees;
    }

    private static void borner(StringBuilder cellule, int ligne, List<String> cellules) {
        if (cellule.length() > LectureFichier.LONGUEUR_MAX_CELLULE) {
            throw LectureFichier.celluleTropLongue(ligne, cellules.size() + 1);
        }
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

    private static boolean suiviDeSautDeLigne(String contenu, int i) {
        return i + 1 < contenu.length() && contenu.charAt(i + 1) == '\n';
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
