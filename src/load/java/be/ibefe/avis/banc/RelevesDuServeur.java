package be.ibefe.avis.banc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the application under load was waiting for, read every second from its metrics while the load test runs: the
 * connection pool (Hikari: connections in use, requests waiting for one, the time it took to get one) and Tomcat's
 * request threads (busy out of the maximum), with the machine's load and the process's CPU. Read over HTTP
 * ({@code /actuator/prometheus}, the administration's account), so that the generator may run on another machine
 * than the application; written as CSV and a summary beside Gatling's report.
 */
final class RelevesDuServeur implements AutoCloseable {

    /** A Prometheus sample: name, labels (kept as read), value. */
    private static final Pattern LIGNE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)$");

    /** The columns of the CSV: a name of ours, the metric read, what it says. */
    private record Colonne(String nom, String metrique, String sens) {
    }

    private static final List<Colonne> COLONNES = List.of(
            new Colonne("hikari_actives", "hikaricp_connections_active", "connexions du pool en usage"),
            new Colonne("hikari_en_attente", "hikaricp_connections_pending", "requêtes attendant une connexion"),
            new Colonne("hikari_max", "hikaricp_connections_max", "taille du pool"),
            new Colonne("tomcat_occupes", "tomcat_threads_busy_threads", "fils Tomcat occupés"),
            new Colonne("tomcat_max", "tomcat_threads_config_max_threads", "fils Tomcat au plus"),
            new Colonne("charge_1min", "system_load_average_1m", "charge moyenne de la machine (1 min)"),
            new Colonne("cpu_processus", "process_cpu_usage", "part du processeur prise par l'application"));

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI adresse;
    private final String autorisation;
    private final Path csv;
    private final Path resume;
    private final ScheduledExecutorService minuteur = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread fil = new Thread(r, "releves-du-serveur");
        fil.setDaemon(true);
        return fil;
    });
    private final List<double[]> lignes = new ArrayList<>();
    private final List<String> erreurs = new ArrayList<>();
    private final Instant debut = Instant.now();
    private double attenteSommePrecedente = Double.NaN;
    private double attenteNombrePrecedent = Double.NaN;

    RelevesDuServeur(String cible, String login, String motDePasse, Path dossier)
            throws IOException, InterruptedException {
        this.adresse = URI.create(cible.replaceAll("/+$", "") + "/actuator/prometheus");
        this.autorisation = "Basic " + Base64.getEncoder().encodeToString((login + ":" + motDePasse)
                .getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(dossier);
        String horodatage = debut.toString().replace(":", "").replaceAll("\\..*", "");
        this.csv = dossier.resolve("releves-serveur-" + horodatage + ".csv");
        this.resume = dossier.resolve("releves-serveur-" + horodatage + ".txt");
        Map<String, Double> premier = lire();
        List<String> absentes = COLONNES.stream().map(Colonne::metrique).filter(m -> !premier.containsKey(m)).toList();
        if (!absentes.isEmpty()) {
            throw new IllegalStateException("Mesures absentes de " + adresse + " : " + absentes
                    + " (l'application doit tourner avec server.tomcat.mbeanregistry.enabled=true)");
        }
        minuteur.scheduleAtFixedRate(this::relever, 0, 1, TimeUnit.SECONDS);
    }

    private void relever() {
        try {
            Map<String, Double> mesures = lire();
            double[] ligne = new double[COLONNES.size() + 2];
            ligne[0] = Duration.between(debut, Instant.now()).toMillis() / 1000.0;
            for (int i = 0; i < COLONNES.size(); i++) {
                ligne[i + 1] = mesures.getOrDefault(COLONNES.get(i).metrique(), Double.NaN);
            }
            // the mean wait for a connection since the previous reading, from the acquisition timer's sum and count
            double somme = mesures.getOrDefault("hikaricp_connections_acquire_seconds_sum", Double.NaN);
            double nombre = mesures.getOrDefault("hikaricp_connections_acquire_seconds_count", Double.NaN);
            ligne[COLONNES.size() + 1] = nombre > attenteNombrePrecedent
                    ? (somme - attenteSommePrecedente) / (nombre - attenteNombrePrecedent) * 1000 : 0;
            attenteSommePrecedente = somme;
            attenteNombrePrecedent = nombre;
            synchronized (lignes) {
                lignes.add(ligne);
            }
        } catch (IOException | RuntimeException e) {
            synchronized (lignes) {
                erreurs.add(Instant.now() + " " + e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The samples of the metrics read, summed over their labels (one pool, one connector). */
    private Map<String, Double> lire() throws IOException, InterruptedException {
        HttpResponse<String> reponse = client.send(HttpRequest.newBuilder(adresse).timeout(Duration.ofSeconds(5))
                .header("Authorization", autorisation).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (reponse.statusCode() != 200) {
            throw new IOException(adresse + " a répondu " + reponse.statusCode());
        }
        Map<String, Double> valeurs = new HashMap<>();
        for (String texte : reponse.body().split("\n")) {
            Matcher m = LIGNE.matcher(texte.trim());
            if (!texte.startsWith("#") && m.matches()) {
                try {
                    valeurs.merge(m.group(1), Double.parseDouble(m.group(3)), Double::sum);
                } catch (NumberFormatException illisible) {
                    // NaN and infinities are written as such by Prometheus; nothing of ours
                }
            }
        }
        return valeurs;
    }

    /** Stops reading; writes the CSV and the summary, and gives the summary's text. */
    @Override
    public void close() throws IOException {
        minuteur.shutdownNow();
        try {
            minuteur.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<double[]> releves;
        synchronized (lignes) {
            releves = List.copyOf(lignes);
        }
        StringBuilder texte = new StringBuilder("secondes");
        COLONNES.forEach(c -> texte.append(';').append(c.nom()));
        texte.append(";hikari_attente_moyenne_ms\n");
        for (double[] ligne : releves) {
            for (int i = 0; i < ligne.length; i++) {
                texte.append(i == 0 ? "" : ";").append(String.format(Locale.ROOT, "%.3f", ligne[i]));
            }
            texte.append('\n');
        }
        Files.writeString(csv, texte, StandardCharsets.UTF_8);
        Files.writeString(resume, resume(releves), StandardCharsets.UTF_8);
    }

    String resume(List<double[]> releves) {
        StringBuilder texte = new StringBuilder("Relevés du serveur (%s, une lecture par seconde) : %d relevés, %d "
                .formatted(adresse, releves.size(), erreurs.size()) + "lectures en échec.\n");
        for (int i = 0; i <= COLONNES.size(); i++) {
            int colonne = i + 1;
            String sens = i < COLONNES.size() ? COLONNES.get(i).sens() : "attente moyenne d'une connexion (ms)";
            double[] valeurs = releves.stream().mapToDouble(l -> l[colonne]).filter(v -> !Double.isNaN(v)).sorted()
                    .toArray();
            if (valeurs.length == 0) {
                texte.append("- ").append(sens).append(" : aucune valeur\n");
                continue;
            }
            double moyenne = java.util.Arrays.stream(valeurs).average().orElse(0);
            texte.append(String.format(Locale.FRANCE, "- %s : moyenne %.2f, p95 %.2f, max %.2f%n", sens, moyenne,
                    valeurs[Math.min(valeurs.length - 1, (int) Math.ceil(valeurs.length * 0.95) - 1)],
                    valeurs[valeurs.length - 1]));
        }
        erreurs.stream().limit(5).forEach(e -> texte.append("  lecture en échec : ").append(e).append('\n'));
        texte.append("Fichiers : ").append(csv.toAbsolutePath()).append(", ").append(resume.toAbsolutePath())
                .append('\n');
        return texte.toString();
    }

    /** The summary of what was read so far (after {@link #close()}: all of it). */
    String resume() {
        synchronized (lignes) {
            return resume(List.copyOf(lignes));
        }
    }
}
