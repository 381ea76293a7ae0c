package be.ibefe.avis.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's job executor locks each job it takes for five minutes, under the name of its node, and gives the lock
 * back when the job is done. A node killed in the middle of a job (kill -9, power cut) never gives it back: by
 * default the engine names each run of a node anew, so the node started again waits like any other until the lock
 * expires, and an interrupted start of an import's procedures stood still for nearly five minutes after the
 * restart. Here the executor locks under the node's stable name ({@link Noeud}), and the node, once its engine is
 * built and before its executor takes any job, releases the locks its previous run still held: those jobs are taken
 * again at once.
 */
@Component
class VerrousDuNoeud extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(VerrousDuNoeud.class);

    private final Noeud noeud;
    private ProcessEngineConfigurationImpl configuration;

    VerrousDuNoeud(Noeud noeud) {
        this.noeud = noeud;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(noeud.nom());
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        // the revision moves on, so that a copy of the job read under the old lock can no longer be written back
        int liberes = new JdbcTemplate(configuration.getDataSource()).update("update "
                + configuration.getDatabaseTablePrefix() + "ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null, "
                + "REV_ = REV_ + 1 where LOCK_OWNER_ = ?", noeud.nom());
        if (liberes > 0) {
            LOG.warn("{} travail(aux) du moteur verrouillé(s) par l'exécution précédente du nœud {}, interrompue : "
                    + "repris dès maintenant", liberes, noeud.nom());
        }
    }
}
