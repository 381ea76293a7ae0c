package be.ibefe.avis.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's identity service, which checks each password in its turn among the checks of the same login and client
 * address ({@link Verrouillages#reserver}), and refuses a new password outside the policy as a bad request, in French: the
 * engine would refuse it too, but as an internal error (500 on its REST API) saying only "Password does not match
 * policy".
 */
class ServiceIdentite extends IdentityServiceImpl {

    private final PolitiqueMotsDePasse politique;
    private final Verrouillages verrouillages;

    ServiceIdentite(PolitiqueMotsDePasse politique, Verrouillages verrouillages) {
        this.politique = politique;
        this.verrouillages = verrouillages;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return userId == null ? super.checkPassword(null, password)
                : verrouillages.reserver(userId, () -> super.checkPassword(userId, password));
    }

    @Override
    public void saveUser(User user, boolean skipPasswordPolicy) {
        if (!skipPasswordPolicy && user instanceof UserEntity compte && compte.hasNewPassword()
                && !commandExecutor.execute(contexte -> compte.checkPasswordAgainstPolicy())) {
            throw new BadUserRequestException(politique.exigences());
        }
        super.saveUser(user, skipPasswordPolicy);
    }
}
