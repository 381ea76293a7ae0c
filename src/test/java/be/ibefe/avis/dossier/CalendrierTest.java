package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Belgian holidays and the two ways of counting a deadline. */
class CalendrierTest {

    @Test
    void easter_falls_where_the_calendars_say() {
        assertThat(JoursFeriesBelges.paques(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(JoursFeriesBelges.paques(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(JoursFeriesBelges.paques(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void the_ten_legal_holidays_of_2024_and_the_added_ones() {
        assertThat(JoursFeriesBelges.de(2024, List.of())).containsExactly(
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 9),
                LocalDate.of(2024, 5, 20), LocalDate.of(2024, 7, 21), LocalDate.of(2024, 8, 15),
                LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 11), LocalDate.of(2024, 12, 25));
        assertThat(JoursFeriesBelges.de(2024, List.of(java.time.MonthDay.of(9, 27))))
                .contains(LocalDate.of(2024, 9, 27)).hasSize(11);
    }

    @Test
    void calendar_days_count_every_day() {
        Calendrier calendrier = calendrier(false);

        assertThat(calendrier.ajouter(LocalDate.of(2024, 12, 20), 6)).isEqualTo(LocalDate.of(2024, 12, 26));
    }

    @Test
    void working_days_skip_weekends_and_holidays() {
        Calendrier calendrier = calendrier(true);

        assertThat(calendrier.ajouter(LocalDate.of(2024, 12, 20), 3)).isEqualTo(LocalDate.of(2024, 12, 26));
        assertThat(calendrier.ajouter(LocalDate.of(2024, 9, 26), 1)).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(calendrier.ouvrable(LocalDate.of(2024, 5, 9))).isFalse();
    }

    @Test
    void a_type_default_deadline_counts_from_the_reception() {
        assertThat(calendrier(false).echeanceParDefaut(AvisType.APRC, LocalDate.of(2024, 4, 15)))
                .isEqualTo(LocalDate.of(2024, 5, 30));
    }

    private static Calendrier calendrier(boolean ouvrables) {
        return new Calendrier(new ParametresEcheances(Map.of(AvisType.APRC, 45), ouvrables, List.of("09-27"),
                Map.of(), 3, 15, 45));
    }
}
