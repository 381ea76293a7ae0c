package be.ibefe.avis.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.ibefe.avis.system.OccupeException;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

class LecturesBorneesTest {

    @Test
    void a_file_arriving_while_the_bound_is_reached_waits_its_turn_then_is_told_to_come_back() throws Exception {
        LecturesBornees lectures = new LecturesBornees(1, Duration.ofMillis(200));
        CountDownLatch enLecture = new CountDownLatch(1);
        CountDownLatch fin = new CountDownLatch(1);
        CompletableFuture<Integer> premiere = CompletableFuture.supplyAsync(() -> lectures.lire("a.csv",
                () -> new ByteArrayInputStream(new byte[3]), octets -> {
                    enLecture.countDown();
                    attendre(fin);
                    return octets.length;
                }));
        assertThat(enLecture.await(10, TimeUnit.SECONDS)).isTrue();

        Throwable refus = catchThrowable(() -> lectures.lire("b.csv", new ByteArrayResource(new byte[5]),
                octets -> octets.length));

        assertThat(refus).isInstanceOf(OccupeException.class).hasMessage("D'autres fichiers d'import sont en cours de "
                + "lecture : « b.csv » n'a pu être lu. Déposez-le à nouveau dans un instant.");
        assertThat(((OccupeException) refus).reessayerApresSecondes()).isEqualTo(1);
        fin.countDown();
        assertThat(premiere.get(10, TimeUnit.SECONDS)).isEqualTo(3);
        int lus = lectures.lire("b.csv", new ByteArrayResource(new byte[5]), octets -> octets.length);
        assertThat(lus).isEqualTo(5);
    }

    @Test
    void a_file_waiting_less_than_the_allowed_time_is_read_in_its_turn() throws Exception {
        LecturesBornees lectures = new LecturesBornees(1, Duration.ofSeconds(30));
        CountDownLatch enLecture = new CountDownLatch(1);
        CountDownLatch fin = new CountDownLatch(1);
        CompletableFuture<Integer> premiere = CompletableFuture.supplyAsync(() -> lectures.lire("a.csv",
                new ByteArrayResource(new byte[3]), octets -> {
                    enLecture.countDown();
                    attendre(fin);
                    return octets.length;
                }));
        assertThat(enLecture.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> seconde = CompletableFuture.supplyAsync(() -> lectures.lire("b.csv",
                new ByteArrayResource(new byte[5]), octets -> octets.length));

        assertThat(seconde).isNotDone();
        fin.countDown();
        assertThat(premiere.get(10, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(seconde.get(10, TimeUnit.SECONDS)).isEqualTo(5);
    }

    private static void attendre(CountDownLatch fin) {
        try {
            fin.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
