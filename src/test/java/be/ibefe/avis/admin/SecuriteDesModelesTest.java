package be.ibefe.avis.admin;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.system.ChampErreur;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way a model could run code on the server, as the independent probe tried them, is refused; what the
 * project's own models say is allowed. The models are written as XML, as an administrator's file would be, since the
 * rules read the file, not what a builder would produce.
 */
class SecuriteDesModelesTest {

    /** The beans a model may call in these tests; {@code jdbcTemplate} and {@code dataSource} are not among them. */
    private final SecuriteDesModeles securite = new SecuriteDesModeles(
            Set.of("evaluerEligibilite", "echeances", "notifierAvis")::contains);

    static String modele(String tache) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:activiti="http://activiti.org/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="essai" name="Essai" isExecutable="true" camunda:historyTimeToLive="30"
                      camunda:versionTag="1.0">
                    <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_1" />
                    %s
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="EndEvent_1" />
                    <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(tache);
    }

    static String tacheDeService(String attributs, String extensions) {
        return """
                <bpmn:serviceTask id="Task_1" name="Évaluer" %s>
                  <bpmn:extensionElements>%s</bpmn:extensionElements>
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                </bpmn:serviceTask>""".formatted(attributs, extensions);
    }

    private List<ChampErreur> violations(String xml) {
        return securite.violations(xml.getBytes(StandardCharsets.UTF_8), "essai.bpmn");
    }

    /** What the probe deployed and ran; the command would have created a file on the server. */
    static final List<String> VECTEURS = List.of(
            // script tasks, in JavaScript and in JUEL
            """
            <bpmn:scriptTask id="Task_1" scriptFormat="javascript"><bpmn:incoming>Flow_1</bpmn:incoming>
              <bpmn:outgoing>Flow_2</bpmn:outgoing>
              <bpmn:script>java.lang.Runtime.getRuntime().exec("touch /tmp/sonde")</bpmn:script></bpmn:scriptTask>""",
            """
            <bpmn:scriptTask id="Task_1" scriptFormat="juel"><bpmn:incoming>Flow_1</bpmn:incoming>
              <bpmn:outgoing>Flow_2</bpmn:outgoing>
              <bpmn:script>${''.getClass().forName('java.lang.Runtime')}</bpmn:script></bpmn:scriptTask>""",
            // from a bean into reflection
            tacheDeService("camunda:expression=\"${evaluerEligibilite.getClass().forName('java.lang.Runtime')"
                    + ".getMethod('getRuntime').invoke(null).exec('touch /tmp/sonde')}\"", ""),
            tacheDeService("camunda:expression=\"${evaluerEligibilite.class.classLoader}\"", ""),
            // a class or an external task beside an allowed delegate expression
            tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\" camunda:class=\"java.lang.Runtime\"",
                    ""),
            tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\" camunda:type=\"external\" "
                    + "camunda:topic=\"sonde\"", ""),
            tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\" activiti:class=\"java.lang.Runtime\"",
                    ""),
            // listeners: a class, a script, an expression
            tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\"",
                    "<camunda:executionListener class=\"be.ibefe.avis.Sonde\" event=\"start\" />"),
            tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\"",
                    "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"javascript\">"
                            + "java.lang.Runtime.getRuntime().exec('touch /tmp/sonde')</camunda:script>"
                            + "</camunda:executionListener>"),
            tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\"",
                    "<camunda:executionListener event=\"start\" expression=\"${execution.processEngineServices"
                            + ".runtimeService.deleteProcessInstance(execution.id, '')}\" />"),
            tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\"",
                    "<camunda:executionListener event=\"start\" delegateExpression=\"${dataSource}\" />"),
            // input/output parameters
            tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\"",
                    "<camunda:inputOutput><camunda:inputParameter name=\"x\"><camunda:script scriptFormat=\"groovy\">"
                            + "'touch /tmp/sonde'.execute()</camunda:script></camunda:inputParameter>"
                            + "</camunda:inputOutput>"),
            tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\"",
                    "<camunda:inputOutput><camunda:inputParameter name=\"x\">${echeances.getClass()}"
                            + "</camunda:inputParameter></camunda:inputOutput>"),
            // a connector
            tacheDeService("", "<camunda:connector><camunda:connectorId>http-connector</camunda:connectorId>"
                    + "</camunda:connector>"),
            // a bean of the application that is no delegate: the database
            tacheDeService("camunda:expression=\"${jdbcTemplate.update('update journal_audit set utilisateur = ''x''')}\"",
                    ""),
            // a condition in JavaScript
            """
            <bpmn:exclusiveGateway id="Task_1" default="Flow_2"><bpmn:incoming>Flow_1</bpmn:incoming>
              <bpmn:outgoing>Flow_2</bpmn:outgoing><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:exclusiveGateway>
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_1" targetRef="EndEvent_1">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">
                java.lang.Runtime.getRuntime().exec('touch /tmp/sonde')</bpmn:conditionExpression>
            </bpmn:sequenceFlow>""",
            // a function, an index, a lambda-like chain on a variable
            tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\"",
                    "<camunda:inputOutput><camunda:inputParameter name=\"x\">${fn:exec('x')}</camunda:inputParameter>"
                            + "</camunda:inputOutput>"),
            tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\"",
                    "<camunda:inputOutput><camunda:inputParameter name=\"x\">${dossier['class']}"
                            + "</camunda:inputParameter></camunda:inputOutput>"),
            tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\"",
                    "<camunda:inputOutput><camunda:inputParameter name=\"x\">${echeances.tache(execution, 'a')"
                            + ".getClass()}</camunda:inputParameter></camunda:inputOutput>"));

    @ParameterizedTest
    @MethodSource("indices")
    void every_way_to_run_code_is_refused(int indice) {
        assertThat(violations(modele(VECTEURS.get(indice)))).as(VECTEURS.get(indice)).isNotEmpty()
                .extracting(ChampErreur::champ).isSubsetOf("Task_1", "Flow_3");
    }

    static IntStream indices() {
        return IntStream.range(0, VECTEURS.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"${evaluerEligibilite}", "#{notifierAvis}"})
    void a_delegate_expression_naming_a_bean_of_the_models_passes(String expression) {
        assertThat(violations(modele(tacheDeService("camunda:delegateExpression=\"" + expression + "\"", ""))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "${execution.processBusinessKey}", "#{execution.processBusinessKey}",
        "${execution.getVariable('urgence') == true}", "${decision == 'AJOURNE'}", "${!complet}",
        "${restantes &gt; 0}", "${'CSEF'}", "${echeances.tache(execution, 'Task_AnalyserDossier')}",
        "${echeances.retraitPieces()}", "${empty motivation or not complet}", "${a ? 'x' : 'y'}", "${1.5 + 2}",
        "Texte ${ratifiee} et ${rouvrir}"})
    void what_the_project_models_say_passes(String expression) {
        String modele = modele(tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\"",
                "<camunda:inputOutput><camunda:inputParameter name=\"x\">" + expression
                        + "</camunda:inputParameter></camunda:inputOutput>"));

        assertThat(violations(modele)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "${execution.processEngineServices}", "${execution.getProcessEngine()}", "${task.execution.id}",
        "${echeances}x${dataSource.connection}", "${echeances.parametres}", "${echeances.hashCode()}",
        "${x = 3}", "${x; y}", "${'a'.concat('b')}", "${(echeances).tache(execution, 'a')}", "${incomplet"})
    void what_could_reach_further_is_refused(String expression) {
        String modele = modele(tacheDeService("camunda:delegateExpression=\"${evaluerEligibilite}\"",
                "<camunda:inputOutput><camunda:inputParameter name=\"x\">" + expression
                        + "</camunda:inputParameter></camunda:inputOutput>"));

        assertThat(violations(modele)).extracting(ChampErreur::champ).containsExactly("Task_1");
    }

    @Test
    void a_model_with_a_document_type_declaration_is_refused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + modele("").substring(modele("").indexOf("<bpmn:definitions"));

        assertThat(violations(xml)).extracting(ChampErreur::champ).containsExactly("essai.bpmn");
    }

    @Test
    void the_message_names_the_element_and_says_what_to_do() {
        assertThat(violations(modele(VECTEURS.get(4)))).containsExactly(new ChampErreur("Task_1", "La tâche de "
                + "service « Évaluer » a l'attribut « camunda:class », que ce moteur n'accepte pas : un modèle n'appelle "
                + "que les beans de l'application (camunda:delegateExpression=\"${nomDuBean}\"), jamais une classe "
                + "Java, un script ou une tâche externe."));
    }
}
