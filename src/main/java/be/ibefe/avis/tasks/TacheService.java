package be.ibefe.avis.tasks;

import be.ibefe.avis.audit.Journal;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.system.ActionInterditeException;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Problemes;
import be.ibefe.avis.system.RessourceIntrouvableException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The task list: engine tasks joined with their dossiers, and the actions a user takes on them. */
@Service
public class TacheService {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RequeteTaches requete;
    private final FormService formService;
    private final IdentityService identityService;
    private final DossierService dossiers;
    private final Journal journal;
    private final HistoryService historyService;
    private final Perimetre perimetre;
    private final TransactionTemplate apresCoup;
    private final FormulairesDeployes formulaires;

    public TacheService(TaskService taskService, RuntimeService runtimeService, RequeteTaches requete,
            FormService formService, IdentityService identityService, DossierService dossiers,
            Journal journal, HistoryService historyService, Perimetre perimetre,
            PlatformTransactionManager transactions, FormulairesDeployes formulaires) {
        this.perimetre = perimetre;
        this.formulaires = formulaires;
        this.apresCoup = new TransactionTemplate(transactions);
        this.apresCoup.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.apresCoup.setReadOnly(true);
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.requete = requete;
        this.formService = formService;
        this.identityService = identityService;
        this.dossiers = dossiers;
        this.journal = journal;
        this.historyService = historyService;
    }

    public record PageTaches(List<TacheView> taches, long total) {
    }

    /**
     * Tasks assigned to the user and tasks offered to him or his groups (claimed by a colleague or not), filtered,
     * sorted and paged in the database; then the page's dossiers in one query.
     */
    @Transactional(readOnly = true)
    public PageTaches taches(String login, List<String> groupes, FiltresTaches filtres, int page, int taille) {
        RequeteTaches.Resultat resultat = requete.chercher(login, groupes, filtres, page, taille);
        return new PageTaches(joindreDossiers(resultat.lignes()), resultat.total());
    }

    /**
     * One task of the user's list; a task he may not see is refused (403) and an unknown or finished one is 404, so
     * that a link from a colleague's screen says what happened.
     */
    @Transactional(readOnly = true)
    public TacheView consulter(String id, String login, List<String> groupes) {
        List<TacheView> vue = taches(login, groupes, FiltresTaches.AUCUN.avecTache(id), 0, 1).taches();
        if (vue.isEmpty()) {
            Task tache = tache(id);
            throw new ActionInterditeException("La tâche « %s » ne vous est pas proposée.".formatted(tache.getName()));
        }
        return vue.get(0);
    }

    /** The next task of kind {@code cle} the user may take up, the oldest due first; none when all are done. */
    @Transactional(readOnly = true)
    public Optional<TacheView> suivante(String cle, String login, List<String> groupes) {
        return taches(login, groupes, FiltresTaches.suivantes(cle), 0, 1).taches().stream().findFirst();
    }

    private List<TacheView> joindreDossiers(List<RequeteTaches.Ligne> lignes) {
        Map<Long, Dossier> parId = dossiers.parIds(lignes.stream().map(RequeteTaches.Ligne::dossierId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Dossier::getId, Function.identity()));
        return lignes.stream().map(t -> {
            Dossier d = t.dossierId() == null ? null : parId.get(t.dossierId());
            return new TacheView(t.id(), t.nom(), t.cle(), t.assignee(), t.creeLe(), d == null ? null : d.getId(),
                    d == null ? null : d.getReference(), d == null ? null : d.getType(),
                    d == null ? null : d.getStatut(), d == null ? null : DossierView.demandeur(d),
                    d == null ? null : d.getEcheance(), t.echeanceTache(), t.relanceLe(), t.poleId(), t.poleNom());
        }).toList();
    }

    @Transactional
    public void prendre(String id, String login, List<String> groupes) {
        Task tache = tache(id);
        if (login.equals(tache.getAssignee())) {
            return;
        }
        if (tache.getAssignee() != null) {
            throw new ConflitException(Problemes.dejaPrise(tache.getAssignee()));
        }
        verifierQui(tache, login, groupes);
        try {
            taskService.claim(id, login);
        } catch (OptimisticLockingException | TaskAlreadyClaimedException simultane) {
            throw new ConflitException("Cette tâche vient d'être prise en charge par quelqu'un d'autre.");
        }
        journal.consigner("TACHE_PRISE", "Tache", id, dossierDe(tache), null, Map.of("tache", tache.getName(),
                "assignee", login));
    }

    /** Who may give a task back, whichever way (API or pages): whoever holds it, or the coordination. */
    public boolean peutLiberer(String assignee, String login, List<String> groupes) {
        return assignee != null && (assignee.equals(login) || groupes.contains(Groupes.COORDINATION));
    }

    @Transactional
    public void liberer(String id, String login, List<String> groupes) {
        Task tache = tache(id);
        if (tache.getAssignee() == null) {
            throw new ConflitException("Cette tâche n'est attribuée à personne.");
        }
        if (!peutLiberer(tache.getAssignee(), login, groupes)) {
            throw new ActionInterditeException("Seul(e) " + tache.getAssignee()
                    + ", à qui la tâche est attribuée, ou la coordination peut la libérer.");
        }
        taskService.setAssignee(id, null);
        journal.consigner("TACHE_LIBEREE", "Tache", id, dossierDe(tache), Map.of("tache", tache.getName(),
                "assignee", tache.getAssignee()), null);
    }

    /**
     * Completes the task with the fields of its form, checked against the deployed form, so that the user gets every
     * field in error at once; the engine then holds the same rules for any client ({@link GardeDeCompletion}) and
     * journals the completion. The dossier steps that follow run in the same transaction and are recorded in the
     * user's name.
     */
    @Transactional
    public void terminer(String id, JsonNode champs, String login, List<String> groupes) {
        Task tache = tache(id);
        RuntimeException echec = null;
        try {
            verifierQui(tache, login, groupes);
            Map<String, Object> variables = formulaire(id).valider(champs);
            // the engine checks the task's tenant (its dossier's bassin) against the user's
            identityService.setAuthentication(login, groupes, perimetre.tenants());
            try {
                taskService.complete(id, variables);
            } finally {
                identityService.clearAuthentication();
            }
        } catch (DonneesInvalidesException | ActionInterditeException | ConflitException
                | RessourceIntrouvableException refus) {
            throw refus;
        } catch (RuntimeException e) {
            // the engine's, from reading the form to completing: the task may have gone meanwhile (below)
            echec = e;
        }
        if (echec == null) {
            return;
        }
        RuntimeException echecFinal = echec;
        // what happened is read in a transaction of its own (on PostgreSQL a failed statement leaves ours unusable)
        // and without the user's authentication (the history is not his to read)
        RuntimeException perdue = apresCoup.execute(statut -> echecFinal instanceof NullValueException
                || taskService.createTaskQuery().taskId(id).count() == 0 ? terminee(id) : null);
        if (perdue != null) {
            // completed by someone else between our check and our completion; the engine then fails in various
            // ways (a missing task, a stale parent execution, a duplicate variable, lost authorizations)
            throw perdue;
        }
        if (echec instanceof OptimisticLockingException) {
            throw new ConflitException("Cette tâche vient d'être terminée par quelqu'un d'autre.");
        }
        // the guard's refusal when the task changed between our checks and the engine's (claimed, a new form)
        if (echec instanceof GardeDeCompletion.FormulaireRefuse refuse) {
            throw new DonneesInvalidesException(refuse.erreurs());
        }
        if (echec instanceof GardeDeCompletion.CompletionInterdite) {
            throw new ActionInterditeException(echec.getMessage());
        }
        if (echec instanceof AuthorizationException) {
            throw new ActionInterditeException("Vous n'avez pas le droit de terminer cette tâche.");
        }
        throw echec;
    }

    /**
     * The dossier whose id is the task's business key, written as the application writes it; null for a task of
     * another process (a pôle's, key {@code pole-<id>}), which has no dossier.
     */
    private Long dossierDe(Task tache) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(tache.getProcessInstanceId()).singleResult();
        String cle = instance == null ? null : instance.getBusinessKey();
        return cle != null && cle.matches("[1-9]\\d{0,17}") ? Long.valueOf(cle) : null;
    }

    public Formulaire formulaire(String tacheId) {
        return formulaires.deTache(formService, tacheId);
    }

    /**
     * The open task; one already completed (by a colleague a moment ago, say) is a conflict, not a 404. A task of
     * another bassin does not exist for the user.
     */
    private Task tache(String id) {
        Task tache = taskService.createTaskQuery().taskId(id).singleResult();
        if (tache == null) {
            throw terminee(id);
        }
        boolean visible = tache.getTenantId() != null ? perimetre.voit(tache.getTenantId())
                : dossiers.parIds(java.util.Optional.ofNullable(dossierDe(tache)).stream().toList()).stream()
                        .allMatch(d -> perimetre.voit(d.getBassin()));
        if (!visible) {
            throw new RessourceIntrouvableException("La tâche " + id + " n'existe pas.");
        }
        return tache;
    }

    private RuntimeException terminee(String id) {
        HistoricTaskInstance historique = historyService.createHistoricTaskInstanceQuery().taskId(id).singleResult();
        if (historique == null) {
            return new RessourceIntrouvableException("La tâche " + id + " n'existe pas.");
        }
        return new ConflitException("La tâche « %s » a déjà été terminée%s.".formatted(historique.getName(),
                historique.getAssignee() == null ? "" : " par " + historique.getAssignee()));
    }

    private void verifierQui(Task tache, String login, List<String> groupes) {
        List<IdentityLink> liens = tache.getAssignee() == null ? taskService.getIdentityLinksForTask(tache.getId())
                : List.of();
        Optional<String> refus = QuiTermine.refus(tache.getName(), tache.getAssignee(), liens, login, groupes);
        if (refus.isPresent() && tache.getAssignee() == null
                && taskService.createTaskQuery().taskId(tache.getId()).count() == 0) {
            // completed by a colleague between our reading of the task and of its links, which went with it
            throw terminee(tache.getId());
        }
        if (refus.isPresent()) {
            throw new ActionInterditeException(refus.get());
        }
    }
}
