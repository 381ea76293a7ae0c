package be.ibefe.avis.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The application's clock is the engine's: moving the one moves the other, and resetting it gives the real time. */
class HorlogeDuMoteurTest {

    @AfterEach
    void heureReelle() {
        ClockUtil.reset();
    }

    @Test
    void the_application_reads_the_engine_clock() {
        Clock horloge = new ClockConfig().clock();
        Instant historique = Instant.parse("2024-03-26T08:30:00Z");

        ClockUtil.setCurrentTime(Date.from(historique));

        assertThat(horloge.instant()).isEqualTo(historique);
        assertThat(LocalDate.now(horloge)).isEqualTo(LocalDate.of(2024, 3, 26));
        assertThat(horloge.withZone(ZoneOffset.UTC).instant()).isEqualTo(historique);
        assertThat(horloge.withZone(ClockConfig.BRUXELLES)).isEqualTo(horloge);

        ClockUtil.reset();

        assertThat(horloge.instant()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
    }
}
