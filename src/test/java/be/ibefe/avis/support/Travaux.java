package be.ibefe.avis.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The engine's job executor is off in the tests: they run the asynchronous steps (e-mails) themselves, and fire a
 * timer by its activity once the engine's clock has been moved past it, never by waiting.
 */
@Component
@Profile("test")
public class Travaux {

    private final ManagementService managementService;
    private final RuntimeService runtimeService;

    public Travaux(ManagementService managementService, RuntimeService runtimeService) {
        this.managementService = managementService;
        this.runtimeService = runtimeService;
    }

    /** Runs every asynchronous continuation waiting to run, including those the runs create. */
    public void executerEnAttente() {
        for (int tour = 0; tour < 20; tour++) {
            List<Job> prets = managementService.createJobQuery().messages().executable().list();
            if (prets.isEmpty()) {
                return;
            }
            prets.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new IllegalStateException("Des travaux asynchrones se relancent sans fin.");
    }

    /** The one timer of {@code activite} in the dossier's process instances. */
    public Job minuterie(Object dossierId, String activite) {
        List<Job> minuteries = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(dossierId)).list().stream()
                .map(ProcessInstance::getId)
                .flatMap(id -> managementService.createJobQuery().timers().activityId(activite).processInstanceId(id)
                        .list().stream())
                .toList();
        if (minuteries.size() != 1) {
            throw new AssertionError("%d minuterie(s) %s pour le dossier %s".formatted(minuteries.size(), activite,
                    dossierId));
        }
        return minuteries.get(0);
    }

    public void executer(Job job) {
        managementService.executeJob(job.getId());
    }

    /**
     * Runs the background start of an import's processes (processes/avis-import.bpmn) pass after pass, as the job
     * executor would; returns the number of passes.
     */
    public int demarrerProceduresImport(long importId) {
        int passes = 0;
        for (List<Job> jobs = jobsImport(importId); !jobs.isEmpty(); jobs = jobsImport(importId)) {
            jobs.forEach(job -> managementService.executeJob(job.getId()));
            if (++passes > 1000) {
                throw new IllegalStateException("Le démarrage des procédures de l'import " + importId + " tourne sans fin.");
            }
        }
        return passes;
    }

    /** The waiting job of an import's start of processes, if any. */
    public List<Job> jobsImport(long importId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("avis-import")
                .processInstanceBusinessKey("import-" + importId).list().stream()
                .flatMap(pi -> managementService.createJobQuery().processInstanceId(pi.getId()).list().stream())
                .toList();
    }

    /**
     * The asynchronous e-mail job of the dossier, if one waits, once the letters it sends are produced: the waiting
     * jobs that produce a notification's letters ({@link #lettres}) run first.
     */
    public List<Job> courriels(Object dossierId) {
        lettres(dossierId).forEach(this::executer);
        return jobsDesCourriels(dossierId, "Task_EnvoyerCourriels");
    }

    /** The asynchronous jobs that produce the letters of the dossier's notifications (avis-courriels), if any wait. */
    public List<Job> lettres(Object dossierId) {
        return jobsDesCourriels(dossierId, "Task_ProduireLettres");
    }

    private List<Job> jobsDesCourriels(Object dossierId, String activite) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("avis-courriels")
                .processInstanceBusinessKey(String.valueOf(dossierId)).list().stream()
                .flatMap(pi -> managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activite)
                        .list().stream())
                .toList();
    }
}
