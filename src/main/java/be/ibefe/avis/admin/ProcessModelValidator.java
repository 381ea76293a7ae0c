package be.ibefe.avis.admin;

import be.ibefe.avis.system.ChampErreur;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The house rules of a process model, checked with the Camunda BPMN model API before anything is deployed. Each
 * violation names the element in error ({@code champ}) and says in French what to change.
 */
public class ProcessModelValidator {

    static final String LIAISON_DERNIERE_VERSION = "latest";

    /** The message that brings a séance's decision (seance/MessagesDeliberation.DELIBERATION). */
    static final String MESSAGE_SEANCE = "DeliberationSeance";

    private final ProcessConventions conventions;
    private final NotificationPaths notification;
    private final NotificationPaths decision;
    private final SecuriteDesModeles securite;

    /** @param beanExiste whether a name is a bean of the application that models may call */
    public ProcessModelValidator(ProcessConventions conventions, Predicate<String> beanExiste) {
        this.conventions = conventions;
        this.notification = new NotificationPaths(conventions.cleNotification());
        this.decision = new NotificationPaths(conventions.cleDecision());
        this.securite = new SecuriteDesModeles(beanExiste);
    }

    /**
     * Every violation of the house rules in {@code modele}; none means it may be deployed.
     *
     * @param formulaireExiste whether a form id is deployed already or part of the same upload
     */
    public List<ChampErreur> valider(BpmnModelInstance modele, Predicate<String> formulaireExiste) {
        List<ChampErreur> violations = new ArrayList<>(securite.violations(modele));
        Collection<Process> processus = modele.getModelElementsByType(Process.class);
        if (processus.isEmpty()) {
            violations.add(new ChampErreur(modele.getDefinitions().getId(), "Le modèle ne contient aucun processus."));
        }
        processus.forEach(p -> verifierProcessus(p, violations));
        modele.getModelElementsByType(UserTask.class).forEach(t -> verifierTacheHumaine(t, formulaireExiste,
                violations));
        modele.getModelElementsByType(ServiceTask.class).forEach(t -> verifierTacheDeService(t, violations));
        modele.getModelElementsByType(Gateway.class).forEach(g -> verifierPasserelle(g, violations));
        verifierMessages(modele, violations);
        processus.stream().filter(p -> conventions.estProcessusAvis(p.getId()))
                .forEach(p -> verifierDecision(p, violations));
        processus.stream().filter(p -> conventions.estProcessusDecision(p.getId()))
                .forEach(p -> verifierNotification(p, violations));
        return violations;
    }

    private static void verifierProcessus(Process processus, List<ChampErreur> violations) {
        String nom = nom(processus);
        if (!processus.isExecutable()) {
            violations.add(new ChampErreur(processus.getId(),
                    "Le processus %s n'est pas exécutable : cochez « Executable » dans le Camunda Modeler."
                            .formatted(nom)));
        }
        if (vide(processus.getCamundaHistoryTimeToLiveString())) {
            violations.add(new ChampErreur(processus.getId(),
                    "Le processus %s n'a pas de durée de conservation de l'historique (History time to live)."
                            .formatted(nom)));
        }
        if (vide(processus.getCamundaVersionTag())) {
            violations.add(new ChampErreur(processus.getId(),
                    "Le processus %s n'a pas de version tag : donnez-lui un numéro de version (ex. 1.1)."
                            .formatted(nom)));
        }
    }

    private static void verifierTacheHumaine(UserTask tache, Predicate<String> formulaireExiste,
            List<ChampErreur> violations) {
        String nom = nom(tache);
        if (vide(tache.getCamundaCandidateGroups()) && vide(tache.getCamundaAssignee())) {
            violations.add(new ChampErreur(tache.getId(), ("La tâche %s n'est proposée à personne : indiquez un "
                    + "groupe candidat (Candidate groups) ou un responsable (Assignee).").formatted(nom)));
        }
        String formulaire = tache.getCamundaFormRef();
        if (vide(formulaire)) {
            violations.add(new ChampErreur(tache.getId(), ("La tâche %s n'a pas de formulaire : liez-lui un "
                    + "formulaire Camunda (camunda:formRef).").formatted(nom)));
        } else if (tache.getCamundaFormRefBinding() != null
                && !LIAISON_DERNIERE_VERSION.equals(tache.getCamundaFormRefBinding())) {
            violations.add(new ChampErreur(tache.getId(), ("Le formulaire de la tâche %s doit être lié à sa "
                    + "dernière version (camunda:formRefBinding=\"latest\").").formatted(nom)));
        } else if (!formulaireExiste.test(formulaire)) {
            violations.add(new ChampErreur(tache.getId(), ("Le formulaire « %s » de la tâche %s n'existe pas : il "
                    + "n'est ni déployé ni joint au dépôt.").formatted(formulaire, nom)));
        }
    }

    /** What the task calls is checked with everything else the model evaluates ({@link SecuriteDesModeles}). */
    private static void verifierTacheDeService(ServiceTask tache, List<ChampErreur> violations) {
        if (vide(tache.getCamundaDelegateExpression()) && vide(tache.getCamundaExpression())) {
            violations.add(new ChampErreur(tache.getId(), ("La tâche de service %s doit appeler un bean de "
                    + "l'application : camunda:delegateExpression=\"${nomDuBean}\".").formatted(nom(tache))));
        }
    }

    private static void verifierPasserelle(Gateway passerelle, List<ChampErreur> violations) {
        SequenceFlow parDefaut;
        if (passerelle instanceof ExclusiveGateway exclusive) {
            parDefaut = exclusive.getDefault();
        } else if (passerelle instanceof InclusiveGateway inclusive) {
            parDefaut = inclusive.getDefault();
        } else {
            return;
        }
        if (passerelle.getOutgoing().size() < 2) {
            return;
        }
        List<String> sansCondition = passerelle.getOutgoing().stream()
                .filter(flux -> flux != parDefaut && flux.getConditionExpression() == null)
                .map(SequenceFlow::getId)
                .toList();
        if (!sansCondition.isEmpty()) {
            violations.add(new ChampErreur(passerelle.getId(), ("La passerelle %s a des flux sortants sans condition "
                    + "(%s) : donnez une condition à chacun ou faites de l'un d'eux le flux par défaut.")
                    .formatted(nom(passerelle), String.join(", ", sansCondition))));
        }
    }

    /** The application only correlates the messages it knows: a model waiting for another one would wait forever. */
    private void verifierMessages(BpmnModelInstance modele, List<ChampErreur> violations) {
        for (MessageEventDefinition definition : modele.getModelElementsByType(MessageEventDefinition.class)) {
            if (definition.getParentElement() instanceof CatchEvent evenement) {
                verifierMessage(evenement, definition.getMessage(), violations);
            }
        }
        modele.getModelElementsByType(ReceiveTask.class)
                .forEach(tache -> verifierMessage(tache, tache.getMessage(), violations));
    }

    private void verifierMessage(FlowElement attente, Message message, List<ChampErreur> violations) {
        if (message == null || vide(message.getName())) {
            violations.add(new ChampErreur(attente.getId(),
                    "%s n'indique pas le nom du message qu'il attend.".formatted(nom(attente))));
        } else if (!conventions.messagesConnus().contains(message.getName())) {
            violations.add(new ChampErreur(attente.getId(), ("Le message « %s » attendu par %s n'est pas connu de "
                    + "l'application (messages connus : %s).").formatted(message.getName(), nom(attente),
                    conventions.messagesConnus().isEmpty() ? "aucun"
                            : conventions.messagesConnus().stream().sorted().collect(Collectors.joining(", ")))));
        }
    }

    /** An avis process ends only once the shared decision process has decided, notified and submitted the avis. */
    private void verifierDecision(Process processus, List<ChampErreur> violations) {
        decision.finsSansNotification(processus).forEach(fin -> violations.add(new ChampErreur(fin.getId(),
                ("%s termine le processus sans passer par la décision : chaque fin d'un processus d'avis doit suivre "
                        + "un appel du processus « %s », qui délibère, notifie et soumet l'avis à l'Instance "
                        + "plénière.").formatted(nom(fin), conventions.cleDecision()))));
    }

    /**
     * In the decision process, every decision of a séance is notified before the process ends: the paths are walked
     * from each wait for the séance's message. (Its entry for a dossier notified by an earlier model, which resumes at
     * the wait for the Instance plénière, is not such a path.)
     */
    private void verifierNotification(Process processus, List<ChampErreur> violations) {
        List<FlowNode> attentes = new ArrayList<>();
        processus.getChildElementsByType(ReceiveTask.class).stream()
                .filter(tache -> tache.getMessage() != null && MESSAGE_SEANCE.equals(tache.getMessage().getName()))
                .forEach(attentes::add);
        processus.getChildElementsByType(CatchEvent.class).stream()
                .filter(evenement -> evenement.getEventDefinitions().stream()
                        .anyMatch(d -> d instanceof MessageEventDefinition m && m.getMessage() != null
                                && MESSAGE_SEANCE.equals(m.getMessage().getName())))
                .forEach(attentes::add);
        if (attentes.isEmpty()) {
            violations.add(new ChampErreur(processus.getId(), ("Le processus de décision %s n'attend pas la décision "
                    + "d'une séance (message « %s »).").formatted(nom(processus), MESSAGE_SEANCE)));
        }
        notification.finsSansNotificationDepuis(processus, attentes).forEach(fin -> violations.add(
                new ChampErreur(fin.getId(), ("%s termine le processus sans passer par la notification : chaque "
                        + "décision d'une séance doit être notifiée par un appel du processus « %s » avant la fin du "
                        + "processus de décision.").formatted(nom(fin), conventions.cleNotification()))));
    }

    private static String nom(BaseElement element) {
        String nom = element instanceof FlowElement flux ? flux.getName()
                : element instanceof Process processus ? processus.getName() : null;
        return "« " + (vide(nom) ? element.getId() : nom.strip()) + " »";
    }

    private static boolean vide(String texte) {
        return texte == null || texte.isBlank();
    }
}
