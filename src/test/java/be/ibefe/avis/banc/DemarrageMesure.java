package be.ibefe.avis.banc;

import be.ibefe.avis.support.NoeudExterne;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of the embedded default as an operator starts it: {@code java -cp … AvisApplication} with the JVM's
 * default options, an H2 file database in a fresh folder, the demo profile. Timed from the launch of the JVM to the
 * first answer of the API; the heap is read with jcmd after a full collection.
 */
final class DemarrageMesure {

    private static final Pattern SPRING = Pattern.compile("Started AvisApplication in ([0-9.]+) seconds");
    private static final Pattern TAS = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    record Resultat(String quoi, double pretSecondes, double springSecondes, long tasUtiliseMo, long tasReserveMo,
            long rssMo) {
    }

    private DemarrageMesure() {
    }

    /** The first start (empty folder: schema, deployment, demo accounts), then a restart on the same data. */
    static List<Resultat> deuxDemarrages() throws IOException {
        Path donnees = Files.createTempDirectory("avis-banc-h2");
        return List.of(mesurer("premier démarrage (dossier vide)", donnees),
                mesurer("redémarrage sur les mêmes données", donnees));
    }

    private static Resultat mesurer(String quoi, Path donnees) {
        long debut = System.nanoTime();
        try (NoeudExterne noeud = NoeudExterne.demarrer("banc-demarrage", List.of(),
                List.of("--avis.donnees=" + donnees))) {
            double pret = (System.nanoTime() - debut) / 1e9;
            Matcher spring = SPRING.matcher(noeud.fin_du_journal());
            jcmd(noeud.pid(), "GC.run");
            Matcher tas = TAS.matcher(jcmd(noeud.pid(), "GC.heap_info"));
            Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(noeud.pid()), "status")));
            if (!spring.find() || !tas.find() || !rss.find()) {
                throw new IllegalStateException("Démarrage illisible :\n" + noeud.fin_du_journal());
            }
            return new Resultat(quoi, pret, Double.parseDouble(spring.group(1)), Long.parseLong(tas.group(2)) / 1024,
                    Long.parseLong(tas.group(1)) / 1024, Long.parseLong(rss.group(1)) / 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jcmd(long pid, String commande) {
        return Commande.executer(List.of("jcmd", String.valueOf(pid), commande), Map.of());
    }

    static String table(List<Resultat> resultats) {
        StringBuilder table = new StringBuilder("""
                | démarrage | prêt (JVM lancée → API répond) | selon Spring | tas utilisé après GC | tas réservé | mémoire résidente |
                |---|---:|---:|---:|---:|---:|
                """);
        for (Resultat r : resultats) {
            table.append("| %s | %s s | %s s | %d Mo | %d Mo | %d Mo |\n".formatted(r.quoi(), Banc.nombre(r.pretSecondes(), 1),
                    Banc.nombre(r.springSecondes(), 1), r.tasUtiliseMo(), r.tasReserveMo(), r.rssMo()));
        }
        return table.append("""

                Options de la JVM par défaut (aucune), profil `demo`, base H2 dans un dossier temporaire neuf ; « prêt » \
                compte du lancement de `java` à la première réponse 200 de `GET /api/dossiers` (interrogée toutes les \
                500 ms) ; le tas est lu par `jcmd GC.heap_info` après `jcmd GC.run`.
                """).toString();
    }
}
