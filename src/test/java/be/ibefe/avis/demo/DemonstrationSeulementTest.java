package be.ibefe.avis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.ClassUtils;

/**
 * The demonstration's beans (the package {@code demo} and every {@code Demo…} class: accounts, mandates, identities,
 * the replayed year) exist only in the demonstration's profiles: a production start never loads them.
 */
class DemonstrationSeulementTest {

    private static final Set<String> PROFILS_DE_DEMONSTRATION = Set.of("demo", "demo-2024");

    @Test
    void every_demonstration_bean_is_loaded_only_in_a_demonstration_profile() throws ClassNotFoundException {
        // the scan leaves out the beans of profiles not active: the demonstration's are, so that it finds them
        StandardEnvironment demonstration = new StandardEnvironment();
        demonstration.setActiveProfiles(PROFILS_DE_DEMONSTRATION.toArray(String[]::new));
        ClassPathScanningCandidateComponentProvider scan =
                new ClassPathScanningCandidateComponentProvider(true, demonstration);
        List<Class<?>> beans = new ArrayList<>();
        for (BeanDefinition definition : scan.findCandidateComponents("be.ibefe.avis")) {
            Class<?> classe = ClassUtils.forName(definition.getBeanClassName(), getClass().getClassLoader());
            if (classe.getPackageName().equals("be.ibefe.avis.demo") || classe.getSimpleName().startsWith("Demo")) {
                beans.add(classe);
            }
        }

        assertThat(beans).extracting(Class::getSimpleName)
                .contains("AnneeDeDemonstration", "Parcours", "Rejeu", "ChargementDemonstration", "DemoUsers");
        assertThat(beans).allSatisfy(classe -> {
            Profile profil = classe.getAnnotation(Profile.class);
            assertThat(profil).as(classe.getName() + " sans @Profile").isNotNull();
            assertThat(profil.value()).as(classe.getName()).isNotEmpty()
                    .allMatch(PROFILS_DE_DEMONSTRATION::contains);
        });
    }
}
