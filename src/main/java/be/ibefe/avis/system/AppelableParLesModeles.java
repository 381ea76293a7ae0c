package be.ibefe.avis.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean whose methods the process models may call in an expression ({@code ${echeances.tache(execution, 'X')}}),
 * beside the delegates and listeners of the application. No other bean is reachable from a model.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AppelableParLesModeles {
}
