package be.ibefe.avis.system;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read once per transaction, whoever asks for them (a web request, a job, a timer, the engine's listeners):
 * kept with the transaction and forgotten when it ends, so a later transaction reads them anew. A transaction
 * suspended by an inner one keeps its own values. Outside a transaction, nothing is kept.
 */
public final class ParTransaction {

    private ParTransaction() {
    }

    /** The value for {@code cle} in the current transaction, read by {@code lecture} the first time. */
    @SuppressWarnings("unchecked")
    public static <T> T lire(Object cle, Supplier<T> lecture) {
        Valeurs valeurs = valeurs(true);
        if (valeurs == null) {
            return lecture.get();
        }
        if (valeurs.valeurs.containsKey(cle)) {
            return (T) valeurs.valeurs.get(cle);
        }
        T valeur = lecture.get();
        valeurs.valeurs.put(cle, valeur);
        return valeur;
    }

    /**
     * The current transaction reads its values anew: what they come from changed in it (a user made member of a
     * bassin or of a group).
     */
    public static void oublier() {
        Valeurs valeurs = valeurs(false);
        if (valeurs != null) {
            valeurs.valeurs.clear();
        }
    }

    /** A key of values of one kind ({@code espace}, the class that reads them). */
    public record Cle(Class<?> espace, Object valeur) {
    }

    private static Valeurs valeurs(boolean creer) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronisation : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronisation instanceof Valeurs valeurs) {
                return valeurs;
            }
        }
        if (!creer) {
            return null;
        }
        Valeurs valeurs = new Valeurs();
        TransactionSynchronizationManager.registerSynchronization(valeurs);
        return valeurs;
    }

    private static final class Valeurs implements TransactionSynchronization {

        private final Map<Object, Object> valeurs = new HashMap<>();

        @Override
        public void afterCompletion(int status) {
            valeurs.clear();
        }
    }
}
