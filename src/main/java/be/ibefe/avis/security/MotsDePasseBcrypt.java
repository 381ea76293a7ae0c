package be.ibefe.avis.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The accounts live in the engine's identity tables; their passwords are hashed with BCrypt (cost
 * {@code avis.securite.bcrypt-cout}) rather than the engine's salted SHA-512. Passwords saved before still check:
 * the engine keeps its own SHA checkers beside this one.
 */
@Component
class MotsDePasseBcrypt extends AbstractProcessEnginePlugin implements PasswordEncryptor {

    private final BCryptPasswordEncoder bcrypt;

    MotsDePasseBcrypt(ParametresSecurite parametres) {
        this.bcrypt = new BCryptPasswordEncoder(parametres.bcryptCout());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(this);
    }

    @Override
    public String encrypt(String motDePasse) {
        return bcrypt.encode(motDePasse);
    }

    @Override
    public boolean check(String motDePasse, String empreinte) {
        return bcrypt.matches(motDePasse, empreinte);
    }

    @Override
    public String hashAlgorithmName() {
        return "BCRYPT";
    }
}
