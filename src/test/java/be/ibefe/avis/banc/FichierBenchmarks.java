package be.ibefe.avis.banc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rewrites the figures section of BENCHMARKS.md, between its two markers; the rest of the file is left as it is. */
final class FichierBenchmarks {

    static final String DEBUT = "<!-- chiffres du banc : début (écrits par le banc, ne pas modifier à la main) -->";
    static final String FIN = "<!-- chiffres du banc : fin -->";

    private FichierBenchmarks() {
    }

    static void reecrire(Path fichier, String section) throws IOException {
        String texte = Files.exists(fichier) ? Files.readString(fichier, StandardCharsets.UTF_8) : "";
        String bloc = DEBUT + "\n" + section.strip() + "\n" + FIN;
        int debut = texte.indexOf(DEBUT);
        int fin = texte.indexOf(FIN);
        String nouveau = debut >= 0 && fin > debut
                ? texte.substring(0, debut) + bloc + texte.substring(fin + FIN.length())
                : texte + (texte.isEmpty() || texte.endsWith("\n\n") ? "" : "\n") + bloc + "\n";
        Files.writeString(fichier, nouveau, StandardCharsets.UTF_8);
    }
}
