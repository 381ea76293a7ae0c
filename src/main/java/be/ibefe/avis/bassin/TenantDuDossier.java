package be.ibefe.avis.bassin;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * The models are shared by every bassin (deployed without tenant); each process instance belongs to the tenant of its
 * dossier's bassin, given by the start variable {@value #VARIABLE}, and a called process (shared steps) to its
 * caller's. Tasks, jobs and history inherit it, so the engine's tenant check keeps bassins apart in Tasklist,
 * Cockpit and the REST API too.
 */
@Component
class TenantDuDossier extends AbstractProcessEnginePlugin implements TenantIdProvider {

    static final String VARIABLE = "bassin";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(this);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext contexte) {
        DelegateExecution appelant = contexte.getSuperExecution();
        if (appelant != null) {
            return appelant.getTenantId();
        }
        Object bassin = contexte.getVariables() == null ? null : contexte.getVariables().get(VARIABLE);
        return bassin instanceof String code ? code : null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext contexte) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext contexte) {
        DelegateExecution execution = contexte.getExecution();
        return execution == null ? null : execution.getTenantId();
    }
}
