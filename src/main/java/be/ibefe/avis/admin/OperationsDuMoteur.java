package be.ibefe.avis.admin;

import be.ibefe.avis.audit.Journal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Copies into the audit journal what a person does through the engine's own applications and REST API (Cockpit,
 * Admin, Tasklist, /engine-rest): a deployment, a deletion, a suspension, a changed variable, a retried job, a user
 * or group changed. The engine writes these operations to its operation log only for an authenticated user, which
 * is who the journal names. Each operation is one journal entry, with the values it changed; an operation on a
 * dossier's process carries the dossier, so a bassin sees only its own. The Camunda starter adds the application's
 * one history event handler bean to the engine's (beside the database's): the application must have no other.
 */
@Component
class OperationsDuMoteur implements HistoryEventHandler {

    static final String ACTION = "OPERATION_MOTEUR";

    /** Built before the journal's beans: the engine needs this handler to start. */
    private final ObjectProvider<Journal> journal;

    OperationsDuMoteur(ObjectProvider<Journal> journal) {
        this.journal = journal;
    }

    /** What one operation changed, as the journal shows it. */
    record Operation(String operation, String categorie, String type, String processus, String tache,
            String deploiement, String travail, String tenant, Map<String, Map<String, String>> proprietes) {
    }

    @Override
    public void handleEvent(HistoryEvent evenement) {
        handleEvents(List.of(evenement));
    }

    @Override
    public void handleEvents(List<HistoryEvent> evenements) {
        Map<String, List<UserOperationLogEntryEventEntity>> parOperation = new LinkedHashMap<>();
        for (HistoryEvent evenement : evenements) {
            if (evenement instanceof UserOperationLogEntryEventEntity entree && !completion(entree)) {
                parOperation.computeIfAbsent(entree.getOperationId(), id -> new ArrayList<>()).add(entree);
            }
        }
        parOperation.values().forEach(this::consigner);
    }

    /** A task's completion has its own journal entry, with the form's values (tasks/GardeDeCompletion). */
    private static boolean completion(UserOperationLogEntryEventEntity entree) {
        return EntityTypes.TASK.equals(entree.getEntityType())
                && UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entree.getOperationType());
    }

    private void consigner(List<UserOperationLogEntryEventEntity> entrees) {
        UserOperationLogEntryEventEntity premiere = entrees.get(0);
        Map<String, Map<String, String>> proprietes = new LinkedHashMap<>();
        for (UserOperationLogEntryEventEntity entree : entrees) {
            if (entree.getProperty() != null) {
                Map<String, String> valeurs = new LinkedHashMap<>();
                valeurs.put("avant", entree.getOrgValue());
                valeurs.put("apres", entree.getNewValue());
                proprietes.put(entree.getProperty(), valeurs);
            }
        }
        Operation operation = new Operation(premiere.getOperationType(), premiere.getCategory(),
                premiere.getEntityType(), premiere.getProcessInstanceId(), premiere.getTaskId(),
                premiere.getDeploymentId(), premiere.getJobId(), premiere.getTenantId(), proprietes);
        String objetId = premiere.getDeploymentId() != null ? premiere.getDeploymentId()
                : premiere.getTaskId() != null ? premiere.getTaskId()
                : premiere.getProcessInstanceId() != null ? premiere.getProcessInstanceId()
                : premiere.getJobId() != null ? premiere.getJobId() : premiere.getOperationId();
        journal.getObject().consigner(ACTION, "Moteur." + premiere.getEntityType(), objetId,
                dossier(premiere.getProcessInstanceId()), null, operation);
    }

    /** The dossier whose process the operation touched: the business key of its process instance. */
    private static Long dossier(String processusId) {
        CommandContext commande = Context.getCommandContext();
        if (processusId == null || commande == null) {
            return null;
        }
        HistoricProcessInstanceEntity instance = commande.getHistoricProcessInstanceManager()
                .findHistoricProcessInstance(processusId);
        String cle = instance == null ? null : instance.getBusinessKey();
        return cle != null && cle.matches("\\d{1,18}") ? Long.valueOf(cle) : null;
    }
}
