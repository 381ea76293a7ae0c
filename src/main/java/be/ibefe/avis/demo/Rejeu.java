package be.ibefe.avis.demo;

import be.ibefe.avis.audit.Origines;
import be.ibefe.avis.exploitation.Profils;
import be.ibefe.avis.system.PorteDesRequetes;
import java.time.Duration;
import java.util.function.Function;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Replays what happened at its historical dates: the engine's clock, which is the application's too
 * ({@code system.HorlogeDuMoteur}), is moved from one scripted moment to the next ({@link Chronologie}), so that
 * history, audit journal, letters, envois, tasks and their due dates, and the timers are dated as they would have
 * been. Nothing of it leaks out: for the whole replay the requests are kept out ({@link PorteDesRequetes}: 503), the
 * engine's job executor is paused (the replay runs the jobs itself, on its one thread, at their due time), the audit
 * journal says the entries come from the demonstration loading ({@link Origines}); the embedded database writes its
 * commits in groups ({@link EcrituresGroupees}); and the real clock, the requests, the job executor and the
 * database's writing at each commit are given back afterwards, whether the replay ends well or not.
 */
@Component
@Profile(Profils.DEMO)
public class Rejeu {

    private static final Logger LOG = LoggerFactory.getLogger(Rejeu.class);
    private static final Duration ATTENTE = Duration.ofMinutes(1);

    private final PorteDesRequetes porte;
    private final ProcessEngine moteur;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final EcrituresGroupees ecritures;

    public Rejeu(PorteDesRequetes porte, ProcessEngine moteur, ManagementService managementService,
            RuntimeService runtimeService, DataSource source) {
        this.ecritures = new EcrituresGroupees(source);
        this.porte = porte;
        this.moteur = moteur;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
    }

    /**
     * Runs {@code deroulement} on the calling thread with a chronology that moves the clock (its first move sets the
     * start of the replay); returns its result. The clock is given back to the real time at the end.
     */
    public <T> T aSesDates(Function<Chronologie, T> deroulement) {
        porte.fermer(ATTENTE);
        try {
            JobExecutor executeur = ((ProcessEngineConfigurationImpl) moteur.getProcessEngineConfiguration())
                    .getJobExecutor();
            boolean executeurActif = executeur != null && executeur.isActive();
            if (executeurActif) {
                executeur.shutdown();
                attendreLesTravauxEnCours(executeur);
            }
            try {
                return ecritures.pendant(() -> Origines.pendant(Origines.CHARGEMENT_DEMONSTRATION,
                        () -> deroulement.apply(new Chronologie(managementService, runtimeService))));
            } finally {
                ClockUtil.reset();
                if (executeurActif) {
                    executeur.start();
                }
                LOG.info("Rejeu terminé : l'horloge est revenue à l'heure réelle ({}).", ClockUtil.getCurrentTime());
            }
        } finally {
            porte.ouvrir();
        }
    }

    /**
     * Stopping the job executor stops its acquisition; the jobs it had already handed to its threads may still run:
     * the clock moves only once they have ended (at most a minute, else the replay does not start).
     */
    private static void attendreLesTravauxEnCours(JobExecutor executeur) {
        if (!(executeur instanceof SpringJobExecutor spring)
                || !(spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor fils)) {
            return;
        }
        long limite = System.nanoTime() + ATTENTE.toNanos();
        while (fils.getActiveCount() > 0) {
            if (System.nanoTime() > limite) {
                executeur.start();
                throw new IllegalStateException("Des travaux du moteur tournent encore après " + ATTENTE
                        + " : l'horloge ne peut être déplacée.");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                executeur.start();
                throw new IllegalStateException("Interrompu en attendant la fin des travaux du moteur.", e);
            }
        }
    }
}
