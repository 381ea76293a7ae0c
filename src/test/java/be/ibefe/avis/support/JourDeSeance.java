package be.ibefe.avis.support;

import be.ibefe.avis.system.ClockConfig;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, which is the application's ({@code HorlogeDuMoteur}), on a séance's day. A séance decides and
 * is closed from its day on, never before; the suite dates its séances years ahead so that their agendas, their
 * procès-verbaux and their years are their own, and sets the clock to their day to hold them. The test gives the
 * clock back its real time ({@link ClockUtil#reset()}), in its {@code @AfterEach} or a {@code finally}.
 */
public final class JourDeSeance {

    private JourDeSeance() {
    }

    /** The clock at noon in Brussels on {@code jour}. */
    public static void au(LocalDate jour) {
        ClockUtil.setCurrentTime(Date.from(jour.atTime(12, 0).atZone(ClockConfig.BRUXELLES).toInstant()));
    }

    /** {@link #au(LocalDate)} for a date as the API writes it (« 2031-02-17 »). */
    public static void au(String jour) {
        au(LocalDate.parse(jour));
    }

    /**
     * The clock on {@code jour} unless it is already at or past it: a decision recorded on the séance's day or
     * after it, never moving the clock back (a test that fired a later timer keeps its time).
     */
    public static void auPlusTot(LocalDate jour) {
        Date midi = Date.from(jour.atTime(12, 0).atZone(ClockConfig.BRUXELLES).toInstant());
        if (ClockUtil.getCurrentTime().before(midi)) {
            ClockUtil.setCurrentTime(midi);
        }
    }

    /**
     * {@code action} held on {@code jour}, then the real time again (not the clock as it was: not for a test that set
     * its own).
     */
    public static void le(LocalDate jour, Runnable action) {
        au(jour);
        try {
            action.run();
        } finally {
            ClockUtil.reset();
        }
    }

    /** {@link #le(LocalDate, Runnable)} for a date as the API writes it. */
    public static void le(String jour, Runnable action) {
        le(LocalDate.parse(jour), action);
    }
}
