package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lock's growing delay, from its settings: none below the threshold, then growing up to its maximum. */
class VerrouillagesTest {

    private static Verrouillages verrouillages(int tentatives, String premiere, double croissance, String maximum) {
        return new Verrouillages(new ParametresSecurite(12, List.of(), tentatives, Duration.parse(premiere), croissance,
                Duration.parse(maximum), 12, Duration.ofDays(1)), null, null, null, null);
    }

    @Test
    void no_lock_below_the_threshold_the_first_delay_at_it_then_growing_up_to_the_maximum() {
        Verrouillages defaut = verrouillages(5, "PT1M", 2, "PT15M");

        assertThat(defaut.dureeApres(4)).isEmpty();
        assertThat(defaut.dureeApres(5)).contains(Duration.ofMinutes(1));
        assertThat(defaut.dureeApres(6)).contains(Duration.ofMinutes(2));
        assertThat(defaut.dureeApres(8)).contains(Duration.ofMinutes(8));
        // 16 minutes would pass the maximum: the maximum, then the maximum for good, never more
        assertThat(defaut.dureeApres(9)).contains(Duration.ofMinutes(15));
        assertThat(defaut.dureeApres(10)).contains(Duration.ofMinutes(15));
        assertThat(defaut.dureeApres(10_000)).contains(Duration.ofMinutes(15));
    }

    @Test
    void a_growth_of_one_keeps_the_same_delay_and_the_maximum_is_reached_exactly() {
        assertThat(verrouillages(3, "PT5M", 1, "PT5M").dureeApres(50)).contains(Duration.ofMinutes(5));
        Verrouillages triple = verrouillages(1, "PT10S", 3, "PT90S");
        assertThat(triple.dureeApres(1)).contains(Duration.ofSeconds(10));
        assertThat(triple.dureeApres(3)).contains(Duration.ofSeconds(90));
        assertThat(triple.dureeApres(4)).contains(Duration.ofSeconds(90));
    }

    @Test
    void settings_that_would_never_lock_shrink_the_delay_or_cap_it_below_its_start_are_refused() {
        assertThatThrownBy(() -> verrouillages(0, "PT1M", 2, "PT15M")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> verrouillages(5, "PT0S", 2, "PT15M")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> verrouillages(5, "PT1M", 0.5, "PT15M")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> verrouillages(5, "PT20M", 2, "PT15M")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("durée maximale");
    }

    @Test
    void counts_forgotten_no_later_than_the_longest_lock_are_refused() {
        assertThatThrownBy(() -> new ParametresSecurite(12, List.of(), 5, Duration.ofMinutes(1), 2,
                Duration.ofMinutes(15), 12, Duration.ofMinutes(15))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oubli-echecs");
        assertThat(new ParametresSecurite(12, List.of(), 5, Duration.ofMinutes(1), 2, Duration.ofMinutes(15), 12,
                Duration.ofMinutes(16)).oubliEchecs()).isEqualTo(Duration.ofMinutes(16));
    }
}
