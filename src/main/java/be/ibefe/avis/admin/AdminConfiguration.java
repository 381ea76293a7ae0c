package be.ibefe.avis.admin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ProcessConventions.class)
class AdminConfiguration {

    /** The beans a model may call are the application's delegates, listeners and marked beans. */
    @Bean
    ProcessModelValidator processModelValidator(ProcessConventions conventions, BeansDesModeles beans) {
        return new ProcessModelValidator(conventions, beans::contient);
    }
}
