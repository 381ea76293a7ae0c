package be.ibefe.avis.admin;

import be.ibefe.avis.system.ChampErreur;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.scripting.ExecutableScript;
import org.camunda.bpm.engine.impl.scripting.ScriptFactory;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine's own guard, whatever the way a model comes in (our API and page, the engine's REST API, Cockpit, a
 * redeployment, the deployment at start-up): scripts are off; every deployment is read by {@link SecuriteDesModeles}
 * and refused whole when a model could run code, or when it holds a resource the application does not use (DMN,
 * CMMN, embedded HTML forms, scripts); expressions resolve the beans of {@link BeansDesModeles} alone and never walk
 * into Java reflection or the engine's services. (Every operation done in the engine's own applications and REST API
 * lands in the audit journal through {@link OperationsDuMoteur}, which the Camunda starter registers as the
 * application's history event handler bean.)
 */
@Component
class GardeDuMoteur extends AbstractProcessEnginePlugin {

    /** The resources a deployment may hold: models and Camunda forms. */
    private static final List<String> EXTENSIONS_ADMISES = List.of(".bpmn", ".bpmn20.xml", ".form");

    private final ApplicationContext contexte;
    private final BeansDesModeles beans;
    private final SecuriteDesModeles securite;

    GardeDuMoteur(ApplicationContext contexte, BeansDesModeles beans) {
        this.contexte = contexte;
        this.beans = beans;
        this.securite = new SecuriteDesModeles(beans::contient);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setScriptFactory(new ScriptsDesactives());
        List<Deployer> controles = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            controles.addAll(configuration.getCustomPreDeployers());
        }
        controles.add(this::controler);
        configuration.setCustomPreDeployers(controles);
        configuration.setExpressionManager(new ExpressionsGardees(contexte, beans));
    }

    /** Refuses the whole deployment when one of its resources breaks a rule; the engine then stores nothing. */
    private void controler(DeploymentEntity deploiement) {
        List<ChampErreur> violations = new ArrayList<>();
        if (deploiement.getResources() != null) {
            for (ResourceEntity ressource : deploiement.getResources().values()) {
                String nom = ressource.getName();
                String minuscules = nom.toLowerCase(Locale.ROOT);
                if (EXTENSIONS_ADMISES.stream().noneMatch(minuscules::endsWith)) {
                    violations.add(new ChampErreur(nom, "Ce moteur n'accepte que des modèles BPMN (.bpmn) et des "
                            + "formulaires Camunda (.form)."));
                } else if (!minuscules.endsWith(".form")) {
                    violations.addAll(securite.violations(ressource.getBytes(), nom));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new DeploiementRefuse(violations);
        }
    }

    /** A refused deployment: the engine's REST API answers it with 400 and this French message. */
    static final class DeploiementRefuse extends NotValidException {

        DeploiementRefuse(List<ChampErreur> violations) {
            super("Déploiement refusé : " + violations.stream().map(v -> v.champ() + " : " + v.message())
                    .collect(Collectors.joining(" ; ")));
        }
    }

    /** No script runs in this engine, whatever its language (JavaScript, Groovy, JUEL as a script). */
    private static final class ScriptsDesactives extends ScriptFactory {

        private static ProcessEngineException refus(String langage) {
            return new ProcessEngineException("Les scripts (%s) sont désactivés dans ce moteur : un modèle appelle "
                    + "les beans de l'application.".formatted(langage));
        }

        @Override
        public ExecutableScript createScriptFromResource(String langage, String ressource) {
            throw refus(langage);
        }

        @Override
        public ExecutableScript createScriptFromResource(String langage, Expression ressource) {
            throw refus(langage);
        }

        @Override
        public ExecutableScript createScriptFromSource(String langage, String source) {
            throw refus(langage);
        }

        @Override
        public ExecutableScript createScriptFromSource(String langage, Expression source) {
            throw refus(langage);
        }
    }

    /** Spring's expression manager over the model beans alone, behind a guard against reflection. */
    private static final class ExpressionsGardees extends SpringExpressionManager {

        ExpressionsGardees(ApplicationContext contexte, BeansDesModeles beans) {
            super(contexte, beans.pourLeMoteur());
        }

        @Override
        protected ELResolver createElResolver() {
            CompositeELResolver resolveurs = new CompositeELResolver();
            resolveurs.add(new GardeDesExpressions());
            resolveurs.add(super.createElResolver());
            return resolveurs;
        }
    }

    /** Whatever the house rules let through, an expression never reaches these at run time. */
    static final Set<String> MEMBRES_INTERDITS = Set.of("class", "classLoader", "getClass", "forName",
            "getClassLoader", "loadClass", "newInstance", "invoke", "exec", "getRuntime", "getMethod",
            "getDeclaredMethod", "getMethods", "getConstructor", "getDeclaredConstructor", "defineClass",
            "processEngineServices", "getProcessEngineServices", "processEngine", "getProcessEngine",
            "processEngineConfiguration", "getProcessEngineConfiguration");
}
