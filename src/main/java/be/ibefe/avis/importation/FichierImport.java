package be.ibefe.avis.importation;

import java.util.List;
import java.util.Map;

/** An import file read and checked: its format, its recognised columns, its rows keyed by column. */
record FichierImport(Format format, List<String> colonnes, List<Ligne> lignes) {

    enum Format {
        CSV, XLSX
    }

    /** A row of requests: its line number in the file, and each column's value as typed (trimmed). */
    record Ligne(int numero, Map<String, String> valeurs) {
    }
}
