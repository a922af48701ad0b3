package org.imagoclinic.notifications.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The addresses partners and the text-message provider call ({@code /notifications/…}) need no
 * sign-in: an unsubscribe link carries its own signature, a provider's callback is signed with the
 * account's token. Stateless, no CSRF token (a mail client's one-click POST carries none), nothing
 * else under this path.
 */
@Configuration(proxyBeanMethods = false)
class PublicEndpointsSecurity {

    static final String PATH = "/notifications/";

    @Bean
    @Order(0)
    SecurityFilterChain notificationLinks(HttpSecurity http) throws Exception {
        return http.securityMatcher(PATH + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")))
                .build();
    }
}
