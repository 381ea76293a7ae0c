package be.ibefe.avis.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The one password policy of every way a password is set (our accounts, Camunda Admin, the engine's REST API): at
 * least {@code avis.securite.longueur-minimale-mot-de-passe} characters, and neither the login nor the first name,
 * the last name or the e-mail address of the account in it. The engine's own rules, so that Camunda Admin shows them.
 *
 * <p>In the demo profile only, a password equal to the login passes: the demo accounts (README, « Se connecter ») have it, and
 * their passwords are public anyway.
 */
class PolitiqueMotsDePasse implements PasswordPolicy {

    private final List<PasswordPolicyRule> regles;
    private final String exigences;

    PolitiqueMotsDePasse(int longueurMinimale, boolean demonstration) {
        List<PasswordPolicyRule> propres = List.of(new PasswordPolicyLengthRuleImpl(longueurMinimale),
                new PasswordPolicyUserDataRuleImpl());
        this.regles = demonstration
                ? propres.stream().<PasswordPolicyRule>map(LoginAdmisEnDemonstration::new).toList() : propres;
        this.exigences = "Mot de passe refusé : il doit compter au moins " + longueurMinimale + " caractères et ne "
                + "contenir ni l'identifiant, ni le prénom, ni le nom, ni l'adresse électronique du compte.";
    }

    @Override
    public List<PasswordPolicyRule> getRules() {
        return regles;
    }

    /** What a password must be, in French, for the refusals. */
    String exigences() {
        return exigences;
    }

    /** A rule of the policy, which a password equal to the login also satisfies. */
    private record LoginAdmisEnDemonstration(PasswordPolicyRule regle) implements PasswordPolicyRule {

        @Override
        public String getPlaceholder() {
            return regle.getPlaceholder();
        }

        @Override
        public Map<String, String> getParameters() {
            return regle.getParameters();
        }

        @Override
        public boolean execute(String motDePasse) {
            return regle.execute(motDePasse);
        }

        @Override
        public boolean execute(String motDePasse, User compte) {
            return compte != null && motDePasse.equals(compte.getId()) || regle.execute(motDePasse, compte);
        }
    }
}
