package be.ibefe.avis.banc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DemarrageMesureTest {

    @Test
    void the_demonstration_years_loading_is_read_from_the_line_the_application_logs() {
        // the line of demo/ChargementDemonstration, its duration formatted as it formats it
        String ligne = "INFO … : Chargement de l'année de démonstration 2024 : 181 dossiers en %s s."
                .formatted(String.format(Locale.FRANCE, "%.1f", 1234.56));

        assertThat(DemarrageMesure.annee("…\n" + ligne + "\n…")).isEqualTo(new DemarrageMesure.Annee(181, 1234.6));
        assertThat(DemarrageMesure.annee("L'année de démonstration 2024 est déjà chargée.")).isNull();
    }

    @Test
    void each_goal_is_met_below_its_limit_only() {
        String table = DemarrageMesure.table(List.of(
                demarrage("juste sous 10 s", 9.9, null),
                demarrage("à 10 s", 10.0, null),
                demarrage("année juste sous 20 s", 40, new DemarrageMesure.Annee(181, 19.9)),
                demarrage("année à 20 s", 40, new DemarrageMesure.Annee(181, 20.0))), List.of());

        assertThat(ligne(table, "juste sous 10 s")).contains("prêt < 10 s : **atteint**");
        assertThat(ligne(table, "à 10 s")).contains("prêt < 10 s : **non atteint**");
        assertThat(ligne(table, "année juste sous 20 s")).contains("19,9 s (181 dossiers)")
                .contains("année < 20 s : **atteint**");
        assertThat(ligne(table, "année à 20 s")).contains("20,0 s (181 dossiers)")
                .contains("année < 20 s : **non atteint**");
    }

    @Test
    void the_table_says_which_options_the_jvms_were_started_with() {
        List<DemarrageMesure.Resultat> un = List.of(demarrage("premier", 12.0, null));

        assertThat(DemarrageMesure.table(un, List.of())).contains("Options de la JVM par défaut (aucune), profil `demo`");
        assertThat(DemarrageMesure.table(un, List.of("-XX:TieredStopAtLevel=1", "-Xss512k")))
                .contains("Options de la JVM `-XX:TieredStopAtLevel=1 -Xss512k` (`-Davis.banc.options-jvm`), profil")
                .doesNotContain("par défaut");
    }

    private static DemarrageMesure.Resultat demarrage(String quoi, double pret, DemarrageMesure.Annee annee) {
        return new DemarrageMesure.Resultat(quoi, pret, 5.0, 100, 200, 300, annee);
    }

    private static String ligne(String table, String debut) {
        return table.lines().filter(l -> l.startsWith("| " + debut + " |")).findFirst().orElseThrow();
    }
}
