package be.ibefe.avis.banc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of a lifecycle driven by client threads: each thread takes rounds of up to {@code tour} dossiers (one
 * séance's worth) until the run's dossiers are done. Counts the commits of the database over the run.
 */
final class DebitMesure {

    /** One round: that many dossiers from registration to notification, on the calling thread. */
    interface Cycle {
        void tour(int dossiers);
    }

    record Resultat(int fils, int dossiers, double secondes, long commits) {

        double parSeconde() {
            return dossiers / secondes;
        }

        double commitsParDossier() {
            return (double) commits / dossiers;
        }
    }

    private final BaseDuBanc base;
    private final HikariDataSource pool;
    private final int tour;

    DebitMesure(BaseDuBanc base, HikariDataSource pool, int tour) {
        this.base = base;
        this.pool = pool;
        this.tour = tour;
    }

    Resultat mesurer(Cycle cycle, int fils, int dossiers) throws Exception {
        long commitsAvant = commitsStables();
        AtomicInteger restants = new AtomicInteger(dossiers);
        ExecutorService clients = Executors.newFixedThreadPool(fils);
        try {
            long debut = System.nanoTime();
            List<Future<?>> fins = new ArrayList<>();
            for (int i = 0; i < fils; i++) {
                fins.add(clients.submit(() -> {
                    int pris;
                    while ((pris = prendre(restants)) > 0) {
                        cycle.tour(pris);
                    }
                }));
            }
            for (Future<?> fin : fins) {
                fin.get();
            }
            double secondes = (System.nanoTime() - debut) / 1e9;
            return new Resultat(fils, dossiers, secondes, commitsStables() - commitsAvant);
        } finally {
            clients.shutdown();
        }
    }

    private int prendre(AtomicInteger restants) {
        while (true) {
            int avant = restants.get();
            int pris = Math.min(tour, avant);
            if (pris == 0 || restants.compareAndSet(avant, avant - pris)) {
                return pris;
            }
        }
    }

    /** Closing the idle connections makes their backends report their counters at once. */
    private long commitsStables() throws SQLException {
        pool.getHikariPoolMXBean().softEvictConnections();
        return base.commits();
    }
}
