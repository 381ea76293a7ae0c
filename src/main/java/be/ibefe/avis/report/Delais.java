package be.ibefe.avis.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.LongStream;

/**
 * Processing times of the dossiers received in a year, in calendar days from reception to notification.
 *
 * @param notifies dossiers notified so far
 * @param delaiMedianJours median processing time, {@code null} when none was notified
 * @param delaiP90Jours 90th percentile: nine dossiers out of ten were notified within that many days
 * @param notifiesEnRetard notified after their deadline
 * @param ouvertsEnRetard neither notified nor closed, and their deadline is past
 */
public record Delais(long notifies, BigDecimal delaiMedianJours, BigDecimal delaiP90Jours, long notifiesEnRetard,
        long ouvertsEnRetard) {

    /** From the notified dossiers counted per days and lateness ({@link RapportQueries#delais}). */
    static Delais de(Collection<DelaisNotifies> notifies, long ouvertsEnRetard) {
        long[] jours = notifies.stream().sorted(Comparator.comparingLong(DelaisNotifies::jours))
                .flatMapToLong(groupe -> LongStream.generate(groupe::jours).limit(groupe.nombre())).toArray();
        return new Delais(jours.length, percentile(jours, 0.5), percentile(jours, 0.9),
                notifies.stream().filter(DelaisNotifies::enRetard).mapToLong(DelaisNotifies::nombre).sum(),
                ouvertsEnRetard);
    }

    /**
     * Continuous percentile, interpolated between the two nearest values: the definition of SQL's
     * {@code percentile_cont} and of Excel's {@code CENTILE.INCLURE}, so a coordinator can check it. One decimal.
     */
    static BigDecimal percentile(long[] tries, double fraction) {
        if (tries.length == 0) {
            return null;
        }
        double rang = fraction * (tries.length - 1);
        int bas = (int) Math.floor(rang);
        int haut = (int) Math.ceil(rang);
        double valeur = tries[bas] + (rang - bas) * (tries[haut] - tries[bas]);
        return BigDecimal.valueOf(valeur).setScale(1, RoundingMode.HALF_UP);
    }
}
