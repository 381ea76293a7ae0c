package be.ibefe.avis.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelaisTest {

    private static Notification notification(LocalDate reception, LocalDate echeance, String notifieLe) {
        return new Notification(AvisType.CISP_AGREMENT, reception, echeance, Instant.parse(notifieLe));
    }

    @Test
    void percentiles_interpolate_like_percentile_cont() {
        long[] jours = {10, 20, 30, 40, 50, 60, 70, 80, 90};

        assertThat(Delais.percentile(jours, 0.5)).isEqualByComparingTo("50");
        assertThat(Delais.percentile(jours, 0.9)).isEqualByComparingTo("82");
        assertThat(Delais.percentile(new long[] {7, 8}, 0.5)).isEqualByComparingTo("7.5");
        assertThat(Delais.percentile(new long[] {7, 8}, 0.9)).isEqualByComparingTo("7.9");
        assertThat(Delais.percentile(new long[] {12}, 0.9)).isEqualByComparingTo("12");
        assertThat(Delais.percentile(new long[0], 0.5)).isNull();
    }

    @Test
    void processing_days_end_on_the_belgian_calendar_day_of_the_notification() {
        LocalDate reception = LocalDate.of(2024, 6, 24);

        assertThat(notification(reception, null, "2024-06-30T22:30:00Z").jours())
                .as("00:30 on 1 July in Brussels, summer time").isEqualTo(7);
        assertThat(notification(reception, null, "2024-12-31T23:30:00Z").dateNotification())
                .isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void notified_on_the_deadline_is_in_time_the_day_after_is_late() {
        LocalDate reception = LocalDate.of(2024, 3, 1);
        LocalDate echeance = LocalDate.of(2024, 3, 31);

        Delais delais = Delais.de(List.of(
                notification(reception, echeance, "2024-03-31T20:00:00Z"),
                notification(reception, echeance, "2024-03-31T22:30:00Z"),
                notification(reception, null, "2024-06-01T10:00:00Z")), 4);

        assertThat(delais.notifies()).isEqualTo(3);
        assertThat(delais.notifiesEnRetard()).isEqualTo(1);
        assertThat(delais.ouvertsEnRetard()).isEqualTo(4);
        assertThat(delais.delaiMedianJours()).isEqualTo(new BigDecimal("31.0"));
    }
}
