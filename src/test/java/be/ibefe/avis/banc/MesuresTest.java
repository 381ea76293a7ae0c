package be.ibefe.avis.banc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MesuresTest {

    @Test
    void percentiles_are_observed_latencies_by_nearest_rank() {
        Mesures cent = new Mesures(IntStream.rangeClosed(1, 100).map(i -> 101 - i).asDoubleStream().toArray());

        assertThat(cent.centile(50)).isEqualTo(50);
        assertThat(cent.centile(95)).isEqualTo(95);
        assertThat(cent.centile(99)).isEqualTo(99);
        assertThat(cent.centile(100)).isEqualTo(100).isEqualTo(cent.maximum());
        assertThat(cent.nombre()).isEqualTo(100);
    }

    @Test
    void a_few_measures_give_the_rank_rounded_up() {
        Mesures quatre = new Mesures(new double[] {40, 10, 30, 20});

        assertThat(quatre.centile(25)).isEqualTo(10);
        assertThat(quatre.centile(50)).isEqualTo(20);
        assertThat(quatre.centile(51)).isEqualTo(30);
        assertThat(quatre.centile(95)).isEqualTo(40);
        assertThat(new Mesures(new double[] {7}).centile(1)).isEqualTo(7);
    }

    @Test
    void the_measures_are_copied_and_an_empty_series_is_refused() {
        double[] brutes = {3, 1, 2};
        new Mesures(brutes);

        assertThat(brutes).containsExactly(3, 1, 2);
        assertThatThrownBy(() -> new Mesures(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mesures(brutes).centile(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratio_divides_by_the_reference_and_has_no_value_without_one() {
        assertThat(Mesures.ratio(8, 10)).isEqualTo(0.8);
        assertThat(Mesures.ratio(3, 0)).isNaN();
    }
}
