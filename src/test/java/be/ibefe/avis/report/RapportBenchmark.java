package be.ibefe.avis.report;

import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.documents.PdfRenderer;
import be.ibefe.avis.dossier.AvisType;
import be.ibefe.avis.dossier.CategorieDemandeur;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.support.DossiersEnBase;
import be.ibefe.avis.support.DossiersEnBase.Ligne;
import be.ibefe.avis.support.Gabarits;
import be.ibefe.avis.system.ClockConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Benchmark, not a test: the activity report and the statistics over {@value #DOSSIERS} dossiers of one year on a
 * PostgreSQL database of its own, which it empties and fills (Flyway schema, then SQL batches). Prints the latency of
 * each call after a warm-up: median, 95th percentile and maximum. Run: {@code mvn -Pbench test-compile exec:java}
 * (README, "Performances"); {@code AVIS_BENCH_DB_URL} names another database, whose name must contain "bench".
 */
public final class RapportBenchmark {

    static final int DOSSIERS = 50_000;
    private static final int ANNEE = 2024;
    private static final int ECHAUFFEMENT = 20;
    private static final int MESURES = 100;

    private RapportBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getenv().getOrDefault("AVIS_BENCH_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/avis_bench");
        String utilisateur = System.getenv().getOrDefault("AVIS_BENCH_DB_USER", "postgres");
        String motDePasse = System.getenv().getOrDefault("AVIS_BENCH_DB_PASSWORD", "");
        String base = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        if (!base.contains("bench")) {
            throw new IllegalArgumentException("La base « " + base + " » sera vidée : son nom doit contenir « bench ».");
        }
        creerSiAbsente(url, base, utilisateur, motDePasse);
        try (HikariDataSource source = new HikariDataSource()) {
            source.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
            source.setUsername(utilisateur);
            source.setPassword(motDePasse);
            Flyway flyway = Flyway.configure().dataSource(source).cleanDisabled(false)
                    .placeholders(Map.of("json_type", "jsonb")).load();
            flyway.clean();
            flyway.migrate();

            JdbcTemplate jdbc = new JdbcTemplate(source);
            long debut = System.nanoTime();
            DossiersEnBase.inserer(jdbc, dossiers());
            jdbc.execute("analyze");
            System.out.printf("%d dossiers de %d et leur historique (%d lignes) écrits en %.1f s sur %s%n", DOSSIERS,
                    ANNEE, jdbc.queryForObject("select count(*) from dossier_historique", Long.class),
                    (System.nanoTime() - debut) / 1e9, jdbc.queryForObject("select version()", String.class));

            RapportQueries queries = new RapportQueries(new NamedParameterJdbcTemplate(source),
                    Perimetre.tousLesBassins("LIE"));
            Clock clock = Clock.system(ClockConfig.BRUXELLES);
            RapportService rapports = new RapportService(queries, new RedactionChapitre(new TextesRapport(
                    TextesRapport.lire(new ClassPathResource("textes/rapport-activite.properties")))),
                    annee -> List.of(), clock);
            StatistiquesService statistiques = new StatistiquesService(queries, clock);

            long recus = rapports.rapportActivite(ANNEE).totaux().recus();
            if (recus != DOSSIERS) {
                throw new IllegalStateException("Le rapport compte " + recus + " dossiers au lieu de " + DOSSIERS);
            }
            mesurer("rapport d'activité (JSON)", () -> rapports.rapportActivite(ANNEE));
            mesurer("chapitre rédigé (md, csv, pdf)", () -> rapports.chapitre(ANNEE));
            RapportReponses reponses = new RapportReponses(rapports, new PdfRenderer(Gabarits.moteur()));
            mesurer("PDF complet", () -> reponses.reponse(ANNEE, "pdf"));
            mesurer("statistiques", () -> statistiques.statistiques(ANNEE));
        }
    }

    /** A year like the ones the Instances see, only far bigger: every type, every fate, in realistic shares. */
    private static List<Ligne> dossiers() {
        Random hasard = new Random(2024);
        AvisType[] types = AvisType.values();
        CategorieDemandeur[] categories = CategorieDemandeur.values();
        List<Ligne> lignes = new ArrayList<>(DOSSIERS);
        for (int i = 0; i < DOSSIERS; i++) {
            LocalDate reception = LocalDate.of(ANNEE, 1, 1).plusDays(hasard.nextInt(366));
            Ligne ligne = Ligne.recu("BENCH-" + i, types[hasard.nextInt(types.length)], reception)
                    .categorie(categories[hasard.nextInt(categories.length)]);
            if (hasard.nextInt(10) < 8) {
                ligne = ligne.echeance(reception.plusDays(60));
            }
            int sort = hasard.nextInt(100);
            int jours = 10 + hasard.nextInt(110);
            lignes.add(sort < 55 ? ligne.notifieApres(Decision.FAVORABLE, jours)
                    : sort < 62 ? ligne.notifieApres(Decision.FAVORABLE_AVEC_RECOMMANDATION, jours)
                    : sort < 70 ? ligne.notifieApres(Decision.DEFAVORABLE, jours)
                    : sort < 74 ? ligne.clos(Decision.NON_COMPETENT)
                    : sort < 77 ? ligne.clos(Decision.RETIRE)
                    : sort < 82 ? ligne.decide(Decision.FAVORABLE)
                    : sort < 84 ? ligne.ajourne()
                    : sort < 92 ? ligne.statut(Statut.EN_ANALYSE)
                    : sort < 96 ? ligne.statut(Statut.PRET_POUR_SEANCE)
                    : sort < 98 ? ligne.statut(Statut.INCOMPLET)
                    : ligne);
        }
        return lignes;
    }

    private static void mesurer(String quoi, Supplier<?> appel) {
        for (int i = 0; i < ECHAUFFEMENT; i++) {
            appel.get();
        }
        double[] millis = new double[MESURES];
        for (int i = 0; i < MESURES; i++) {
            long debut = System.nanoTime();
            appel.get();
            millis[i] = (System.nanoTime() - debut) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-32s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d mesures après %d d'échauffement)%n",
                quoi, millis[MESURES / 2], millis[(int) Math.ceil(MESURES * 0.95) - 1], millis[MESURES - 1], MESURES,
                ECHAUFFEMENT);
    }

    private static void creerSiAbsente(String url, String base, String utilisateur, String motDePasse)
            throws SQLException {
        try {
            DriverManager.getConnection(url, utilisateur, motDePasse).close();
            return;
        } catch (SQLException absente) {
            if (!"3D000".equals(absente.getSQLState())) {
                throw absente;
            }
        }
        String serveur = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connexion = DriverManager.getConnection(serveur, utilisateur, motDePasse);
                Statement creation = connexion.createStatement()) {
            creation.execute("create database " + base);
        }
    }
}
