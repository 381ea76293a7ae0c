package be.ibefe.avis.admin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Finds where a process can end without having called a given process (the decision process for an avis process,
 * the notification process for the decision process): the graph of the process with those call activities (and the boundary events attached to them) taken out, walked from its start
 * events. An embedded subprocess is entered at its start events and left when one of its ends is reached. Paths
 * opened by a non-interrupting boundary event or event subprocess run beside the main path and end nothing; an
 * interrupting event subprocess ends the scope that holds it, so its ends count like the scope's own.
 */
final class NotificationPaths {

    private final String cleNotification;

    NotificationPaths(String cleNotification) {
        this.cleNotification = cleNotification;
    }

    /** The elements at which the process ends on a path that did not pass the notification, in model order. */
    List<FlowNode> finsSansNotification(Process process) {
        return new Parcours(process, List.of()).parcourir();
    }

    /** The same, on the paths that leave {@code departs} rather than the start events. */
    List<FlowNode> finsSansNotificationDepuis(Process process, Collection<? extends FlowNode> departs) {
        return departs.isEmpty() ? List.of() : new Parcours(process, List.copyOf(departs)).parcourir();
    }

    /** A step of the walk: an element reached on the main path, or on a path beside it. */
    private record Etape(FlowNode noeud, boolean aCote) {
    }

    private final class Parcours {

        private final Process process;
        private final List<FlowNode> departs;
        private final Deque<Etape> aVisiter = new ArrayDeque<>();
        private final Set<String> vus = new HashSet<>();
        private final Map<String, FlowNode> fins = new LinkedHashMap<>();

        Parcours(Process process, List<FlowNode> departs) {
            this.process = process;
            this.departs = departs;
        }

        List<FlowNode> parcourir() {
            if (departs.isEmpty()) {
                entrer(process.getFlowElements(), false);
            } else {
                departs.forEach(depart -> suivre(depart, false));
            }
            while (!aVisiter.isEmpty()) {
                visiter(aVisiter.pop());
            }
            return new ArrayList<>(fins.values());
        }

        /** A scope becomes active: its start events, and those of its event subprocesses, can fire. */
        private void entrer(Collection<FlowElement> elements, boolean aCote) {
            List<FlowNode> debuts = new ArrayList<>();
            for (FlowElement element : elements) {
                if (element instanceof StartEvent debut) {
                    debuts.add(debut);
                } else if (element instanceof SubProcess evenementiel && evenementiel.triggeredByEvent()) {
                    for (FlowElement interne : evenementiel.getFlowElements()) {
                        if (interne instanceof StartEvent debut) {
                            suivre(debut, aCote || !debut.isInterrupting());
                        }
                    }
                }
            }
            if (debuts.isEmpty()) {
                // an ad hoc subprocess has no start event: any activity without incoming flow may run
                elements.stream()
                        .filter(e -> e instanceof Activity a && a.getIncoming().isEmpty()
                                && !(a instanceof SubProcess s && s.triggeredByEvent()))
                        .forEach(e -> debuts.add((FlowNode) e));
            }
            debuts.forEach(debut -> suivre(debut, aCote));
        }

        private void suivre(FlowNode noeud, boolean aCote) {
            if (vus.add(noeud.getId() + "|" + aCote)) {
                aVisiter.push(new Etape(noeud, aCote));
            }
        }

        private void visiter(Etape etape) {
            FlowNode noeud = etape.noeud();
            boolean aCote = etape.aCote();
            if (noeud instanceof CallActivity appel && cleNotification.equals(appel.getCalledElement())) {
                return;
            }
            if (noeud instanceof Activity activite) {
                bordures(activite).forEach(bordure -> suivre(bordure, aCote || !bordure.cancelActivity()));
            }
            if (noeud instanceof SubProcess sousProcessus) {
                entrer(sousProcessus.getFlowElements(), aCote);
                return;
            }
            if (noeud instanceof IntermediateThrowEvent lien && nomDeLien(lien) != null) {
                ciblesDuLien(lien).forEach(cible -> suivre(cible, aCote));
                return;
            }
            noeud.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(cible -> suivre(cible, aCote));
            if (noeud instanceof EndEvent || noeud.getOutgoing().isEmpty()) {
                finDePortee(noeud, noeud.getParentElement(), aCote);
            }
        }

        /** {@code noeud} ends the scope {@code portee}: the process ends, or the flow leaves the subprocess. */
        private void finDePortee(FlowNode noeud, ModelElementInstance portee, boolean aCote) {
            if (aCote) {
                return;
            }
            if (portee instanceof SubProcess sousProcessus) {
                if (sousProcessus.triggeredByEvent()) {
                    finDePortee(noeud, sousProcessus.getParentElement(), false);
                } else if (vus.add("sortie:" + sousProcessus.getId())) {
                    sousProcessus.getOutgoing().stream().map(SequenceFlow::getTarget)
                            .forEach(cible -> suivre(cible, false));
                    if (sousProcessus.getOutgoing().isEmpty()) {
                        finDePortee(sousProcessus, sousProcessus.getParentElement(), false);
                    }
                }
            } else {
                fins.putIfAbsent(noeud.getId(), noeud);
            }
        }

        private List<BoundaryEvent> bordures(Activity activite) {
            return activite.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
                    .filter(b -> b.getAttachedTo() == activite)
                    .filter(b -> b.getEventDefinitions().stream().noneMatch(CompensateEventDefinition.class::isInstance))
                    .toList();
        }

        private List<IntermediateCatchEvent> ciblesDuLien(IntermediateThrowEvent lien) {
            String nom = nomDeLien(lien);
            return lien.getParentElement().getChildElementsByType(IntermediateCatchEvent.class).stream()
                    .filter(capture -> capture.getEventDefinitions().stream()
                            .anyMatch(d -> d instanceof LinkEventDefinition l && nom.equals(l.getName())))
                    .toList();
        }

        private static String nomDeLien(IntermediateThrowEvent evenement) {
            return evenement.getEventDefinitions().stream()
                    .filter(LinkEventDefinition.class::isInstance)
                    .map(d -> ((LinkEventDefinition) d).getName())
                    .findFirst().orElse(null);
        }
    }
}
