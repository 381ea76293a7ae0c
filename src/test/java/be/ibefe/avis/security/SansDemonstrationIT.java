package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.AvisApplication;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Outside the demo profile no demo account exists; the first administrator comes from the environment. */
class SansDemonstrationIT {

    @Test
    void without_the_demo_profile_only_the_administrator_given_by_the_environment_exists() {
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(AvisApplication.class)
                .profiles("test")
                .run("--server.port=0", "--camunda.bpm.process-engine-name=production",
                        "--spring.datasource.url=jdbc:h2:mem:production-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--AVIS_ADMIN_PASSWORD=un-secret-de-l-environnement",
                        "--spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration")) {
            IdentityService identites = application.getBean(IdentityService.class);

            assertThat(identites.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("admin");
            assertThat(identites.checkPassword("admin", "un-secret-de-l-environnement")).isTrue();
            assertThat(identites.checkPassword("admin", "admin")).isFalse();
            // outside the demo a password equal to the login is as weak as any other
            assertThatThrownBy(() -> application.getBean(Comptes.class)
                    .assurerUtilisateur("paul", "Paul", "Production", "paul"))
                    .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Mot de passe refusé");
        }
    }
}
