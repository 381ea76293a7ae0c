package be.ibefe.avis.security;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's identity tables, with the lock of {@link Verrouillages} in place of the engine's own (which counts per
 * login and, after {@code loginMaxAttempts}, locks an account for good): every password check goes through here, our
 * pages and API as well as the engine's REST API and the Camunda webapps. The engine's unlock
 * ({@code POST /engine-rest/user/{id}/unlock}, Camunda Admin) lifts our lock too.
 */
class FournisseurIdentite extends DbIdentityServiceProvider {

    private final Verrouillages verrouillages;

    /** Whether this check found a count of failures to forget if the password is right (one session a command). */
    private boolean echecsAOublier;

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
        Verrouillages.Compte compte = verrouillages.lireAvantVerification(user.getId());
        echecsAOublier = compte.echecs();
        return compte.verrouille();
    }

    @Override
    protected void lockUser(UserEntity user) {
        verrouillages.compterEchec(user.getId());
    }

    /**
     * The right password: the count of its client, if there was one, starts afresh (and any count the engine kept is
     * cleared); without one, nothing is written.
     */
    @Override
    protected IdentityOperationResult unlockUser(UserEntity user) {
        if (echecsAOublier) {
            verrouillages.reussite(user.getId());
        }
        return super.unlockUser(user);
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
        IdentityOperationResult resultat = super.unlockUser(userId);
        verrouillages.deverrouiller(userId);
        return resultat;
    }
}
