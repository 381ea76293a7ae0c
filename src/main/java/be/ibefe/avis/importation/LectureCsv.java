package be.ibefe.avis.importation;

import be.ibefe.avis.system.DonneesInvalidesException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text (RFC 4180): the separator is {@code ;} or {@code ,}, whichever the first line uses more (French
 * spreadsheets write {@code ;}); a quoted cell may hold separators, doubled quotes and line breaks; a UTF-8 byte
 * order mark is ignored; rows whose cells are all empty are left out, but still counted in the line numbers so that
 * every error names the line the user sees in his editor.
 */
final class LectureCsv {

    private static final char GUILLEMET = '"';

    private LectureCsv() {
    }

    static List<Enregistrement> lire(String texte) {
        String contenu = texte.startsWith("\uFEFF") ? texte.substring(1) : texte;
        char separateur = separateur(contenu);
        List<Enregistrement> enregistrements = new ArrayList<>();
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
            } else if (c == GUILLEMET && debutCellule) {
                entreGuillemets = true;
                debutCellule = false;
            } else if (c == separateur) {
                cellules.add(cellule.toString());
                cellule.setLength(0);
                debutCellule = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && suiviDeSautDeLigne(contenu, i)) {
                    i++;
                }
                cellules.add(cellule.toString());
                ajouter(enregistrements, debut, cellules);
                cellules = new ArrayList<>();
                cellule.setLength(0);
                debutCellule = true;
                ligne++;
                debut = ligne;
            } else {
                cellule.append(c);
                debutCellule = false;
            }
            i++;
        }
        if (entreGuillemets) {
            throw new DonneesInvalidesException("fichier",
                    "Ligne %d : un guillemet ouvert n'est jamais fermé.".formatted(debut));
        }
        if (!cellule.isEmpty() || !cellules.isEmpty()) {
            cellules.add(cellule.toString());
            ajouter(enregistrements, debut, cellules);
        }
        return enregistrements;
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

    private static void ajouter(List<Enregistrement> enregistrements, int ligne, List<String> cellules) {
        Enregistrement enregistrement = new Enregistrement(ligne, List.copyOf(cellules));
        if (!enregistrement.vide()) {
            enregistrements.add(enregistrement);
        }
    }
}
