package be.ibefe.avis.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The accounts as the engine keeps them, for every way in: the lock of {@link Verrouillages} in its identity
 * provider, the {@link PolitiqueMotsDePasse} on every password set, refused in French by {@link ServiceIdentite}.
 */
@Component
class ComptesDuMoteur extends AbstractProcessEnginePlugin {

    private final Verrouillages verrouillages;
    private final PolitiqueMotsDePasse politique;

    ComptesDuMoteur(Verrouillages verrouillages, ParametresSecurite parametres, Environment environnement) {
        this.verrouillages = verrouillages;
        this.politique = new PolitiqueMotsDePasse(parametres.longueurMinimaleMotDePasse(),
                environnement.acceptsProfiles(Profiles.of("demo")));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return FournisseurIdentite.class;
            }

            @Override
            public Session openSession() {
                return new FournisseurIdentite(verrouillages);
            }
        });
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(politique);
        configuration.setIdentityService(new ServiceIdentite(politique, verrouillages));
    }
}
