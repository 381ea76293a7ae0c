package be.ibefe.avis.banc;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's sizes, from system properties ({@code -Davis.banc.dossiers=200}); the defaults make one run last
 * about ten minutes on a two-core machine shared with other builds.
 */
record Parametres(String url, String utilisateur, String motDePasse, List<Integer> fils, int dossiers,
        int tailleSeance, int echauffementDebit, int historiques, int rapport, int tachesOuvertes, int mesuresTaches,
        int echauffementTaches, int mesuresRapport, int echauffementRapport, String pgbench, int pgbenchSecondes,
        boolean demarrage, String historique, Path fichier, boolean tachesSeules, boolean rapportSeul,
        boolean demarrageSeul, List<String> optionsJvm) {

    static Parametres lire() {
        return new Parametres(
                texte("url", System.getenv().getOrDefault("AVIS_BENCH_DB_URL",
                        "jdbc:postgresql://127.0.0.1:5432/avis_bench")),
                texte("utilisateur", System.getenv().getOrDefault("AVIS_BENCH_DB_USER", "postgres")),
                texte("mot-de-passe", System.getenv().getOrDefault("AVIS_BENCH_DB_PASSWORD", "")),
                Arrays.stream(texte("fils", "1,2,4").split(",")).map(String::trim).map(Integer::valueOf).toList(),
                entier("dossiers", 40), entier("seance", 10), entier("echauffement", 10),
                entier("historiques", 100_000), entier("rapport", 50_000), entier("taches", 5_000),
                entier("mesures-taches", 300), entier("echauffement-taches", 5),
                entier("mesures-rapport", 40), entier("echauffement-rapport", 10),
                texte("pgbench", "pgbench"), entier("pgbench-secondes", 10),
                Boolean.parseBoolean(texte("demarrage", "true")), texte("historique", ""),
                Path.of(texte("fichier", "BENCHMARKS.md")), Boolean.parseBoolean(texte("taches-seules", "false")),
                Boolean.parseBoolean(texte("rapport-seul", "false")),
                Boolean.parseBoolean(texte("demarrage-seul", "false")),
                Arrays.stream(texte("options-jvm", "").trim().split("\\s+")).filter(o -> !o.isEmpty()).toList());
    }

    int filsMax() {
        return fils.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** What a reader needs to repeat the run, without the password. */
    String description() {
        return ("fils %s, %d dossiers par mesure de débit en séances de %d (échauffement %d), %d dossiers dont %d de "
                + "l'année du rapport et %d tâches ouvertes, %d mesures de la liste des tâches, %d par appel du "
                + "rapport, pgbench %d s, historique du moteur %s.").formatted(fils, dossiers, tailleSeance,
                echauffementDebit, historiques, rapport, tachesOuvertes, mesuresTaches, mesuresRapport,
                pgbenchSecondes, historique.isEmpty() ? "celui de l'application" : "`" + historique + "`");
    }

    private static String texte(String nom, String defaut) {
        return System.getProperty("avis.banc." + nom, defaut);
    }

    private static int entier(String nom, int defaut) {
        return Integer.parseInt(texte(nom, String.valueOf(defaut)));
    }
}
