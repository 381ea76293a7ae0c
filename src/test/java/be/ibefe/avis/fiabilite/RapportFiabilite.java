package be.ibefe.avis.fiabilite;

import be.ibefe.avis.support.TestProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * At the end of a test run that exercised the reliability tests, rewrites this database's section (H2 and
 * PostgreSQL each have theirs) of {@code target/fiabilite/RELIABILITY.md}, a copy of the committed RELIABILITY.md: a
 * build never rewrites a tracked file. The committed summary is refreshed on purpose, by copying that file over it
 * after a full {@code .ci/run} (README, « Tests »).
 */
public class RapportFiabilite implements TestExecutionListener {

    static final Path RESUME = Path.of("RELIABILITY.md");
    static final Path FICHIER = Path.of("target", "fiabilite", "RELIABILITY.md");
    static final String TITRE = "# Fiabilité : ce que la suite de tests a essayé\n\n"
            + "Ce fichier est écrit par la suite de tests elle-même (`mvn verify`, puis la passe PostgreSQL de "
            + "`.ci/run`) dans `target/fiabilite/RELIABILITY.md` : chaque passe remplace sa section. Ce résumé en est "
            + "une copie faite exprès, jamais à la main.\n";

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        Map<String, Map<String, Long>> releve = Fiabilite.releve();
        if (releve.isEmpty()) {
            return;
        }
        String base = TestProfiles.surPostgres() ? "PostgreSQL" : "H2";
        StringBuilder section = new StringBuilder("<!-- debut " + base + " -->\n## Base " + base + "\n\n");
        section.append("Passe du ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")))
                .append(".\n\n");
        releve.forEach((categorie, lignes) -> {
            section.append("### ").append(categorie).append("\n\n| essai → résultat | nombre |\n|---|---:|\n");
            lignes.forEach((essai, nombre) -> section.append("| ").append(essai.replace("|", "\\|")).append(" | ")
                    .append(nombre).append(" |\n"));
            section.append("\n");
        });
        section.append("<!-- fin ").append(base).append(" -->\n");
        ecrire(base, section.toString());
    }

    private static void ecrire(String base, String section) {
        try {
            Path source = Files.exists(FICHIER) ? FICHIER : RESUME;
            String actuel = Files.exists(source) ? Files.readString(source, StandardCharsets.UTF_8) : TITRE;
            String debut = "<!-- debut " + base + " -->";
            String fin = "<!-- fin " + base + " -->\n";
            int i = actuel.indexOf(debut);
            String nouveau = i < 0 ? actuel.stripTrailing() + "\n\n" + section
                    : actuel.substring(0, i) + section + actuel.substring(actuel.indexOf(fin, i) + fin.length());
            Files.createDirectories(FICHIER.getParent());
            Files.writeString(FICHIER, nouveau, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
