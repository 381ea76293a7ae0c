package be.ibefe.avis.tasks;

import be.ibefe.avis.audit.Journal;
import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.stereotype.Component;

/**
 * The rules of a task's completion, held by the engine itself ({@link GardeDansLeMoteur} puts this listener on the
 * {@code complete} event of every user task): whichever client completes a task (our API and pages, Camunda Tasklist,
 * the engine's REST API, the application's own code), it is completed by someone it is offered to in its dossier's
 * bassin, with values its form allows, and the audit journal records it once. The submitted variables are already set
 * when the engine fires {@code complete}, and a refusal rolls the whole completion back.
 */
@Component
public class GardeDeCompletion implements TaskListener {

    private final Bassins bassins;
    private final IdentityService identityService;
    private final DossierService dossiers;
    private final Journal journal;
    private final FormulairesDeployes formulaires;

    GardeDeCompletion(IdentityService identityService, DossierService dossiers, Journal journal,
            FormulairesDeployes formulaires, Bassins bassins) {
        this.bassins = bassins;
        this.formulaires = formulaires;
        this.identityService = identityService;
        this.dossiers = dossiers;
        this.journal = journal;
    }

    /** A refusal of the guard, which the engine's callers get as it is rather than wrapped (see GardeDansLeMoteur). */
    interface Refus {
    }

    /** Values the task's form does not allow: the engine's REST API answers 400. */
    public static class FormulaireRefuse extends FormFieldValidationException implements Refus {

        private final transient List<ChampErreur> erreurs;

        FormulaireRefuse(String tache, List<ChampErreur> erreurs) {
            super(erreurs, "Formulaire de la tâche « %s » refusé : %s".formatted(tache, erreurs.stream()
                    .map(e -> e.champ() + " : " + e.message()).collect(Collectors.joining(" ; "))));
            this.erreurs = List.copyOf(erreurs);
        }

        public List<ChampErreur> erreurs() {
            return erreurs;
        }
    }

    /** A user the task is not offered to, or of another bassin: the engine's REST API answers 403. */
    public static class CompletionInterdite extends AuthorizationException implements Refus {

        CompletionInterdite(String message) {
            super(message);
        }
    }

    @Override
    public void notify(DelegateTask tache) {
        Optional<Dossier> dossier = dossierDe(tache);
        Authentication utilisateur = identityService.getCurrentAuthentication();
        // without a user, the application itself completes (its own checks done, or a process test)
        if (utilisateur != null && utilisateur.getUserId() != null) {
            verifierQui(tache, dossier, utilisateur);
        }
        Map<String, Object> valeurs = formulaire(tache).map(f -> valider(f, tache)).orElse(null);
        Map<String, Object> avant = new LinkedHashMap<>();
        avant.put("tache", tache.getName());
        avant.put("cle", tache.getTaskDefinitionKey());
        journal.consigner("TACHE_TERMINEE", "Tache", tache.getId(), dossier.map(Dossier::getId).orElse(null), avant,
                valeurs);
    }

    private void verifierQui(DelegateTask tache, Optional<Dossier> dossier, Authentication utilisateur) {
        List<String> groupes = Objects.requireNonNullElse(utilisateur.getGroupIds(), List.of());
        QuiTermine.refus(tache.getName(), tache.getAssignee(), tache.getCandidates(), utilisateur.getUserId(),
                groupes).ifPresent(raison -> {
                    throw new CompletionInterdite(raison);
                });
        String bassin = dossier.map(Dossier::getBassin).orElse(tache.getTenantId());
        List<String> siens = Objects.requireNonNullElse(utilisateur.getTenantIds(), List.of());
        if (bassin != null && !siens.contains(bassin)) {
            throw new CompletionInterdite("La tâche « %s » relève du bassin de %s, auquel vous n'appartenez pas."
                    .formatted(tache.getName(), bassins.nom(bassin)));
        }
    }

    /**
     * The form's values, checked; those the form would have given (a checkbox left out, a text to trim, a hidden
     * field to clear) are set as our API sets them, so that the process reads the same whoever completed the task.
     */
    private Map<String, Object> valider(Formulaire formulaire, DelegateTask tache) {
        Map<String, Object> valeurs;
        try {
            valeurs = formulaire.validerVariables(tache::getVariable);
        } catch (DonneesInvalidesException e) {
            throw new FormulaireRefuse(tache.getName(), e.getErreurs());
        }
        valeurs.forEach((cle, valeur) -> {
            if (!Objects.equals(tache.getVariable(cle), valeur)) {
                tache.setVariable(cle, valeur);
            }
        });
        return valeurs;
    }

    /**
     * The task's Camunda Form, if it has one, read without the user's authorizations: completing the task is what
     * is checked, not whether he may read its form.
     */
    private Optional<Formulaire> formulaire(DelegateTask tache) {
        TaskDefinition definition = ((TaskEntity) tache).getTaskDefinition();
        if (definition == null || definition.getCamundaFormDefinitionKey() == null) {
            return Optional.empty();
        }
        return Optional.of(Context.getCommandContext().runWithoutAuthorization(() -> formulaires.deTache(
                tache.getProcessEngineServices().getFormService(), tache.getId())));
    }

    /** The dossier whose id is the process's business key, written as the application writes it. */
    private Optional<Dossier> dossierDe(DelegateTask tache) {
        String cle = tache.getExecution() == null ? null : tache.getExecution().getProcessBusinessKey();
        if (cle == null || !cle.matches("[1-9]\\d{0,17}")) {
            return Optional.empty();
        }
        return dossiers.parIds(List.of(Long.valueOf(cle))).stream().findFirst();
    }
}
