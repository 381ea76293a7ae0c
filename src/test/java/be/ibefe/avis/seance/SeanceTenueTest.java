package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.system.ConflitException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A séance decides and is closed from its Belgian day on, never before. */
class SeanceTenueTest {

    private static Seance du(LocalDate date) {
        return new Seance("LIE", Chambre.CSEF, date, "Liège", List.of(), Set.of(), Set.of(),
                new Trace("coordinateur", Instant.parse("2024-01-01T08:00:00Z")));
    }

    @Test
    void on_its_day_from_midnight_in_brussels_in_winter_and_in_summer() {
        // 23:00 UTC on 29 January is midnight in Brussels (UTC+1): the 30th has begun
        assertThatCode(() -> du(LocalDate.of(2024, 1, 30)).verifierTenue(Instant.parse("2024-01-29T23:00:00Z"),
                SeanceService.DECISIONS_PAS_ENCORE)).doesNotThrowAnyException();
        // 22:00 UTC on 27 May is midnight in Brussels (UTC+2)
        assertThatCode(() -> du(LocalDate.of(2024, 5, 28)).verifierTenue(Instant.parse("2024-05-27T22:00:00Z"),
                SeanceService.DECISIONS_PAS_ENCORE)).doesNotThrowAnyException();
        // any later day too
        assertThatCode(() -> du(LocalDate.of(2024, 5, 28)).verifierTenue(Instant.parse("2025-01-01T10:00:00Z"),
                SeanceService.DECISIONS_PAS_ENCORE)).doesNotThrowAnyException();
    }

    @Test
    void not_the_day_before_even_a_second_before_midnight_in_brussels() {
        assertThatThrownBy(() -> du(LocalDate.of(2024, 1, 30)).verifierTenue(Instant.parse("2024-01-29T22:59:59Z"),
                SeanceService.DECISIONS_PAS_ENCORE)).isInstanceOf(ConflitException.class)
                .hasMessage("La séance du 30/01/2024 n'a pas encore eu lieu : ses décisions ne s'enregistrent qu'à "
                        + "partir de ce jour-là.");
        assertThatThrownBy(() -> du(LocalDate.of(2024, 5, 28)).verifierTenue(Instant.parse("2024-05-27T21:59:59Z"),
                SeanceService.DECISIONS_PAS_ENCORE)).isInstanceOf(ConflitException.class);
    }

    @Test
    void a_seance_to_come_is_not_closed_and_stays_planned() {
        Seance seance = du(LocalDate.of(2024, 5, 28));

        assertThatThrownBy(() -> seance.cloturer(new Trace("coordinateur", Instant.parse("2024-05-27T12:00:00Z"))))
                .isInstanceOf(ConflitException.class)
                .hasMessage("La séance du 28/05/2024 n'a pas encore eu lieu : elle ne se clôture qu'à partir de ce "
                        + "jour-là.");
        assertThat(seance.getStatut()).isEqualTo(StatutSeance.PLANIFIEE);
        assertThat(seance.getClotureePar()).isNull();

        seance.cloturer(new Trace("coordinateur", Instant.parse("2024-05-27T22:00:00Z")));
        assertThat(seance.getStatut()).isEqualTo(StatutSeance.CLOTUREE);
    }
}
