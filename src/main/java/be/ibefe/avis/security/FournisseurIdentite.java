package be.ibefe.avis.security;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's identity tables, with the lock of {@link Verrouillages}: every password check goes through here, our
 * pages and API as well as the engine's REST API and the Camunda webapps.
 */
class FournisseurIdentite extends DbIdentityServiceProvider {

    private final Verrouillages verrouillages;

    FournisseurIdentite(Verrouillages verrouillages) {
        this.verrouillages = verrouillages;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null || findUserById(userId) != null) {
            return super.checkPassword(userId, password);
        }
        verrouillages.refuserInconnu(userId, password, Context.getProcessEngineConfiguration().getPasswordManager());
        return false;
    }

    @Override
    protected boolean isUserLocked(UserEntity user) {
        return verrouillages.verrouille(user.getLockExpirationTime());
    }

    @Override
    protected void lockUser(UserEntity user) {
        int echecs = user.getAttempts() + 1;
        getIdentityInfoManager().updateUserLock(user, echecs, verrouillages.finApres(echecs));
    }
}
