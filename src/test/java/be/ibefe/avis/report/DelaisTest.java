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
    void the_java_reference_ends_processing_days_on_the_belgian_calendar_day_of_the_notification() {
        LocalDate reception = LocalDate.of(2024, 6, 24);

        assertThat(notification(reception, null, "2024-06-30T22:30:00Z").jours())
                .as("00:30 on 1 July in Brussels, summer time").isEqualTo(7);
        assertThat(notification(reception, null, "2024-12-31T23:30:00Z").dateNotification())
                .isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void the_counts_make_the_same_figures_as_the_dossiers_one_by_one() {
        LocalDate reception = LocalDate.of(2024, 3, 1);
        LocalDate echeance = LocalDate.of(2024, 3, 31);
        List<Notification> notifications = List.of(
                notification(reception, echeance, "2024-03-31T20:00:00Z"),
                notification(reception, echeance, "2024-03-31T22:30:00Z"),
                notification(reception, null, "2024-06-01T10:00:00Z"),
                notification(reception, null, "2024-03-31T21:00:00Z"));

        Delais delais = Delais.de(Notification.comptes(notifications), 4);

        assertThat(Notification.comptes(notifications)).containsExactlyInAnyOrder(
                new DelaisNotifies(AvisType.CISP_AGREMENT, 30, false, 2),
                new DelaisNotifies(AvisType.CISP_AGREMENT, 31, true, 1),
                new DelaisNotifies(AvisType.CISP_AGREMENT, 92, false, 1));
        assertThat(delais.notifies()).isEqualTo(4);
        assertThat(delais.notifiesEnRetard()).as("notified on 1 April in Brussels").isEqualTo(1);
        assertThat(delais.ouvertsEnRetard()).isEqualTo(4);
        assertThat(delais.delaiMedianJours()).isEqualTo(new BigDecimal("30.5"));
        assertThat(delais.delaiP90Jours()).isEqualTo(new BigDecimal("73.7"));
    }

    @Test
    void counts_in_any_order_give_the_percentiles_of_the_days_in_order() {
        Delais delais = Delais.de(List.of(
                new DelaisNotifies(AvisType.EQUIPEMENT, 90, true, 1),
                new DelaisNotifies(AvisType.EQUIPEMENT, 10, false, 3),
                new DelaisNotifies(AvisType.EQUIPEMENT, 50, true, 5)), 0);

        // 10 10 10 50 50 50 50 50 90
        assertThat(delais.notifies()).isEqualTo(9);
        assertThat(delais.notifiesEnRetard()).isEqualTo(6);
        assertThat(delais.delaiMedianJours()).isEqualByComparingTo("50");
        assertThat(delais.delaiP90Jours()).isEqualByComparingTo("58");
    }

    @Test
    void nothing_notified_has_no_processing_time() {
        Delais delais = Delais.de(List.of(), 2);

        assertThat(delais.notifies()).isZero();
        assertThat(delais.delaiMedianJours()).isNull();
        assertThat(delais.delaiP90Jours()).isNull();
        assertThat(delais.ouvertsEnRetard()).isEqualTo(2);
    }
}
