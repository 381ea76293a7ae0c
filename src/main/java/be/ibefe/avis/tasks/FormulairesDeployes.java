package be.ibefe.avis.tasks;

import be.ibefe.avis.system.ParTransaction;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of tasks, read from the engine's storage and parsed once per deployed form definition. Which
 * definition a task uses is still resolved in the database on every read ({@code camunda:formRefBinding="latest"}
 * looks for the latest version), so a version deployed on another node is seen at once: the cache is keyed by the
 * resolved definition's id, whose content never changes, never by the form's key. Within a transaction the form is
 * read once ({@link ParTransaction}): the application's checks, then the engine's guard at completion.
 */
@Component
public class FormulairesDeployes {

    /** More definitions than any deployment history keeps in use; the least recently read one goes first. */
    private static final int DEFINITIONS_GARDEES = 256;

    private final ObjectMapper mapper;
    private final Map<String, Formulaire> parDefinition = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Formulaire> plusAncienne) {
                    return size() > DEFINITIONS_GARDEES;
                }
            });
    private final AtomicLong contenusLus = new AtomicLong();

    FormulairesDeployes(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The form of a task, as the engine deployed it (its {@code camunda:formRef}) and Camunda Tasklist renders it. */
    public Formulaire deTache(FormService formService, String tacheId) {
        return ParTransaction.lire(new ParTransaction.Cle(Formulaire.class, tacheId),
                () -> ((ServiceImpl) formService).getCommandExecutor().execute(new Lecture(tacheId)));
    }

    /** How many times a form's content was read from the engine's storage (not from this cache). */
    long contenusLus() {
        return contenusLus.get();
    }

    /** The engine's own command for the task's deployed form, whose content is read only when not yet known. */
    private final class Lecture implements Command<Formulaire> {

        private final String tacheId;

        Lecture(String tacheId) {
            this.tacheId = tacheId;
        }

        @Override
        public Formulaire execute(CommandContext commandContext) {
            ParDefinition lecture = new ParDefinition(tacheId);
            try (InputStream json = lecture.execute(commandContext)) {
                if (lecture.connu != null) {
                    return lecture.connu;
                }
                Formulaire formulaire = Formulaire.lire(json, mapper);
                if (lecture.definitionId != null) {
                    parDefinition.put(lecture.definitionId, formulaire);
                }
                return formulaire;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * {@link GetDeployedTaskFormCmd} (the task's authorization check, its form data, the form definition its
     * {@code camunda:formRef} resolves to), except that the content of a definition already parsed is not read again.
     */
    private final class ParDefinition extends GetDeployedTaskFormCmd {

        private String definitionId;
        private Formulaire connu;

        ParDefinition(String tacheId) {
            super(tacheId);
        }

        @Override
        protected InputStream getResourceForCamundaFormRef(CamundaFormRef ref, String deploymentId) {
            CamundaFormDefinition definition = commandContext.runWithoutAuthorization(
                    new GetCamundaFormDefinitionCmd(ref, deploymentId));
            if (definition == null) {
                throw new NotFoundException("No Camunda Form Definition was found for Camunda Form Ref: " + ref);
            }
            definitionId = definition.getId();
            connu = parDefinition.get(definitionId);
            if (connu != null) {
                return InputStream.nullInputStream();
            }
            contenusLus.incrementAndGet();
            return getDeploymentResource(definition.getDeploymentId(), definition.getResourceName());
        }
    }
}
