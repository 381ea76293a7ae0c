package be.ibefe.avis.report;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.system.ClockConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A dossier that was notified: when it was received, its deadline, and when the avis was sent; its processing time
 * worked out in Java, with {@link java.time}'s rules for Brussels: what the database's count
 * ({@link RapportQueries#delais}) must give.
 */
record Notification(AvisType type, LocalDate dateReception, LocalDate echeance, Instant notifieLe) {

    /** These notifications counted per type, days and lateness, as {@link RapportQueries#delais} counts them. */
    static List<DelaisNotifies> comptes(Collection<Notification> notifications) {
        return notifications.stream()
                .collect(Collectors.groupingBy(n -> new DelaisNotifies(n.type(), n.jours(), n.apresEcheance(), 0),
                        Collectors.counting()))
                .entrySet().stream().map(e -> new DelaisNotifies(e.getKey().type(), e.getKey().jours(),
                        e.getKey().enRetard(), e.getValue()))
                .toList();
    }

    /** The Belgian calendar day of the notification. */
    LocalDate dateNotification() {
        return notifieLe.atZone(ClockConfig.BRUXELLES).toLocalDate();
    }

    /** Calendar days from reception to notification. */
    long jours() {
        return ChronoUnit.DAYS.between(dateReception, dateNotification());
    }

    boolean apresEcheance() {
        return echeance != null && dateNotification().isAfter(echeance);
    }
}
