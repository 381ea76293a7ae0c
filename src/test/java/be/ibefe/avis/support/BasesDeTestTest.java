package be.ibefe.avis.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The PostgreSQL databases of a run: named for it, and those of a run that died told apart from a running one's. */
class BasesDeTestTest {

    private static final long MOI = ProcessHandle.current().pid();

    @Test
    void a_test_s_database_is_the_same_within_a_run_and_carries_the_run_s_process() {
        String base = BasesDeTest.nomPostgres("deux-noeuds");
        assertThat(base).isEqualTo(BasesDeTest.nomPostgres("deux-noeuds")).startsWith("avis_deux_noeuds_p" + MOI + "_")
                .isNotEqualTo(BasesDeTest.nomPostgres("arret-brutal"));
        assertThat(base.length()).as("longueur d'un nom PostgreSQL").isLessThanOrEqualTo(63);
    }

    @Test
    void a_database_is_abandoned_once_its_process_is_gone_and_it_is_older_than_any_run() throws Exception {
        long fini = processusTermine();
        // names carry whole seconds
        Instant maintenant = Instant.ofEpochSecond(Instant.now().getEpochSecond());
        long limite = maintenant.minus(BasesDeTest.ABANDON).getEpochSecond();

        assertThat(BasesDeTest.abandonnee(nom(fini, limite - 1), maintenant)).as("au-delà de la limite").isTrue();
        assertThat(BasesDeTest.abandonnee(nom(fini, limite), maintenant)).as("à la limite").isFalse();
        assertThat(BasesDeTest.abandonnee(nom(fini, maintenant.getEpochSecond()), maintenant)).isFalse();
        // a run still going (this one, or another build's JVM) keeps its databases, however old
        assertThat(BasesDeTest.abandonnee(nom(MOI, limite - 1), maintenant)).isFalse();
        long autre = ProcessHandle.current().parent().orElseThrow().pid();
        assertThat(BasesDeTest.abandonnee(nom(autre, limite - 1), maintenant)).isFalse();
        // names this class does not make are never its to drop
        assertThat(BasesDeTest.abandonnee("avis_redemarrage", maintenant)).isFalse();
        assertThat(BasesDeTest.abandonnee("avis_perfpages_bench", maintenant)).isFalse();
        assertThat(BasesDeTest.abandonnee("postgres", maintenant)).isFalse();
    }

    private static String nom(long processus, long debut) {
        return "avis_redemarrage_p%d_%d".formatted(processus, debut);
    }

    private static long processusTermine() throws IOException, InterruptedException {
        Process processus = new ProcessBuilder("true").start();
        assertThat(processus.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(processus.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        return processus.pid();
    }
}
