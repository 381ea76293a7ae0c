package be.ibefe.avis.audit;

import java.util.function.Supplier;

/**
 * Where the changes the current thread makes come from, when it is not the ordinary use of the application: the
 * audit journal writes it beside each entry ({@code origine}), so that an entry written by the loading of the
 * demonstration year, dated in 2024, is never taken for a person's act of that day. Null: the ordinary use.
 */
public final class Origines {

    /** The demonstration year, replayed at its historical dates by the system at start-up. */
    public static final String CHARGEMENT_DEMONSTRATION = "CHARGEMENT_DEMONSTRATION";

    private static final ThreadLocal<String> COURANTE = new ThreadLocal<>();

    private Origines() {
    }

    /** Runs {@code travail} on this thread with {@code origine}, then gives the thread its previous one back. */
    public static <T> T pendant(String origine, Supplier<T> travail) {
        String precedente = COURANTE.get();
        COURANTE.set(origine);
        try {
            return travail.get();
        } finally {
            if (precedente == null) {
                COURANTE.remove();
            } else {
                COURANTE.set(precedente);
            }
        }
    }

    /** The origin of the current thread's changes, null for the ordinary use of the application. */
    public static String courante() {
        return COURANTE.get();
    }
}
