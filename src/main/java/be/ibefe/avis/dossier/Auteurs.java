package be.ibefe.avis.dossier;

import be.ibefe.avis.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who did something, as a person reads it: a login, or « système » for what the engine did on its own (timers,
 * automatic withdrawals). The stored code stays {@value CurrentUser#SYSTEME}.
 */
@Component("auteurs")
public class Auteurs {

    public static final String SYSTEME = "système";

    public static String libelle(String utilisateur) {
        return CurrentUser.SYSTEME.equals(utilisateur) ? SYSTEME : utilisateur;
    }
}
