package be.ibefe.avis.security;

import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine's REST API (/engine-rest) runs every call in the caller's name, so the engine's authorizations apply
 * to it and its operation log names him. Spring Security already admits only the group camunda-admin there: the
 * API of the engine cannot be used to get around the application's own checks (forms, roles).
 */
@Configuration
class AuthentificationMoteurRest {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> filtreAuthentificationMoteurRest() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> filtre =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        filtre.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        filtre.addUrlPatterns("/engine-rest/*");
        filtre.setDispatcherTypes(DispatcherType.REQUEST);
        filtre.setOrder(Ordered.LOWEST_PRECEDENCE);
        return filtre;
    }
}
