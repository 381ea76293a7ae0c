package be.ibefe.avis.importation;

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

    @Override
    public void destroy() {
        executeur.shutdown();
    }
}
