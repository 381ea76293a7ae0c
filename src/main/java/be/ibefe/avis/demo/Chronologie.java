package be.ibefe.avis.demo;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The time of a {@link Rejeu}: moves the engine's clock forward from one scripted moment to the next, and on the way
 * runs the jobs of the dossiers it follows when they are due, each at its own time: the asynchronous steps at once,
 * the timers (reminders, escalations, withdrawals) at their due date, as the job executor would have. The jobs of
 * other dossiers are not its business: they stay for the job executor. One thread, the replay's.
 */
public final class Chronologie {

    /** A replay that keeps rescheduling jobs without end is a bug: it stops there. */
    private static final int TRAVAUX_MAX = 100_000;

    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final Set<String> dossiersSuivis = new HashSet<>();
    private final Map<String, String> dossierDeLInstance = new HashMap<>();
    private Instant maintenant;
    private int travaux;

    Chronologie(ManagementService managementService, RuntimeService runtimeService) {
        this.managementService = managementService;
        this.runtimeService = runtimeService;
    }

    /** The replay's current moment; null until its first {@link #allerA}. */
    public Instant maintenant() {
        return maintenant;
    }

    /** The jobs of this dossier's processes are the replay's to run. */
    public void suivre(long dossierId) {
        dossiersSuivis.add(String.valueOf(dossierId));
    }

    /**
     * Runs the jobs due now, then, timer after timer up to {@code moment}, moves the clock to each one's due date and
     * runs what is due then; finally sets the clock at {@code moment}. The first call sets the replay's start (in the
     * past); after it, the replay only moves forward.
     */
    public void allerA(Instant moment) {
        if (maintenant == null) {
            regler(moment);
            return;
        }
        if (moment.isBefore(maintenant)) {
            throw new IllegalArgumentException("Le rejeu ne remonte pas le temps : " + moment + " est avant "
                    + maintenant + ".");
        }
        executerCeQuiEstDu();
        for (Optional<Job> prochaine = prochaineMinuterie(moment); prochaine.isPresent();
                prochaine = prochaineMinuterie(moment)) {
            regler(prochaine.get().getDuedate().toInstant());
            executerCeQuiEstDu();
        }
        regler(moment);
    }

    private void regler(Instant moment) {
        maintenant = moment;
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    /** Every job of the followed dossiers that is due at the current moment, and those their runs make due. */
    private void executerCeQuiEstDu() {
        for (List<Job> dus = dus(); !dus.isEmpty(); dus = dus()) {
            for (Job job : dus) {
                if (++travaux > TRAVAUX_MAX) {
                    throw new IllegalStateException("Le rejeu a exécuté plus de " + TRAVAUX_MAX + " travaux.");
                }
                managementService.executeJob(job.getId());
            }
        }
    }

    private List<Job> dus() {
        return managementService.createJobQuery().executable().active().orderByJobDuedate().asc().list().stream()
                .filter(this::suivi).toList();
    }

    /**
     * The first timer of the followed dossiers due after now and not after {@code limite}: only those are read
     * (a due date is a {@link Date}, to the millisecond), not every timer to come.
     */
    private Optional<Job> prochaineMinuterie(Instant limite) {
        return managementService.createJobQuery().timers().withRetriesLeft().active()
                .duedateHigherThan(Date.from(maintenant)).duedateLowerThan(Date.from(limite.plusMillis(1)))
                .orderByJobDuedate().asc().list().stream()
                .filter(this::suivi)
                .findFirst();
    }

    private boolean suivi(Job job) {
        if (job.getProcessInstanceId() == null) {
            return false;
        }
        String dossier = dossierDeLInstance.computeIfAbsent(job.getProcessInstanceId(), instance -> {
            ProcessInstance trouvee = runtimeService.createProcessInstanceQuery().processInstanceId(instance)
                    .singleResult();
            return trouvee == null || trouvee.getBusinessKey() == null ? "" : trouvee.getBusinessKey();
        });
        return dossiersSuivis.contains(dossier);
    }
}
