package be.ibefe.avis.tasks;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link GardeDeCompletion} on the {@code complete} event of every user task the engine parses: the models
 * deployed at start-up, those an administrator deploys later, and those read back from the database after a restart.
 * It runs before the model's own listeners. The guard is a Spring bean reached once the engine is up (it uses the
 * engine's services). The task's drafts ({@link Brouillons}) go when it ends, completed or deleted with its process,
 * whoever ends it.
 */
@Component
class GardeDansLeMoteur extends AbstractProcessEnginePlugin {

    private final ObjectProvider<GardeDeCompletion> garde;
    private final ObjectProvider<Brouillons> brouillons;

    GardeDansLeMoteur(ObjectProvider<GardeDeCompletion> garde, ObjectProvider<Brouillons> brouillons) {
        this.garde = garde;
        this.brouillons = brouillons;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener ecouteur = tache -> garde.getObject().notify(tache);
        TaskListener finDesBrouillons = tache -> brouillons.getObject().supprimer(tache.getId());
        List<BpmnParseListener> analyse = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        analyse.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activite) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activite.getActivityBehavior())
                        .getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, ecouteur);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, finDesBrouillons);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, finDesBrouillons);
            }
        });
        configuration.setCustomPostBPMNParseListeners(analyse);
        List<CommandInterceptor> avant = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        avant.add(new RefusTelQuel());
        configuration.setCustomPreCommandInterceptorsTxRequired(avant);
    }

    /**
     * The engine wraps whatever a task listener throws in a bare ProcessEngineException, which its REST API answers
     * 500: the guard's refusal is passed on as itself, once the command has rolled back, so that Tasklist and the
     * REST API answer 400 or 403 with its French message.
     */
    static final class RefusTelQuel extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> commande) {
            try {
                return next.execute(commande);
            } catch (ProcessEngineException e) {
                for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                    if (cause instanceof GardeDeCompletion.Refus && cause instanceof ProcessEngineException refus) {
                        throw refus;
                    }
                }
                throw e;
            }
        }
    }
}
