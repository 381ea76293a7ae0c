package be.ibefe.avis.admin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ProcessConventions.class)
class AdminConfiguration {

    /** The delegates a model may call are the beans of this application. */
    @Bean
    ProcessModelValidator processModelValidator(ProcessConventions conventions, ApplicationContext contexte) {
        return new ProcessModelValidator(conventions, contexte::containsBean);
    }
}
