package be.ibefe.avis.tasks;

import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a field of a Camunda Form is hidden: its {@code conditional.hide} is a FEEL expression ({@code =…}),
 * evaluated here by the FEEL engine Camunda ships (the Scala FEEL engine of {@code camunda-engine-dmn}, the language
 * Camunda Forms use in Tasklist), on the values of every field of the form (a field left empty is {@code null}). Only
 * {@code true} hides; an expression the engine cannot read leaves the field visible, as a form shows it when its
 * condition is broken, and is logged for the administrator.
 */
final class MasquageFeel {

    private static final Logger LOG = LoggerFactory.getLogger(MasquageFeel.class);
    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    private MasquageFeel() {
    }

    static boolean masque(String expression, Map<String, Object> valeursDuFormulaire) {
        if (expression == null || expression.isBlank()) {
            return false;
        }
        String feel = expression.strip();
        if (feel.startsWith("=")) {
            feel = feel.substring(1);
        }
        VariableMap contexte = Variables.createVariables();
        valeursDuFormulaire.forEach(contexte::putValue);
        try {
            return Boolean.TRUE.equals(FEEL.evaluateSimpleExpression(feel, contexte.asVariableContext()));
        } catch (FeelException e) {
            LOG.warn("Condition d'affichage illisible, le champ reste visible : {} ({})", expression, e.getMessage());
            return false;
        }
    }
}
