package be.ibefe.avis.importation;

/** What is wrong in a row of an import file: its line, the column (the field's JSON path), in French. */
public record ErreurLigne(int ligne, String champ, String message) {
}
