package be.ibefe.avis.support;

import be.ibefe.avis.bassin.AvisType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;

/**
 * The chambre each type's model hands to the shared decision ({@code avis-deliberation}), read from the model with the
 * BPMN model API: the model is where it is written, so that tests compare with it instead of writing it again.
 */
public final class ChambresDesModeles {

    /** The only way a type's model names the chambre: a literal, {@code <camunda:in sourceExpression="${'CSEF'}"/>}. */
    private static final Pattern LITTERAL = Pattern.compile("\\$\\{'([A-Z_]+)'}");

    private ChambresDesModeles() {
    }

    /** The model of the type, as the build puts it on the classpath ({@code processes/<key>.bpmn}). */
    private static BpmnModelInstance modele(AvisType type) {
        String ressource = "processes/" + type.processKey() + ".bpmn";
        try (InputStream flux = ChambresDesModeles.class.getClassLoader().getResourceAsStream(ressource)) {
            if (flux == null) {
                throw new IllegalStateException("Modèle absent du classpath : " + ressource);
            }
            return Bpmn.readModelFromStream(flux);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The calls of {@code avis-deliberation} in the type's model. */
    private static List<CallActivity> appelsDeLaDeliberation(AvisType type) {
        return modele(type).getModelElementsByType(CallActivity.class).stream()
                .filter(appel -> "avis-deliberation".equals(appel.getCalledElement())).toList();
    }

    /** The {@code camunda:in} mappings of a call activity. */
    private static List<CamundaIn> entrees(CallActivity appel) {
        ExtensionElements extensions = appel.getExtensionElements();
        return extensions == null ? List.of()
                : extensions.getElementsQuery().filterByType(CamundaIn.class).list();
    }

    /**
     * The deciding body the type's model passes to its one call of {@code avis-deliberation}, as a literal: a
     * {@code Chambre}'s code, or {@code POLE} for the avis a pôle de synergies gives in its meeting; fails, saying
     * why, when the model calls it more than once, passes no chambre, or passes it other than as a literal.
     */
    public static String chambre(AvisType type) {
        List<CallActivity> appels = appelsDeLaDeliberation(type);
        if (appels.size() != 1) {
            throw new IllegalStateException("%s : %d appels de avis-deliberation au lieu d'un".formatted(
                    type.processKey(), appels.size()));
        }
        List<CamundaIn> chambres = entrees(appels.get(0)).stream().filter(in -> "chambre".equals(in.getCamundaTarget()))
                .toList();
        if (chambres.size() != 1 || chambres.get(0).getCamundaSourceExpression() == null) {
            throw new IllegalStateException("%s : l'appel de avis-deliberation ne donne pas la chambre par "
                    + "<camunda:in sourceExpression=\"${'…'}\" target=\"chambre\"/>".formatted(type.processKey()));
        }
        Matcher litteral = LITTERAL.matcher(chambres.get(0).getCamundaSourceExpression().strip());
        if (!litteral.matches()) {
            throw new IllegalStateException("%s : la chambre n'est pas écrite dans le modèle (%s)".formatted(
                    type.processKey(), chambres.get(0).getCamundaSourceExpression()));
        }
        return litteral.group(1);
    }
}
