package be.ibefe.avis.admin;

import be.ibefe.avis.system.AppelableParLesModeles;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

/**
 * The beans a process model may reach by name: the application's delegates and listeners, and the beans marked
 * {@link AppelableParLesModeles}. The engine resolves expressions against these alone, never against the whole
 * application context (a data source, a JDBC template or the engine's own services are out of reach), and the house
 * rules accept no other name. Read lazily: the engine is built before the beans it will call.
 */
@Component
public class BeansDesModeles {

    private static final String PAQUET = "be.ibefe.avis.";

    private final ConfigurableListableBeanFactory beans;
    private volatile Set<String> noms;

    BeansDesModeles(ConfigurableListableBeanFactory beans) {
        this.beans = beans;
    }

    public boolean contient(String nom) {
        return noms().contains(nom);
    }

    /** The beans as the engine's expressions see them: a read-only map of these names alone. */
    Map<Object, Object> pourLeMoteur() {
        return new AbstractMap<>() {
            @Override
            public boolean containsKey(Object nom) {
                return nom instanceof String texte && contient(texte);
            }

            @Override
            public Object get(Object nom) {
                return containsKey(nom) ? beans.getBean((String) nom) : null;
            }

            @Override
            public Set<Entry<Object, Object>> entrySet() {
                return noms().stream().map(nom -> Map.entry((Object) nom, beans.getBean(nom)))
                        .collect(Collectors.toUnmodifiableSet());
            }
        };
    }

    private Set<String> noms() {
        Set<String> connus = noms;
        if (connus == null) {
            connus = Stream.of(beans.getBeanDefinitionNames()).filter(this::appelable)
                    .collect(Collectors.toUnmodifiableSet());
            noms = connus;
        }
        return connus;
    }

    private boolean appelable(String nom) {
        Class<?> type = beans.getType(nom, false);
        if (type == null || !type.getName().startsWith(PAQUET)) {
            return false;
        }
        return JavaDelegate.class.isAssignableFrom(type) || ExecutionListener.class.isAssignableFrom(type)
                || TaskListener.class.isAssignableFrom(type)
                || AnnotatedElementUtils.hasAnnotation(type, AppelableParLesModeles.class);
    }
}
