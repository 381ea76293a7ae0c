package be.ibefe.avis.tasks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a {@code conditional.hide} of a Camunda Form that the page applies as the user types: {@code =champ},
 * {@code =not(champ)}, {@code =champ = "VALEUR"} and {@code =champ != "VALEUR"} ({@code static/js/avis.js}). The
 * server evaluates every condition, these and any other, with the FEEL engine ({@link MasquageFeel}).
 */
public record Condition(String champ, Operateur operateur, String valeur) {

    private static final Pattern BOOLEEN = Pattern.compile("^=\\s*(not\\(\\s*)?(\\w+)\\s*\\)?\\s*$");
    private static final Pattern COMPARAISON = Pattern.compile("^=\\s*(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*$");

    /** Hidden when the field is true, is not true, equals the value, differs from the value. */
    public enum Operateur {
        VRAI, FAUX, EGAL, DIFFERENT
    }

    /** Any other FEEL expression is not applied as the user types: the field shows until the server decides. */
    static Optional<Condition> lire(String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        Matcher booleen = BOOLEEN.matcher(expression);
        if (booleen.matches()) {
            return Optional.of(new Condition(booleen.group(2),
                    booleen.group(1) == null ? Operateur.VRAI : Operateur.FAUX, null));
        }
        Matcher comparaison = COMPARAISON.matcher(expression);
        if (comparaison.matches()) {
            return Optional.of(new Condition(comparaison.group(1),
                    "=".equals(comparaison.group(2)) ? Operateur.EGAL : Operateur.DIFFERENT, comparaison.group(3)));
        }
        return Optional.empty();
    }
}
