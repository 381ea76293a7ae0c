package be.ibefe.avis.bassin;

import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.system.ParTransaction;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the accounts are created: every user who belongs to no bassin becomes member of the default
 * bassin's tenant, the regional role apart. The application already treats such a user as one of the default
 * bassin ({@link Perimetre}); the engine's own tenant check (Tasklist, Cockpit, REST API) needs the membership.
 */
@Component
@Order(100)
class RattachementParDefaut implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RattachementParDefaut.class);

    private final IdentityService identityService;
    private final Perimetre perimetre;

    RattachementParDefaut(IdentityService identityService, Perimetre perimetre) {
        this.identityService = identityService;
        this.perimetre = perimetre;
    }

    @Override
    public void run(ApplicationArguments args) {
        rattacher();
    }

    /** Also when the first bassin of a fresh installation is activated: it becomes the default one. */
    void rattacher() {
        String defaut = perimetre.defaut();
        if (defaut == null) {
            LOG.info("Pas de bassin par défaut (avis.bassin.defaut) : les utilisateurs sans bassin le restent jusqu'à "
                    + "ce qu'un administrateur les rattache au tenant de leur bassin.");
            return;
        }
        List<User> utilisateurs = identityService.createUserQuery().list();
        int rattaches = 0;
        for (User utilisateur : utilisateurs) {
            String login = utilisateur.getId();
            boolean regional = identityService.createUserQuery().userId(login).memberOfGroup(Groupes.REGIONAL)
                    .count() > 0;
            if (!regional && identityService.createTenantQuery().userMember(login).includingGroupsOfUser(true)
                    .count() == 0) {
                identityService.createTenantUserMembership(defaut, login);
                ParTransaction.oublier();
                rattaches++;
            }
        }
        if (rattaches > 0) {
            LOG.info("{} utilisateur(s) sans bassin rattaché(s) au bassin par défaut {}.", rattaches, defaut);
        }
    }
}
