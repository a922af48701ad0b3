package org.imagoclinic.security.internal;

import org.springframework.context.ApplicationEventPublisher;
import java.util.Map;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The REST API's filter chain: stateless, bearer tokens (ADR 0019) or HTTP Basic, problem details for 401 and 403. The web
 * pages' chain is Vaadin's, in {@code security.ui}. Services are guarded by method security.
 */
@Configuration
@EnableWebSecurity
// jsr250Enabled makes every page a proxy that Vaadin builds afresh on each navigation; pages rely on that (ADR 0026)
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfiguration {

    /** Vaadin Flow needs inline styles and scripts and eval for its bootstrap; nothing may frame it. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /**
     * The headers every response carries, web page or API: no framing, no sniffing, a strict CSP; and over
     * HTTPS (behind a TLS-terminating proxy: its {@code X-Forwarded-Proto}) HSTS for a year (ADR 0030).
     */
    public static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        // written before the request is served: Vaadin's pages commit their answer in ways that left
        // them without these headers when they were written on commit (seen over real HTTP, ADR 0030)
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.frameOptions(frame -> frame.deny())
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                .contentTypeOptions(contentType -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
    }

    /**
     * Publishes sign-in failures as events (SignInAuditor). Failures are mapped by exact class, so
     * our lock-out exception is named explicitly.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(AccountLockedException.class, AuthenticationFailureLockedEvent.class));
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return events;
    }

    /** Publishes refusals by role as events, so that they are audited (AccessDeniedAuditor). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /** Tells Spring when a web session ends, so that time-outs can be audited. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemDetailSecurityHandler problems, ApiTokens tokens,
                                    AuditTrail audit, TwoFactorService twoFactor) throws Exception {
        return http.securityMatcher("/api/**")
                // staff only: a partner signed in to the portal (ADR 0042) is refused here even with a session; a
                // person still to enrol in two-factor sign-in holds no role yet and reaches the enrolment
                .authorizeHttpRequests(requests -> requests.anyRequest().access(AuthorizationManagers.allOf(
                        AuthenticatedAuthorizationManager.authenticated(),
                        AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(Roles.PARTNER)))))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::securityHeaders)
                .addFilterAfter(new SecondFactorFilter(twoFactor, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(problems), SecondFactorFilter.class)
                .addFilterBefore(new DatabaseOutageFilter(problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens, problems, audit), BasicAuthenticationFilter.class)
                .build();
    }
}
