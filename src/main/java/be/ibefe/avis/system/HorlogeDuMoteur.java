package be.ibefe.avis.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's "now" is the engine's ({@link ClockUtil}): history, audit journal, letters, envois, task due
 * dates and timers all read the same clock, so that whoever moves the engine's clock (the replay of the
 * demonstration year at its historical dates, a test firing a timer) moves the application's with it, and nothing
 * reads another time. Outside such a replay it is the system clock.
 */
public final class HorlogeDuMoteur extends Clock {

    private final ZoneId zone;

    public HorlogeDuMoteur(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId autre) {
        return zone.equals(autre) ? this : new HorlogeDuMoteur(autre);
    }

    @Override
    public long millis() {
        return ClockUtil.getCurrentTime().getTime();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public boolean equals(Object autre) {
        return autre instanceof HorlogeDuMoteur horloge && zone.equals(horloge.zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode() + 31;
    }

    @Override
    public String toString() {
        return "HorlogeDuMoteur[" + zone + "]";
    }
}
