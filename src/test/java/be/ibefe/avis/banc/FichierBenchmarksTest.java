package be.ibefe.avis.banc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FichierBenchmarksTest {

    @TempDir
    Path dossier;

    @Test
    void the_figures_between_the_markers_are_replaced_and_the_rest_is_kept() throws Exception {
        Path fichier = dossier.resolve("BENCHMARKS.md");
        Files.writeString(fichier, "# Banc\n\nComment lancer.\n\n" + FichierBenchmarks.DEBUT + "\nanciens chiffres\n"
                + FichierBenchmarks.FIN + "\n\nFin du texte.\n");

        FichierBenchmarks.reecrire(fichier, "nouveaux chiffres\n");

        assertThat(Files.readString(fichier)).isEqualTo("# Banc\n\nComment lancer.\n\n" + FichierBenchmarks.DEBUT
                + "\nnouveaux chiffres\n" + FichierBenchmarks.FIN + "\n\nFin du texte.\n");
    }

    @Test
    void a_file_without_markers_gets_the_figures_at_its_end() throws Exception {
        Path fichier = dossier.resolve("BENCHMARKS.md");
        Files.writeString(fichier, "# Banc\n");

        FichierBenchmarks.reecrire(fichier, "chiffres");

        assertThat(Files.readString(fichier)).isEqualTo("# Banc\n\n" + FichierBenchmarks.DEBUT + "\nchiffres\n"
                + FichierBenchmarks.FIN + "\n");
    }
}
