package be.ibefe.avis.report;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.system.ClockConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A dossier that was notified: when it was received, its deadline, and when the avis was sent. */
record Notification(AvisType type, LocalDate dateReception, LocalDate echeance, Instant notifieLe) {

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
