package be.ibefe.avis.admin;

import be.ibefe.avis.system.ChampErreur;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Keeps a model from running code on the server. Every element, every attribute and every text of the model is
 * read (not the first attribute the engine would use): no script (script task, script listener, script condition,
 * script parameter), no Java class, no external task or connector, no extension the application does not use, and
 * every expression within what {@link ExpressionsPermises} allows. Checked on an administrator's upload and again by
 * the engine on every deployment, whatever the way in.
 */
public final class SecuriteDesModeles {

    private static final String NS_BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** The engine reads its extensions in both namespaces. */
    private static final Set<String> NS_CAMUNDA = Set.of("http://camunda.org/schema/1.0/bpmn",
            "http://activiti.org/bpmn");
    /** Diagram and editor information: the engine never evaluates it. */
    private static final Set<String> NS_DIAGRAMME = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI",
            "http://camunda.org/schema/modeler/1.0", "http://bpmn.io/schema/bpmn/biocolor/1.0",
            "http://www.omg.org/spec/BPMN/non-normative/color/1.0");
    private static final Set<String> ELEMENTS_BPMN_INTERDITS = Set.of("scriptTask", "script", "globalScriptTask");
    /** Free text for people, never evaluated. */
    private static final Set<String> TEXTES_BPMN = Set.of("documentation", "text");
    private static final Set<String> ELEMENTS_CAMUNDA = Set.of("in", "out", "inputOutput", "inputParameter",
            "outputParameter", "list", "map", "entry", "value", "failedJobRetryTimeCycle", "properties", "property",
            "executionListener", "taskListener", "field", "string", "expression", "errorEventDefinition");
    private static final Set<String> ATTRIBUTS_CAMUNDA = Set.of("asyncBefore", "asyncAfter", "async", "exclusive",
            "jobPriority", "taskPriority", "historyTimeToLive", "versionTag", "isStartableInTasklist",
            "candidateStarterGroups", "candidateStarterUsers", "candidateGroups", "candidateUsers", "assignee",
            "dueDate", "followUpDate", "priority", "formRef", "formRefBinding", "formRefVersion",
            "delegateExpression", "expression", "resultVariable", "calledElementBinding", "calledElementVersion",
            "calledElementVersionTag", "calledElementTenantId", "initiator", "errorCodeVariable",
            "errorMessageVariable", "escalationCodeVariable", "collection", "elementVariable", "source", "target",
            "sourceExpression", "variables", "local", "businessKey", "event", "name", "value", "key", "stringValue",
            "errorRef", "id");
    /** BPMN attributes that turn an expression into a script in another language. */
    private static final Set<String> ATTRIBUTS_BPMN_INTERDITS = Set.of("language", "scriptFormat");
    private static final Pattern BEAN_SEUL = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][\\w]*)\\s*}\\s*$");

    private final Predicate<String> beanDesModeles;
    private final ExpressionsPermises expressions;

    SecuriteDesModeles(Predicate<String> beanDesModeles) {
        this.beanDesModeles = beanDesModeles;
        this.expressions = new ExpressionsPermises(beanDesModeles);
    }

    public List<ChampErreur> violations(BpmnModelInstance modele) {
        return violations(Bpmn.convertToString(modele).getBytes(StandardCharsets.UTF_8), "modèle");
    }

    /** The violations of the model in {@code xml}, exactly as the engine will read it; {@code fichier} names it. */
    public List<ChampErreur> violations(byte[] xml, String fichier) {
        Document document;
        try {
            document = lecteur().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            return List.of(new ChampErreur(fichier, "Ce fichier n'est pas un modèle BPMN lisible : " + e.getMessage()));
        }
        List<ChampErreur> violations = new ArrayList<>();
        parcourir(document.getDocumentElement(), fichier, "le modèle", violations);
        return violations;
    }

    private void parcourir(Element element, String porteur, String nomPorteur, List<ChampErreur> violations) {
        String ns = element.getNamespaceURI();
        if (ns != null && NS_DIAGRAMME.contains(ns)) {
            return;
        }
        String local = element.getLocalName();
        String id = element.getAttribute("id");
        boolean identifie = !id.isBlank() && NS_BPMN.equals(ns);
        String champ = identifie ? id : porteur;
        String nom = identifie ? nom(element, id) : nomPorteur;
        boolean camunda = ns != null && NS_CAMUNDA.contains(ns);
        if (NS_BPMN.equals(ns) && ELEMENTS_BPMN_INTERDITS.contains(local)) {
            violations.add(new ChampErreur(champ, ("%s est un script : les scripts ne s'exécutent pas dans ce moteur ; "
                    + "appelez un bean de l'application (tâche de service, ${nomDuBean}).").formatted(majuscule(nom))));
            return;
        }
        if (camunda && !ELEMENTS_CAMUNDA.contains(local)) {
            violations.add(new ChampErreur(champ, ("%s contient l'extension « camunda:%s », que ce moteur n'accepte pas "
                    + "(scripts, connecteurs et formulaires générés sont exclus).").formatted(majuscule(nom), local)));
            return;
        }
        if (ns != null && !camunda && !NS_BPMN.equals(ns)) {
            violations.add(new ChampErreur(champ, "%s contient l'élément « %s » d'un espace de noms inconnu (%s)."
                    .formatted(majuscule(nom), element.getTagName(), ns)));
            return;
        }
        verifierAttributs(element, camunda, champ, nom, violations);
        boolean texteLibre = NS_BPMN.equals(ns) && TEXTES_BPMN.contains(local);
        for (Node enfant = element.getFirstChild(); enfant != null; enfant = enfant.getNextSibling()) {
            if (enfant instanceof Element sousElement) {
                parcourir(sousElement, champ, nom, violations);
            } else if (!texteLibre && (enfant.getNodeType() == Node.TEXT_NODE
                    || enfant.getNodeType() == Node.CDATA_SECTION_NODE)) {
                verifierExpression(enfant.getNodeValue(), champ, nom, violations);
            }
        }
    }

    private void verifierAttributs(Element element, boolean camunda, String champ, String nom,
            List<ChampErreur> violations) {
        NamedNodeMap attributs = element.getAttributes();
        for (int i = 0; i < attributs.getLength(); i++) {
            Attr attribut = (Attr) attributs.item(i);
            String ns = attribut.getNamespaceURI();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns) || XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(ns)
                    || ns != null && NS_DIAGRAMME.contains(ns)) {
                continue;
            }
            String local = attribut.getLocalName();
            if (attribut.getValue().isBlank()) {
                continue;
            }
            boolean extension = ns != null && NS_CAMUNDA.contains(ns) || ns == null && camunda;
            if (extension && !ATTRIBUTS_CAMUNDA.contains(local)) {
                violations.add(new ChampErreur(champ, ("%s a l'attribut « %s », que ce moteur n'accepte pas : un modèle "
                        + "n'appelle que les beans de l'application (camunda:delegateExpression=\"${nomDuBean}\"), "
                        + "jamais une classe Java, un script ou une tâche externe.").formatted(majuscule(nom), attribut.getName())));
            } else if (ns == null && !camunda && ATTRIBUTS_BPMN_INTERDITS.contains(local)) {
                violations.add(new ChampErreur(champ, ("%s indique le langage « %s » : seules les expressions simples "
                        + "sont acceptées, pas les scripts.").formatted(majuscule(nom), attribut.getValue())));
            } else if (extension && local.equals("delegateExpression")) {
                verifierDelegue(attribut.getValue(), champ, nom, violations);
            } else {
                verifierExpression(attribut.getValue(), champ, nom, violations);
            }
        }
    }

    private void verifierDelegue(String expression, String champ, String nom, List<ChampErreur> violations) {
        Matcher bean = BEAN_SEUL.matcher(expression);
        if (!bean.find()) {
            violations.add(new ChampErreur(champ, ("L'expression « %s » de %s doit nommer un bean de l'application : "
                    + "${nomDuBean}.").formatted(expression, nom)));
        } else if (!beanDesModeles.test(bean.group(1))) {
            violations.add(new ChampErreur(champ, "%s appelle « %s », qui n'existe pas dans l'application."
                    .formatted(majuscule(nom), bean.group(1))));
        }
    }

    private void verifierExpression(String texte, String champ, String nom, List<ChampErreur> violations) {
        if (!ExpressionsPermises.contientExpression(texte)) {
            return;
        }
        Optional<String> refus = expressions.refus(texte);
        refus.ifPresent(raison -> violations.add(new ChampErreur(champ, ("L'expression « %s » de %s n'est pas "
                + "permise : %s. Un modèle n'appelle que les beans de l'application (${nomDuBean}, "
                + "${nomDuBean.methode(execution)}) et combine des variables du processus.")
                .formatted(texte.strip(), nom, raison))));
    }

    /** The element as a sentence names it: « la tâche de service « Évaluer l'éligibilité » ». */
    private static String nom(Element element, String id) {
        String nom = element.getAttribute("name");
        String genre = switch (element.getLocalName()) {
            case "serviceTask" -> "la tâche de service";
            case "userTask", "task", "manualTask", "receiveTask" -> "la tâche";
            case "sendTask" -> "la tâche d'envoi";
            case "businessRuleTask" -> "la tâche de règle";
            case "callActivity" -> "l'appel";
            case "subProcess", "transaction" -> "le sous-processus";
            case "process" -> "le processus";
            case "sequenceFlow" -> "le flux";
            case "exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway", "complexGateway" ->
                    "la passerelle";
            case "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent" ->
                    "l'événement";
            default -> "l'élément";
        };
        return genre + " « " + (nom.isBlank() ? id : nom.strip()) + " »";
    }

    private static String majuscule(String texte) {
        return Character.toUpperCase(texte.charAt(0)) + texte.substring(1);
    }

    /** A parser that reads no DTD and no external entity: a model is data, never a way to read the server's files. */
    private static DocumentBuilder lecteur() {
        try {
            DocumentBuilderFactory fabrique = DocumentBuilderFactory.newInstance();
            fabrique.setNamespaceAware(true);
            fabrique.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            fabrique.setFeature("http://xml.org/sax/features/external-general-entities", false);
            fabrique.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            fabrique.setXIncludeAware(false);
            fabrique.setExpandEntityReferences(false);
            fabrique.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            fabrique.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder lecteur = fabrique.newDocumentBuilder();
            lecteur.setErrorHandler(new DefaultHandler());
            return lecteur;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
