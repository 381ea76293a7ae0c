package be.ibefe.avis.banc;

import java.util.Arrays;

/**
 * Latencies of one measured call, in milliseconds, and what the benchmark reads from them. Percentiles are taken by
 * the nearest rank (the smallest measure that at least p % of the measures do not exceed), so that each figure is a
 * latency that was actually observed.
 */
record Mesures(double[] millis) {

    Mesures {
        if (millis.length == 0) {
            throw new IllegalArgumentException("Aucune mesure.");
        }
        millis = millis.clone();
        Arrays.sort(millis);
    }

    /** {@code p} in (0, 100]. */
    double centile(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("Centile hors de ]0, 100] : " + p);
        }
        int rang = (int) Math.ceil(p / 100 * millis.length);
        return millis[Math.max(rang, 1) - 1];
    }

    double maximum() {
        return millis[millis.length - 1];
    }

    int nombre() {
        return millis.length;
    }

    /** {@code mesure / reference}, NaN when the reference is zero (nothing to compare with). */
    static double ratio(double mesure, double reference) {
        return reference == 0 ? Double.NaN : mesure / reference;
    }
}
