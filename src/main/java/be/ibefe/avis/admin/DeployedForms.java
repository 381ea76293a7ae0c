package be.ibefe.avis.admin;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms the engine holds. The public API has no query for form definitions, so the latest one of a key
 * is read with the engine's own command.
 */
@Component
class DeployedForms {

    private final ProcessEngineConfigurationImpl configuration;

    DeployedForms(ProcessEngine processEngine) {
        this.configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }

    Optional<CamundaFormDefinition> derniereVersion(String id) {
        return Optional.<CamundaFormDefinition>ofNullable(configuration.getCommandExecutorTxRequired()
                .execute(contexte -> contexte.getCamundaFormDefinitionManager().findLatestDefinitionByKey(id)));
    }

    boolean existe(String id) {
        return derniereVersion(id).isPresent();
    }
}
