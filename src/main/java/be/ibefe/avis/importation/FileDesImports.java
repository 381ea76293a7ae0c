package be.ibefe.avis.importation;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The background worker of the imports: one thread, so that imports run one after the other and never compete for
 * the year's reference counters. A stop of the server waits for the import under way, so that it ends rather than
 * roll back. (Not an {@code Executor} bean: that would take the place of Spring Boot's own task executor.)
 */
@Component
class FileDesImports implements DisposableBean {

    private final ThreadPoolTaskExecutor executeur = new ThreadPoolTaskExecutor();

    FileDesImports() {
        executeur.setCorePoolSize(1);
        executeur.setMaxPoolSize(1);
        executeur.setThreadNamePrefix("import-");
        executeur.setWaitForTasksToCompleteOnShutdown(true);
        executeur.setAwaitTerminationSeconds(120);
        executeur.initialize();
    }

    void soumettre(Runnable travail) {
        executeur.execute(travail);
    }

    /**
     * Waits until every import handed over so far is over: the one worker takes them in order, so an empty task
     * queued now runs after the last of them (for the tests and the benchmark, which follow an import to its end).
     */
    void attendreLesPrecedents(Duration limite) throws InterruptedException, ExecutionException, TimeoutException {
        executeur.submit(() -> { }).get(limite.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        executeur.shutdown();
    }
}
