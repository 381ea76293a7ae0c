package be.ibefe.avis.security;

import be.ibefe.avis.system.Problemes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;

@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(ParametresSecurite.class)
public class SecurityConfig {

    private static final String REALM = "Moteur d'avis CSEF";

    static final String POLITIQUE_CONTENU = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /**
     * The REST API: HTTP Basic on every call, no session, errors as problem+json; a change sent from another site's
     * page is refused before anything else ({@link OrigineDesModifications}).
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentification, Problemes problemes,
            ParametresSecurite parametres) throws Exception {
        return http.securityMatcher(RequestMatchers.anyOf(chemin("/api/**"), chemin("/engine-rest/**"),
                        chemin("/actuator/**")))
                .addFilterBefore(new OrigineDesModifications(problemes, parametres.originesAdmises()),
                        BasicAuthenticationFilter.class)
                .authenticationManager(authentification)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(chemin("/engine-rest/**")).hasRole("camunda-admin")
                        // health and its probes for the orchestrator (docker compose, Kubernetes); the rest for admin
                        .requestMatchers(chemin("/actuator/health"), chemin("/actuator/health/**")).permitAll()
                        .requestMatchers(chemin("/actuator/**")).hasRole(Groupes.ADMIN)
                        .requestMatchers(chemin("/api/admin/**")).hasRole(Groupes.ADMIN)
                        .requestMatchers(chemin("/api/rapports/**"))
                        .hasAnyRole(Groupes.COORDINATION, Groupes.ADMIN, Groupes.REGIONAL)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
                    problemes.ecrire(response, HttpStatus.UNAUTHORIZED, e instanceof LockedException
                            ? e.getMessage()
                            : "Identifiez-vous (HTTP Basic) avec un identifiant et un mot de passe valides.",
                            request.getRequestURI());
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> problemes.ecrire(response,
                        HttpStatus.FORBIDDEN, Problemes.ACCES_REFUSE,
                        request.getRequestURI())))
                // no session of its own, and never a change to the session of the pages: a page forwards to the API
                // for what it serves (the bassin's logo, a séance's procès-verbal), and this chain would otherwise
                // take the page's signed-in user for one authenticated by this request and give the session a new
                // id; the browser's requests already on their way with the old id then wrote it back
                // (Spring Session JDBC saves the id with the session), and the user was signed out
                // (SessionsEnBaseIT)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                // stateless Basic authentication: no session cookie a forged request could ride on
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The OpenAPI description and its Swagger UI, for every signed-in user: a program reads the description with HTTP
     * Basic, a person opens the UI after the sign-in of the pages (the page asks for it, the description is read with
     * the same session).
     */
    @Bean
    @Order(2)
    SecurityFilterChain contratDeLApi(HttpSecurity http, AuthenticationManager authentification) throws Exception {
        return http.securityMatcher(RequestMatchers.anyOf(chemin("/v3/api-docs"), chemin("/v3/api-docs/**"),
                        chemin("/v3/api-docs.yaml"), chemin("/swagger-ui.html"), chemin("/swagger-ui/**")))
                .authenticationManager(authentification)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login"))
                .httpBasic(basic -> basic.realmName(REALM))
                // a person who is not signed in is sent to the sign-in page; a program gets 401 and Basic
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        RequestMatchers.anyOf(chemin("/swagger-ui.html"), chemin("/swagger-ui/**"))))
                // only reads: nothing a forged request could change
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** The Camunda webapps authenticate against the same identity tables and protect themselves (login, CSRF). */
    @Bean
    @Order(3)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(chemin("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /**
     * Every page of the application, the administrators' included: one form login ({@code /login}) on the same
     * accounts, one logout, a session and CSRF protection on every form. What each group may open is said here by
     * path, and again on the controllers' methods; a refusal is a French page (system/ErreursSansControleur).
     */
    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authentification) throws Exception {
        return http.authenticationManager(authentification)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(chemin("/login"), chemin("/error"), chemin("/css/**"), chemin("/js/**"),
                                chemin("/webjars/**"),
                                chemin("/favicon.ico")).permitAll()
                        // a calendar client cannot sign in: the secret in the feed's address authenticates it
                        // (calendrier/JetonsCalendrier), an unknown or revoked one is a 404
                        .requestMatchers(chemin("/ical/*")).permitAll()
                        .requestMatchers(chemin("/admin/**")).hasRole(Groupes.ADMIN)
                        .requestMatchers(chemin("/rapports/**"))
                        .hasAnyRole(Groupes.COORDINATION, Groupes.ADMIN, Groupes.REGIONAL)
                        .requestMatchers(chemin("/operateurs-ale-reconnus/**"))
                        .hasAnyRole(Groupes.COORDINATION, Groupes.ADMIN)
                        .requestMatchers(chemin("/seances/**"), chemin("/tableau-de-bord"),
                                chemin("/metiers-prioritaires/**"), chemin("/dossiers/nouveau"), chemin("/imports/**"))
                        .hasRole(Groupes.COORDINATION)
                        .requestMatchers(chemin("/taches/**"))
                        .hasAnyRole(Groupes.TACHES)
                        // the regional role reads every bassin's dossiers; what it may not do is said on the methods
                        .requestMatchers(chemin("/dossiers/**"))
                        .hasAnyRole(Groupes.EQUIPE, Groupes.CSEF, Groupes.COORDINATION, Groupes.REGIONAL)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?deconnecte"))
                // scripts only from the application itself (htmx and avis.js are served by it): a text a user typed
                // can never run as a script, even if a template forgot to escape it; styles may be inline (the
                // SVG chart, htmx's indicator)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(POLITIQUE_CONTENU))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * The one check of a sign-in, shared by the API and the pages. Given to each chain, it has no parent: a chain's own
     * manager would otherwise ask the global one again after a wrong password, which would count twice towards the
     * lock of the login ({@link Verrouillages}).
     */
    @Bean
    AuthenticationManager authentification(CamundaIdentityAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    /**
     * A path from the root of the application, whichever servlet serves it: the Camunda webapps and the engine's REST
     * API are servlets of their own, which the default (Spring MVC) matchers do not see.
     */
    private static RequestMatcher chemin(String motif) {
        return PathPatternRequestMatcher.withDefaults().matcher(motif);
    }
}
