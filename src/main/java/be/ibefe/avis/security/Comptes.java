package be.ibefe.avis.security;

import be.ibefe.avis.system.ParTransaction;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Creates the application's groups and accounts in the engine's identity tables, once. */
@Component
public class Comptes {

    private static final Map<String, String> GROUPES = Map.of(
            Groupes.COORDINATION, "Coordination",
            Groupes.EQUIPE, "Équipe administrative",
            Groupes.CSEF, "Membres de la CSEF",
            Groupes.BUREAU, "Bureau de l'Instance",
            Groupes.ADMIN, "Administrateurs",
            Groupes.CAMUNDA_ADMIN, "Administrateurs Camunda",
            Groupes.REGIONAL, "Coordination régionale (tous les bassins)");

    private final IdentityService identityService;

    public Comptes(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Whether {@code login} is an account's (a lock on a login without an account is someone guessing). */
    public boolean existe(String login) {
        return identityService.createUserQuery().userId(login).count() > 0;
    }

    public void assurerGroupes() {
        GROUPES.forEach((id, nom) -> {
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                Group groupe = identityService.newGroup(id);
                groupe.setName(nom);
                groupe.setType(Groupes.CAMUNDA_ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
                identityService.saveGroup(groupe);
            }
        });
    }

    public void assurerUtilisateur(String login, String prenom, String nom, String motDePasse, String... groupes) {
        if (identityService.createUserQuery().userId(login).count() == 0) {
            User user = identityService.newUser(login);
            user.setFirstName(prenom);
            user.setLastName(nom);
            user.setEmail(login + "@example.be");
            user.setPassword(motDePasse);
            identityService.saveUser(user);
        }
        for (String groupe : groupes) {
            if (identityService.createUserQuery().userId(login).memberOfGroup(groupe).count() == 0) {
                identityService.createMembership(login, groupe);
                ParTransaction.oublier();
            }
        }
    }
}
