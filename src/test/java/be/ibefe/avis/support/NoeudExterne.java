package be.ibefe.avis.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The application in a JVM of its own, started as an operator starts it ({@code java -cp … AvisApplication}), so
 * that a test can kill it without warning or run two of them side by side. Its output goes to
 * {@code target/noeuds/<nom>.log}. The test classes are left out of its class path: it runs the application only.
 */
public final class NoeudExterne implements AutoCloseable {

    /** Another process: on a shared machine whose load reaches 40, a start alone took 4.5 minutes. */
    private static final Duration DEMARRAGE_MAX = Duration.ofMinutes(7);

    private final String nom;
    private final int port;
    private final Process process;
    private final Path journal;

    private NoeudExterne(String nom, int port, Process process, Path journal) {
        this.nom = nom;
        this.port = port;
        this.process = process;
        this.journal = journal;
    }

    /** Starts the application with these Spring Boot arguments and waits until it answers its API. */
    public static NoeudExterne demarrer(String nom, List<String> arguments) {
        return demarrer(nom, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"), arguments);
    }

    /** The same with these options of the JVM (none: the JVM's defaults, as an operator starts it). */
    public static NoeudExterne demarrer(String nom, List<String> optionsJvm, List<String> arguments) {
        int port = portLibre();
        Path journal = Path.of("target", "noeuds", nom + ".log").toAbsolutePath();
        List<String> commande = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        commande.addAll(optionsJvm);
        commande.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", classPathApplication(),
                "be.ibefe.avis.AvisApplication", "--server.port=" + port));
        commande.addAll(arguments);
        try {
            Files.createDirectories(journal.getParent());
            Process process = new ProcessBuilder(commande).redirectErrorStream(true)
                    .redirectOutput(journal.toFile()).start();
            NoeudExterne noeud = new NoeudExterne(nom, port, process, journal);
            noeud.attendreDemarrage();
            return noeud;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String nom() {
        return nom;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Api api() {
        return new Api(port);
    }

    /** Kills the JVM at once (SIGKILL): no shutdown hook, no transaction finished, as a power cut. */
    public void tuer() {
        process.destroyForcibly();
        attendreFin(Duration.ofSeconds(30));
    }

    /** A normal stop (SIGTERM), forced when it takes too long. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            if (!attendreFin(Duration.ofSeconds(60))) {
                tuer();
            }
        }
    }

    /** Everything the node has written so far. */
    public String journal() {
        try {
            return Files.readString(journal, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(journal illisible : " + e.getMessage() + ")";
        }
    }

    public String fin_du_journal() {
        try {
            List<String> lignes = Files.readAllLines(journal, StandardCharsets.UTF_8);
            return String.join("\n", lignes.subList(Math.max(0, lignes.size() - 60), lignes.size()));
        } catch (IOException e) {
            return "(journal illisible : " + e.getMessage() + ")";
        }
    }

    private void attendreDemarrage() {
        Api api = api();
        try {
            // ready once its start-up runners (demonstration data replayed at their dates among them) are done; a
            // refused connection (the port not open yet) counts as « not yet »
            Awaitility.await("démarrage du nœud " + nom).atMost(DEMARRAGE_MAX).pollInterval(Duration.ofMillis(500))
                    .pollInSameThread().ignoreExceptionsInstanceOf(UncheckedIOException.class).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Le nœud " + nom + " s'est arrêté au démarrage :\n"
                                    + fin_du_journal());
                        }
                        return api.get(null, "/actuator/health/readiness").status() == 200
                                && api.get("coordinateur", "/api/dossiers?size=1").status() == 200;
                    });
        } catch (ConditionTimeoutException tropLong) {
            close();
            throw new IllegalStateException("Le nœud " + nom + " n'a pas démarré en " + DEMARRAGE_MAX + " :\n"
                    + fin_du_journal(), tropLong);
        }
    }

    private boolean attendreFin(Duration duree) {
        try {
            return process.waitFor(duree.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Maven's class path of the tests (failsafe hands it over in surefire.test.class.path), without the tests. */
    private static String classPathApplication() {
        String complet = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, Arrays.stream(complet.split(File.pathSeparator))
                .filter(entree -> !entree.endsWith("test-classes") && !entree.endsWith("test-classes/"))
                .toList());
    }

    private static int portLibre() {
        try (ServerSocket libre = new ServerSocket(0)) {
            return libre.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits, polling every {@code intervalle} in the caller's thread, until {@code condition} holds, for what another
     * JVM or the database does on its own time (the engine's clock and job API drive only this JVM's engine); fails
     * after {@code max}, naming {@code quoi}.
     */
    public static void attendre(String quoi, Duration max, Duration intervalle, Callable<Boolean> condition) {
        Awaitility.await("attente de " + quoi).atMost(max).pollInterval(intervalle).pollInSameThread()
                .until(condition);
    }
}
