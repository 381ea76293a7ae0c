package be.ibefe.avis.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Dates and moments as the pages write them, in Brussels time: {@code ${@dates.jour(d)}}, {@code ${@dates.moment(i)}}. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockConfig.BRUXELLES);

    public String jour(LocalDate date) {
        return date == null ? "" : JOUR.format(date);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
