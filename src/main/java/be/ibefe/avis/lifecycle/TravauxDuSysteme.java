package be.ibefe.avis.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A job of the engine (a timer: reminder, escalation, withdrawal of an incomplete dossier; or an asynchronous step) is
 * the system's action, whoever makes it run: the job executor, or a person who runs it at once from Cockpit or the
 * REST API. The job runs with nobody signed in, so that the dossier's history, the decision and the audit journal say
 * « système » rather than the name of whoever pressed the button. The interceptor wraps the transaction, so the
 * journal entries written when it commits are the system's too.
 */
@Component
class TravauxDuSysteme extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> avant = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        avant.add(new CommeSysteme(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(avant);
    }

    static final class CommeSysteme extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        CommeSysteme(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> commande) {
            if (!(commande instanceof ExecuteJobsCmd)) {
                return next.execute(commande);
            }
            IdentityService identites = configuration.getIdentityService();
            Authentication moteur = identites.getCurrentAuthentication();
            SecurityContext web = SecurityContextHolder.getContext();
            identites.clearAuthentication();
            SecurityContextHolder.clearContext();
            try {
                return next.execute(commande);
            } finally {
                SecurityContextHolder.setContext(web);
                if (moteur != null) {
                    identites.setAuthentication(moteur);
                }
            }
        }
    }
}
