package be.ibefe.avis.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ClockConfig {

    /** Dates of the domain (reception, deadlines) are Belgian calendar dates. */
    public static final ZoneId BRUXELLES = ZoneId.of("Europe/Brussels");

    /** The engine's clock, in Brussels: see {@link HorlogeDuMoteur}. */
    @Bean
    Clock clock() {
        return new HorlogeDuMoteur(BRUXELLES);
    }
}
