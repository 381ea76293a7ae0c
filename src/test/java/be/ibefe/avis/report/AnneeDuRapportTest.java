package be.ibefe.avis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.ibefe.avis.system.ClockConfig;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnneeDuRapportTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ClockConfig.BRUXELLES);

    private String refus(String annee) {
        DonneesInvalidesException refus =
                catchThrowableOfType(DonneesInvalidesException.class, () -> AnneeDuRapport.lire(annee, clock));
        assertThat(refus.getErreurs()).singleElement().satisfies(e -> assertThat(e.champ()).isEqualTo("annee"));
        return refus.getErreurs().get(0).message();
    }

    @Test
    void a_year_from_2000_to_the_current_one_is_accepted() {
        assertThat(AnneeDuRapport.lire("2024", clock)).isEqualTo(2024);
        assertThat(AnneeDuRapport.lire(" 2000 ", clock)).isEqualTo(2000);
        assertThat(AnneeDuRapport.lire("2025", clock)).isEqualTo(2025);
    }

    @Test
    void a_missing_year_is_refused_with_an_example() {
        assertThat(refus(null)).isEqualTo("L'année est obligatoire, par exemple annee=2024.");
        assertThat(refus(" ")).startsWith("L'année est obligatoire");
    }

    @Test
    void a_year_that_is_not_a_number_is_refused() {
        assertThat(refus("deux-mille")).startsWith("« deux-mille » n'est pas une année");
        assertThat(refus("-2024")).startsWith("« -2024 » n'est pas une année");
        assertThat(refus("99999999999")).startsWith("« 99999999999 » n'est pas une année");
    }

    @Test
    void a_year_before_the_first_dossiers_or_in_the_future_is_refused() {
        assertThat(refus("1999")).isEqualTo("L'année 1999 est hors de la période couverte : de 2000 à 2025.");
        assertThat(refus("2026")).isEqualTo("L'année 2026 est hors de la période couverte : de 2000 à 2025.");
    }
}
