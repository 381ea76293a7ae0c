package be.ibefe.avis.importation;

import java.util.List;

/**
 * One row of a file as read, before any meaning is given to it: the number a person sees in his editor or
 * spreadsheet ({@code ligne}, from 1, the header included) and its cells in order.
 */
record Enregistrement(int ligne, List<String> cellules) {

    boolean vide() {
        return cellules.stream().allMatch(String::isBlank);
    }
}
