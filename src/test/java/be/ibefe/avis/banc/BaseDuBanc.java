package be.ibefe.avis.banc;

import be.ibefe.avis.support.NoeudExterne;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The benchmark's PostgreSQL database: dropped and created anew at each run (its name must contain "bench"), its
 * commit counter, and pgbench run against it as the physical limit of commits per second.
 */
final class BaseDuBanc {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final String url;
    private final String hote;
    private final String port;
    private final String nom;
    private final String utilisateur;
    private final String motDePasse;

    BaseDuBanc(String url, String utilisateur, String motDePasse) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("Adresse PostgreSQL illisible : " + url);
        }
        this.url = url;
        this.hote = m.group(1);
        this.port = m.group(2) == null ? "5432" : m.group(2);
        this.nom = m.group(3);
        this.utilisateur = utilisateur;
        this.motDePasse = motDePasse;
        if (!nom.contains("bench")) {
            throw new IllegalArgumentException("La base « " + nom + " » sera effacée : son nom doit contenir « bench ».");
        }
    }

    String url() {
        return url;
    }

    String nom() {
        return nom;
    }

    String utilisateur() {
        return utilisateur;
    }

    String motDePasse() {
        return motDePasse;
    }

    void recreer() throws SQLException {
        try (Connection serveur = DriverManager.getConnection("jdbc:postgresql://" + hote + ":" + port + "/postgres",
                utilisateur, motDePasse); Statement sql = serveur.createStatement()) {
            sql.execute("drop database if exists " + nom + " with (force)");
            sql.execute("create database " + nom);
        }
    }

    String version() throws SQLException {
        try (Connection c = connexion(); Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Transactions committed in the database so far. A backend reports its counters to the statistics some time
     * after its transactions (up to seconds later), and at once when it ends: the caller closes its pool's idle
     * connections first (see {@link DebitMesure}), then this waits for the figure to settle.
     */
    long commits() throws SQLException {
        AtomicLong precedent = new AtomicLong(-1);
        try {
            // read every 500 ms, first after 500 ms, until two readings agree (20 readings at most, as before)
            Awaitility.await("compteur de commits stable").pollDelay(Duration.ofMillis(500))
                    .pollInterval(Duration.ofMillis(500)).atMost(Duration.ofMillis(500 * 20 + 250)).pollInSameThread()
                    .until(() -> {
                        long lu = lus();
                        return precedent.getAndSet(lu) == lu;
                    });
        } catch (ConditionTimeoutException pasStable) {
            // the last reading, as before
        }
        return precedent.get();
    }

    private long lus() throws SQLException {
        try (Connection c = connexion(); Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery(
                        "select xact_commit from pg_stat_database where datname = current_database()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** pgbench's simple-update script ({@code -N}) for that long with that many clients: transactions per second. */
    double pgbench(String executable, int clients, Duration duree) {
        String sortie = executer(List.of(executable, "-h", hote, "-p", port, "-U", utilisateur, "-n", "-N",
                "-c", String.valueOf(clients), "-j", String.valueOf(clients), "-T",
                String.valueOf(duree.toSeconds()), nom));
        Matcher tps = TPS.matcher(sortie);
        if (!tps.find()) {
            throw new IllegalStateException("Sortie de pgbench illisible :\n" + sortie);
        }
        return Double.parseDouble(tps.group(1));
    }

    void initialiserPgbench(String executable) {
        executer(List.of(executable, "-h", hote, "-p", port, "-U", utilisateur, "-i", "-q", "-s", "1", nom));
    }

    void retirerPgbench() throws SQLException {
        try (Connection c = connexion(); Statement sql = c.createStatement()) {
            sql.execute("drop table if exists pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers");
        }
    }

    private Connection connexion() throws SQLException {
        return DriverManager.getConnection(url, utilisateur, motDePasse);
    }

    private String executer(List<String> commande) {
        return Commande.executer(commande, motDePasse.isEmpty() ? Map.of() : Map.of("PGPASSWORD", motDePasse));
    }

}
