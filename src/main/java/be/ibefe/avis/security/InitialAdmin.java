package be.ibefe.avis.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo, the first administrator comes from the environment ({@code AVIS_ADMIN_PASSWORD}); he then
 * creates the other accounts in Camunda Admin. Nothing happens once the account exists. The password must follow
 * the policy of every account ({@link PolitiqueMotsDePasse}); if it does not, the log says why and no account is made.
 */
@Component
@Profile("!demo")
class InitialAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);

    private final Comptes comptes;
    private final IdentityService identityService;
    private final String login;
    private final String motDePasse;

    InitialAdmin(Comptes comptes, IdentityService identityService,
            @Value("${AVIS_ADMIN_LOGIN:admin}") String login, @Value("${AVIS_ADMIN_PASSWORD:}") String motDePasse) {
        this.comptes = comptes;
        this.identityService = identityService;
        this.login = login;
        this.motDePasse = motDePasse;
    }

    @Override
    public void run(ApplicationArguments args) {
        comptes.assurerGroupes();
        if (identityService.createUserQuery().userId(login).count() > 0) {
            return;
        }
        if (motDePasse.isBlank()) {
            LOG.warn("Aucun compte « {} » : définissez AVIS_ADMIN_PASSWORD pour créer l'administrateur initial.",
                    login);
            return;
        }
        try {
            comptes.assurerUtilisateur(login, "Administrateur", "Instance", motDePasse, Groupes.ADMIN,
                    Groupes.CAMUNDA_ADMIN);
        } catch (BadUserRequestException refus) {
            LOG.warn("Aucun compte « {} » : AVIS_ADMIN_PASSWORD ne convient pas. {}", login, refus.getMessage());
        }
    }
}
