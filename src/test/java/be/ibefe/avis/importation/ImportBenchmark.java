package be.ibefe.avis.importation;

import be.ibefe.avis.AvisApplication;
import be.ibefe.avis.bassin.AvisType;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark, not a test: {@value #LIGNES} requests to the fonds d'équipement imported from one CSV file by the whole
 * application (the real registration, a process started for each dossier, the audit journal) on a PostgreSQL database
 * of its own, dropped and created anew, with the engine's job executor on as in production. After a smaller import
 * that warms the JVM up, prints the time from the deposit to the end of the import (every dossier registered), then to
 * the start of the last of their processes (the job executor's work after the import), then the same for the same
 * file uploaded again (every row already registered), each with the CPU the application used and the machine's
 * load. Run:
 * {@code mvn -Pbench test-compile exec:java -Dbench.main=be.ibefe.avis.importation.ImportBenchmark} (README,
 * « Import par lot »); {@code AVIS_BENCH_DB_URL} names another database, whose name must contain "bench".
 */
public final class ImportBenchmark {

    static final int LIGNES = 1_500;
    private static final int ECHAUFFEMENT = 500;
    /** The longest each stage (the import, then the start of its processes) may take before the run gives up. */
    private static final Duration ATTENTE = Duration.ofMinutes(10);

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("AVIS_BENCH_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/avis_bench_import");
        String utilisateur = System.getenv().getOrDefault("AVIS_BENCH_DB_USER", "postgres");
        String motDePasse = System.getenv().getOrDefault("AVIS_BENCH_DB_PASSWORD", "");
        String base = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        if (!base.contains("bench")) {
            throw new IllegalArgumentException("La base « " + base + " » sera vidée : son nom doit contenir « bench ».");
        }
        recreer(url, base, utilisateur, motDePasse);
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(AvisApplication.class)
                .profiles("demo", "postgres")
                // arguments rather than default properties: those of the profile postgres would win over these
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + utilisateur, "--spring.datasource.password=" + motDePasse,
                        "--logging.level.root=WARN")) {
            ImportService imports = application.getBean(ImportService.class);
            FileDesImports file = application.getBean(FileDesImports.class);
            byte[] fichier = csv(LIGNES).getBytes(StandardCharsets.UTF_8);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "coordinateur", null, List.of(new SimpleGrantedAuthority("ROLE_coordination"))));

            // a first, smaller file warms the JVM up (JIT compilation), as a server that has been running would be
            mesurer(imports, file, csv(ECHAUFFEMENT).getBytes(StandardCharsets.UTF_8), "échauffement");
            ImportView premier = mesurer(imports, file, fichier, "premier dépôt");
            ImportView second = mesurer(imports, file, fichier, "même fichier déposé à nouveau");
            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            System.out.printf("%d dossiers créés puis %d déjà présents ; %d instances de processus ; %s%n",
                    premier.dossiersCrees(), second.dejaPresents(),
                    jdbc.queryForObject("select count(*) from act_ru_execution where parent_id_ is null", Long.class),
                    jdbc.queryForObject("select version()", String.class));
        }
    }

    private static ImportView mesurer(ImportService imports, FileDesImports file, byte[] fichier, String quoi)
            throws Exception {
        OperatingSystemMXBean systeme = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double charge = systeme.getSystemLoadAverage();
        long cpu = systeme.getProcessCpuTime();
        long debut = System.nanoTime();
        ImportView lot = imports.deposer(AvisType.EQUIPEMENT, "equipement.csv", new ByteArrayResource(fichier));
        long depose = System.nanoTime();
        file.attendreLesPrecedents(ATTENTE);
        long fin = System.nanoTime();
        lot = imports.consulter(lot.id());
        if (lot.statut() != StatutImport.TERMINE) {
            throw new IllegalStateException("Import " + lot.statut() + " : " + lot.message() + " " + lot.erreurs());
        }
        double cpuImport = (systeme.getProcessCpuTime() - cpu) / 1e9;
        // then the engine's job executor starts the processes of the new dossiers, in the background: nothing to wait
        // on but the count of the started ones, read every 100 ms as the import's page would, for as long as the
        // import itself may take; in this thread, whose security context the service reads
        long id = lot.id();
        lot = Awaitility.await("les procédures des dossiers importés").atMost(ATTENTE).pollInSameThread()
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> imports.consulter(id), l -> l.proceduresEnAttente() == 0 || l.demarrageBloque() != null);
        long procedures = System.nanoTime();
        if (lot.demarrageBloque() != null) {
            throw new IllegalStateException(lot.demarrageBloque());
        }
        // the machine may be shared: its load and the CPU the application used tell how far the time says it all
        System.out.printf("%s : %d lignes enregistrées en %.2f s (lecture du fichier %.0f ms ; CPU de l'application "
                        + "%.1f s), leurs %d procédures démarrées %.2f s après le dépôt (CPU %.1f s en tout) ; charge "
                        + "de la machine %.1f pour %d cœurs%n", quoi, lot.total(),
                Duration.ofNanos(fin - debut).toMillis() / 1000.0, (depose - debut) / 1e6, cpuImport,
                lot.proceduresDemarrees(), Duration.ofNanos(procedures - debut).toMillis() / 1000.0,
                (systeme.getProcessCpuTime() - cpu) / 1e9, charge, systeme.getAvailableProcessors());
        return lot;
    }

    /**
     * Requests as a yearly call brings them: distinct schools, options and amounts, two equipments already there. Each
     * value is written under its column's name, in the template's order: a column added since leaves its cell empty.
     */
    private static String csv(int lignes) {
        List<String> colonnes = new ColonnesImport(AvisType.EQUIPEMENT).modele();
        StringBuilder csv = new StringBuilder("\uFEFF" + String.join(";", colonnes) + "\r\n");
        String serie = UUID.randomUUID().toString().substring(0, 8);
        String[] options = {"Soudage", "Électricité", "Mécanique automobile", "Cuisine", "Menuiserie", "Soins"};
        for (int i = 1; i <= lignes; i++) {
            String option = options[i % options.length];
            Map<String, String> ligne = Map.ofEntries(Map.entry("referenceExterne", "FWB-EQ-2024-" + serie + "-" + i),
                    Map.entry("objet", "Fonds d'équipement : " + option + " " + i),
                    Map.entry("dateReception", "2024-%02d-%02d".formatted(1 + i % 9, 1 + i % 28)),
                    Map.entry("demandeur.nom", "École " + (i % 142)), Map.entry("demandeur.categorie", "ECOLE"),
                    Map.entry("donnees.ecole", "École " + (i % 142)), Map.entry("donnees.option", option),
                    Map.entry("donnees.metier", option), Map.entry("donnees.equipement", "Équipement pédagogique " + i),
                    Map.entry("donnees.montant", (1000 + i * 7) + ",50"),
                    Map.entry("donnees.equipementsExistants", "CTA de Seraing|Centre de compétence " + (i % 6)));
            csv.append(colonnes.stream().map(c -> ligne.getOrDefault(c, ""))
                    .collect(Collectors.joining(";"))).append("\r\n");
        }
        return csv.toString();
    }

    private static void recreer(String url, String base, String utilisateur, String motDePasse) throws SQLException {
        try (Connection connexion = DriverManager.getConnection(url.replace("/" + base, "/postgres"), utilisateur,
                motDePasse); Statement sql = connexion.createStatement()) {
            sql.execute("drop database if exists " + base + " with (force)");
            sql.execute("create database " + base);
        }
    }
}
