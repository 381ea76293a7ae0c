package be.ibefe.avis.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.system.Noeud;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job executor as the nodes of a cluster share it (README, « Plusieurs nœuds »): any node takes any job of the
 * database, each job locked in the node's stable name for five minutes. {@code DeuxNoeudsIT} shows the outcome with
 * two nodes on PostgreSQL; this is the configuration it rests on.
 */
@AvisIntegrationTest
class ExecuteurPartageIT {

    @Autowired
    ProcessEngine moteur;

    @Autowired
    Noeud noeud;

    @Test
    void every_node_takes_any_job_locked_in_its_own_name_for_five_minutes() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) moteur.getProcessEngineConfiguration();
        JobExecutor executeur = configuration.getJobExecutor();

        assertThat(configuration.isJobExecutorDeploymentAware()).as("not deployment-aware").isFalse();
        assertThat(executeur.getLockOwner()).isEqualTo(noeud.nom());
        assertThat(executeur.getLockTimeInMillis()).isEqualTo(5 * 60 * 1000);
    }
}
