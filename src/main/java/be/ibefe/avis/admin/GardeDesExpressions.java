package be.ibefe.avis.admin;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * First in the engine's chain of resolvers, it resolves nothing itself: it stops an expression that reaches for
 * Java reflection ({@code getClass}, {@code forName}, a class loader), for the engine's services, or for an object
 * that runs commands, before any other resolver can serve it. The house rules refuse such a model at deployment; this
 * is the second lock, for whatever is already in the database or slips past them.
 */
final class GardeDesExpressions extends ELResolver {

    @Override
    public Object getValue(ELContext contexte, Object base, Object propriete) {
        verifier(base, propriete);
        return null;
    }

    @Override
    public Object invoke(ELContext contexte, Object base, Object methode, Class<?>[] types, Object[] parametres) {
        verifier(base, methode);
        return null;
    }

    @Override
    public Class<?> getType(ELContext contexte, Object base, Object propriete) {
        verifier(base, propriete);
        return null;
    }

    @Override
    public void setValue(ELContext contexte, Object base, Object propriete, Object valeur) {
        verifier(base, propriete);
    }

    @Override
    public boolean isReadOnly(ELContext contexte, Object base, Object propriete) {
        verifier(base, propriete);
        return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext contexte, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext contexte, Object base) {
        return null;
    }

    private static void verifier(Object base, Object membre) {
        if (base == null) {
            return;
        }
        if (membre != null && GardeDuMoteur.MEMBRES_INTERDITS.contains(membre.toString())
                || base instanceof Class<?> || base instanceof ClassLoader || base instanceof Runtime
                || base instanceof ProcessBuilder || base instanceof Thread || base instanceof ProcessEngineServices
                || base instanceof java.lang.reflect.Member) {
            throw new ProcessEngineException("Expression refusée : « %s » n'est pas accessible depuis un modèle."
                    .formatted(membre));
        }
    }
}
