package be.ibefe.avis.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What an expression of a deployed model may say: name a bean of the application ({@code ${notifierAvis}}), call one
 * of its methods with simple arguments ({@code ${echeances.tache(execution, 'Task_AnalyserDossier')}}), read the
 * business key or a variable of the execution, and combine process variables and literals with the operators of
 * the expression language. Anything else (a property or a method of another object, a chain after a call, a
 * function, an index, a lambda) could walk from an object to {@code java.lang.Runtime} and is refused: editing a
 * model is a business administrator's task, not a licence to run code.
 */
final class ExpressionsPermises {

    /** The execution's and the task's members a model may use. */
    private static final Set<String> MEMBRES_EXECUTION = Set.of("processBusinessKey", "businessKey");
    private static final Set<String> METHODES_EXECUTION = Set.of("getProcessBusinessKey", "getBusinessKey");
    private static final Set<String> LECTURES_VARIABLE = Set.of("getVariable", "getVariableLocal", "hasVariable");
    private static final Set<String> RACINES_EXECUTION = Set.of("execution", "task");
    /** Methods every Java object has: none of them is a service of the application. */
    private static final Set<String> METHODES_OBJET = Set.of("getClass", "hashCode", "equals", "toString", "wait",
            "notify", "notifyAll", "clone", "finalize");
    private static final Set<String> MOTS_CLES = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod");
    private static final Set<String> OPERATEURS = Set.of("==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-",
            "*", "/", "%", "?", ":", ",", "(", ")", ".");

    private final Predicate<String> beanDesModeles;

    /** @param beanDesModeles whether a name is a bean of the application that models may call */
    ExpressionsPermises(Predicate<String> beanDesModeles) {
        this.beanDesModeles = beanDesModeles;
    }

    /** Why {@code texte} (literal text with {@code ${…}} or {@code #{…}} parts) is refused; empty when it is allowed. */
    Optional<String> refus(String texte) {
        if (texte == null) {
            return Optional.empty();
        }
        int debut = prochaineExpression(texte, 0);
        while (debut >= 0) {
            int fin = finExpression(texte, debut + 2);
            if (fin < 0) {
                return Optional.of("l'expression n'est pas fermée par « } »");
            }
            Optional<String> refus = refusCorps(texte.substring(debut + 2, fin));
            if (refus.isPresent()) {
                return refus;
            }
            debut = prochaineExpression(texte, fin + 1);
        }
        return Optional.empty();
    }

    /** Whether {@code texte} holds an expression at all (else the engine reads it as plain text). */
    static boolean contientExpression(String texte) {
        return texte != null && prochaineExpression(texte, 0) >= 0;
    }

    private static int prochaineExpression(String texte, int depuis) {
        int dollar = texte.indexOf("${", depuis);
        int diese = texte.indexOf("#{", depuis);
        return dollar < 0 ? diese : diese < 0 ? dollar : Math.min(dollar, diese);
    }

    /** The closing brace of an expression, skipping those inside string literals; -1 when there is none. */
    private static int finExpression(String texte, int depuis) {
        char guillemet = 0;
        for (int i = depuis; i < texte.length(); i++) {
            char c = texte.charAt(i);
            if (guillemet != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == guillemet) {
                    guillemet = 0;
                }
            } else if (c == '\'' || c == '"') {
                guillemet = c;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    private record Jeton(Genre genre, String texte) {
    }

    private enum Genre { IDENTIFIANT, LITTERAL, OPERATEUR }

    private Optional<String> refusCorps(String corps) {
        List<Jeton> jetons = new ArrayList<>();
        Optional<String> refus = decouper(corps, jetons);
        if (refus.isPresent()) {
            return refus;
        }
        if (jetons.isEmpty()) {
            return Optional.of("l'expression est vide");
        }
        return verifier(jetons);
    }

    private static Optional<String> decouper(String corps, List<Jeton> jetons) {
        int i = 0;
        while (i < corps.length()) {
            char c = corps.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int fin = i + 1;
                while (fin < corps.length() && corps.charAt(fin) != c) {
                    fin += corps.charAt(fin) == '\\' ? 2 : 1;
                }
                if (fin >= corps.length()) {
                    return Optional.of("une chaîne de caractères n'est pas fermée");
                }
                jetons.add(new Jeton(Genre.LITTERAL, corps.substring(i, fin + 1)));
                i = fin + 1;
            } else if (Character.isDigit(c)) {
                int fin = i;
                while (fin < corps.length() && (Character.isDigit(corps.charAt(fin)) || corps.charAt(fin) == '.'
                        && fin + 1 < corps.length() && Character.isDigit(corps.charAt(fin + 1)))) {
                    fin++;
                }
                jetons.add(new Jeton(Genre.LITTERAL, corps.substring(i, fin)));
                i = fin;
            } else if (Character.isJavaIdentifierStart(c)) {
                int fin = i + 1;
                while (fin < corps.length() && Character.isJavaIdentifierPart(corps.charAt(fin))) {
                    fin++;
                }
                String mot = corps.substring(i, fin);
                jetons.add(new Jeton(MOTS_CLES.contains(mot)
                        ? (Set.of("true", "false", "null").contains(mot) ? Genre.LITTERAL : Genre.OPERATEUR)
                        : Genre.IDENTIFIANT, mot));
                i = fin;
            } else {
                String deux = i + 1 < corps.length() ? corps.substring(i, i + 2) : "";
                String un = String.valueOf(c);
                if (OPERATEURS.contains(deux)) {
                    jetons.add(new Jeton(Genre.OPERATEUR, deux));
                    i += 2;
                } else if (OPERATEURS.contains(un) && !(c == '=' || c == '&' || c == '|')) {
                    jetons.add(new Jeton(Genre.OPERATEUR, un));
                    i++;
                } else {
                    return Optional.of("le signe « %s » n'est pas permis".formatted(un));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> verifier(List<Jeton> jetons) {
        int i = 0;
        while (i < jetons.size()) {
            Jeton jeton = jetons.get(i);
            if (jeton.genre() == Genre.OPERATEUR && jeton.texte().equals(".")) {
                return Optional.of("« . » ne peut suivre qu'un bean de l'application ou l'exécution");
            }
            if (jeton.genre() != Genre.IDENTIFIANT) {
                i++;
                continue;
            }
            int suite = i + 1;
            if (estOperateur(jetons, suite, "(") || estOperateur(jetons, suite, ":")
                    && suite + 2 < jetons.size() && jetons.get(suite + 1).genre() == Genre.IDENTIFIANT
                    && estOperateur(jetons, suite + 2, "(")) {
                return Optional.of("la fonction « %s » n'est pas permise".formatted(jeton.texte()));
            }
            Optional<String> refus = verifierChaine(jetons, i);
            if (refus.isPresent()) {
                return refus;
            }
            i = finChaine(jetons, i);
        }
        return Optional.empty();
    }

    /** Checks {@code racine.membre} or {@code racine.methode(arguments)} starting at {@code debut}. */
    private Optional<String> verifierChaine(List<Jeton> jetons, int debut) {
        String racine = jetons.get(debut).texte();
        if (!estOperateur(jetons, debut + 1, ".")) {
            return Optional.empty();
        }
        if (debut + 2 >= jetons.size() || jetons.get(debut + 2).genre() != Genre.IDENTIFIANT) {
            return Optional.of("« . » doit être suivi d'un nom");
        }
        String membre = jetons.get(debut + 2).texte();
        boolean appel = estOperateur(jetons, debut + 3, "(");
        int apres = appel ? fermante(jetons, debut + 3) + 1 : debut + 3;
        if (appel && apres == 0) {
            return Optional.of("une parenthèse n'est pas fermée");
        }
        if (estOperateur(jetons, apres, ".")) {
            return Optional.of("« %s.%s » ne peut pas être suivi d'un autre « . »".formatted(racine, membre));
        }
        List<Jeton> arguments = appel ? jetons.subList(debut + 4, apres - 1) : List.of();
        if (RACINES_EXECUTION.contains(racine)) {
            boolean permis = appel
                    ? METHODES_EXECUTION.contains(membre) && arguments.isEmpty()
                            || LECTURES_VARIABLE.contains(membre) && arguments.size() == 1
                                    && arguments.get(0).genre() == Genre.LITTERAL
                    : MEMBRES_EXECUTION.contains(membre);
            return permis ? Optional.empty() : Optional.of(("de « %s », un modèle ne peut lire que la business key et "
                    + "les variables (%s.processBusinessKey, %s.getVariable('nom'))").formatted(racine, racine,
                    racine));
        }
        if (!beanDesModeles.test(racine)) {
            return Optional.of(("« %s » n'est pas un bean de l'application : seuls ses beans ont des méthodes qu'un "
                    + "modèle peut appeler").formatted(racine));
        }
        if (!appel || METHODES_OBJET.contains(membre)) {
            return Optional.of("d'un bean de l'application, un modèle ne peut qu'appeler une méthode de service "
                    + "(« %s.%s » n'en est pas une)".formatted(racine, membre));
        }
        return verifier(arguments);
    }

    private static int finChaine(List<Jeton> jetons, int debut) {
        if (!estOperateur(jetons, debut + 1, ".")) {
            return debut + 1;
        }
        return estOperateur(jetons, debut + 3, "(") ? fermante(jetons, debut + 3) + 1 : debut + 3;
    }

    /** The index of the parenthesis that closes the one at {@code ouvrante}; -1 when there is none. */
    private static int fermante(List<Jeton> jetons, int ouvrante) {
        int profondeur = 0;
        for (int i = ouvrante; i < jetons.size(); i++) {
            if (estOperateur(jetons, i, "(")) {
                profondeur++;
            } else if (estOperateur(jetons, i, ")") && --profondeur == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean estOperateur(List<Jeton> jetons, int i, String operateur) {
        return i < jetons.size() && jetons.get(i).genre() == Genre.OPERATEUR && jetons.get(i).texte().equals(operateur);
    }
}
