package be.ibefe.avis.banc;

import be.ibefe.avis.support.NoeudExterne;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of the embedded default as an operator starts it: {@code java -cp … AvisApplication} with the JVM's
 * default options (or those {@code -Davis.banc.options-jvm} gives, to compare), an H2 file database in a fresh folder, the demo profile. Timed from the launch of the JVM to the
 * first answer of the API; the heap is read with jcmd after a full collection. Then a start with the demonstration
 * year (profiles {@code demo,demo-2024}, README « Année de démonstration »), which replays the year before the
 * application accepts traffic: the time of the loading is the one the application logs for it.
 */
final class DemarrageMesure {

    private static final Pattern SPRING = Pattern.compile("Started AvisApplication in ([0-9.]+) seconds");
    private static final Pattern TAS = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    /** The line of demo/ChargementDemonstration, its duration written the French way. */
    private static final Pattern ANNEE =
            Pattern.compile("Chargement de l'année de démonstration 2024 : (\\d+) dossiers en ([0-9]+,[0-9]) s");
    /** Issue 22's goals on an idle machine: the start, and the demonstration year once the application is up. */
    static final double OBJECTIF_DEMARRAGE = 10;
    static final double OBJECTIF_ANNEE = 20;

    /** One start; {@code annee} is null for a start without the demonstration year. */
    record Resultat(String quoi, double pretSecondes, double springSecondes, long tasUtiliseMo, long tasReserveMo,
            long rssMo, Annee annee) {
    }

    /** The demonstration year's loading: how many dossiers, in how many seconds. */
    record Annee(int dossiers, double secondes) {
    }

    private DemarrageMesure() {
    }

    /**
     * The first start (empty folder: schema, deployment, demo accounts), a restart on the same data, then a first
     * start with the demonstration year in another empty folder.
     */
    static List<Resultat> demarrages(List<String> optionsJvm) throws IOException {
        Path donnees = Files.createTempDirectory("avis-banc-h2");
        // the demo profile asked for explicitly, as the README's run command does: without it the start is a
        // production one, with no demo account to ask the API whether it answers
        List<String> demo = List.of("--spring.profiles.active=demo");
        return List.of(mesurer("premier démarrage (dossier vide)", optionsJvm, donnees, demo),
                mesurer("redémarrage sur les mêmes données", optionsJvm, donnees, demo),
                mesurer("premier démarrage avec l'année de démonstration (`demo,demo-2024`)", optionsJvm,
                        Files.createTempDirectory("avis-banc-h2-annee"),
                        List.of("--spring.profiles.active=demo,demo-2024")));
    }

    private static Resultat mesurer(String quoi, List<String> optionsJvm, Path donnees, List<String> arguments) {
        List<String> tous = new ArrayList<>(arguments);
        tous.add("--avis.donnees=" + donnees);
        long debut = System.nanoTime();
        try (NoeudExterne noeud = NoeudExterne.demarrer("banc-demarrage", optionsJvm, tous)) {
            double pret = (System.nanoTime() - debut) / 1e9;
            String journal = noeud.journal();
            Matcher spring = SPRING.matcher(journal);
            jcmd(noeud.pid(), "GC.run");
            Matcher tas = TAS.matcher(jcmd(noeud.pid(), "GC.heap_info"));
            Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(noeud.pid()), "status")));
            if (!spring.find() || !tas.find() || !rss.find()) {
                throw new IllegalStateException("Démarrage illisible :\n" + noeud.fin_du_journal());
            }
            Annee annee = null;
            if (arguments.stream().anyMatch(a -> a.contains("demo-2024"))) {
                annee = annee(journal);
                if (annee == null) {
                    throw new IllegalStateException("Chargement de l'année illisible :\n" + noeud.fin_du_journal());
                }
            }
            return new Resultat(quoi, pret, Double.parseDouble(spring.group(1)), Long.parseLong(tas.group(2)) / 1024,
                    Long.parseLong(tas.group(1)) / 1024, Long.parseLong(rss.group(1)) / 1024, annee);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demonstration year's loading as the application logged it, or null when the log has no such line. */
    static Annee annee(String journal) {
        Matcher chargement = ANNEE.matcher(journal);
        if (!chargement.find()) {
            return null;
        }
        return new Annee(Integer.parseInt(chargement.group(1)),
                Double.parseDouble(chargement.group(2).replace(',', '.')));
    }

    private static String jcmd(long pid, String commande) {
        return Commande.executer(List.of("jcmd", String.valueOf(pid), commande), Map.of());
    }

    /** The table, and how the JVMs were started: with the JVM's default options unless {@code optionsJvm} names some. */
    static String table(List<Resultat> resultats, List<String> optionsJvm) {
        StringBuilder table = new StringBuilder("""
                | démarrage | prêt (JVM lancée → API répond) | selon Spring | année de démonstration | objectif | tas utilisé après GC | tas réservé | mémoire résidente |
                |---|---:|---:|---:|---|---:|---:|---:|
                """);
        for (Resultat r : resultats) {
            String annee = r.annee() == null ? "—" : "%s s (%d dossiers)".formatted(Banc.nombre(r.annee().secondes(), 1),
                    r.annee().dossiers());
            String objectif = r.annee() == null
                    ? "prêt < %s s : **%s**".formatted(Banc.nombre(OBJECTIF_DEMARRAGE, 0),
                            r.pretSecondes() < OBJECTIF_DEMARRAGE ? "atteint" : "non atteint")
                    : "année < %s s : **%s**".formatted(Banc.nombre(OBJECTIF_ANNEE, 0),
                            r.annee().secondes() < OBJECTIF_ANNEE ? "atteint" : "non atteint");
            table.append("| %s | %s s | %s s | %s | %s | %d Mo | %d Mo | %d Mo |\n".formatted(r.quoi(),
                    Banc.nombre(r.pretSecondes(), 1), Banc.nombre(r.springSecondes(), 1), annee, objectif,
                    r.tasUtiliseMo(), r.tasReserveMo(), r.rssMo()));
        }
        return table.append("\n").append(optionsJvm.isEmpty() ? "Options de la JVM par défaut (aucune)"
                : "Options de la JVM `" + String.join(" ", optionsJvm) + "` (`-Davis.banc.options-jvm`)").append("""
                , profil `demo`, base H2 dans un dossier temporaire neuf ; « prêt » \
                compte du lancement de `java` à la première réponse 200 de `GET /api/dossiers` (interrogée toutes les \
                500 ms) ; le tas est lu par `jcmd GC.heap_info` après `jcmd GC.run`. L'année de démonstration est \
                rejouée après le démarrage de Spring (« selon Spring ») et avant la première réponse (« prêt ») ; sa \
                durée est celle que l'application écrit dans son journal à la fin du chargement. Objectifs de \
                l'issue 22, sur une machine au repos : démarrage < 10 s, année chargée < 20 s.
                """).toString();
    }
}
