package be.ibefe.avis.bassin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The avis types a deployment declares in its configuration, after the domain's ({@code avis.types.<CODE>.libelle}
 * {@code .schema} and {@code .textes}, README « Ajouter un type d'avis »). They are made known before any other bean is created, so
 * that every setting keyed by type ({@code avis.echeances.jours-par-type.<CODE>}, …) and every rules bean can name
 * them; they are forgotten when the application stops (a test that starts one with a type of its own leaves the next
 * with the domain's types only). The rest of a declared type's definition is checked at start-up with the others'
 * ({@code exploitation/DefinitionDesTypes}).
 */
@Component
class TypesDeclares implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {

    static final String PREFIXE = "avis.types";

    /**
     * One type as the configuration declares it.
     *
     * @param libelle its French label, shown wherever the type is
     * @param schema where its data schema lies (a JSON Schema file, {@code classpath:types/essai.schema.json})
     * @param textes where its report texts lie (a UTF-8 properties file with {@code <CODE>.titre}, …), when the
     *               report texts file ({@code avis.rapport.textes}) does not hold them
     */
    record Declaration(String libelle, String schema, String textes) {
    }

    private Environment environnement;
    private final List<AvisType> declares = new ArrayList<>();

    @Override
    public void setEnvironment(Environment environnement) {
        this.environnement = environnement;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory fabrique) {
        Map<String, Declaration> declarations = new TreeMap<>(Binder.get(environnement)
                .bind(PREFIXE, Bindable.mapOf(String.class, Declaration.class)).orElse(Map.of()));
        try {
            declarations.forEach((code, declaration) ->
                    declares.add(AvisType.declarer(code, declaration.libelle(), declaration.schema(),
                            declaration.textes())));
        } catch (IllegalArgumentException e) {
            destroy();
            throw new IllegalStateException("Démarrage refusé : " + e.getMessage() + ".", e);
        }
    }

    @Override
    public void destroy() {
        declares.forEach(AvisType::retirer);
        declares.clear();
    }
}
