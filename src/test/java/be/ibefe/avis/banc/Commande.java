package be.ibefe.avis.banc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A tool of the machine the benchmark calls (pgbench, jcmd): its output, or an exception that quotes it. */
final class Commande {

    private Commande() {
    }

    static String executer(List<String> commande, Map<String, String> environnement) {
        try {
            ProcessBuilder pb = new ProcessBuilder(commande).redirectErrorStream(true);
            pb.environment().putAll(environnement);
            Process process = pb.start();
            String sortie = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", commande) + " a échoué :\n" + sortie);
            }
            return sortie;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
