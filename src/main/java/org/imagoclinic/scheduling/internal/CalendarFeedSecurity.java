package org.imagoclinic.scheduling.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The secret feed addresses ({@code /feeds/calendar/…}) need no sign-in: the secret in the address is
 * the credential, as calendar apps expect. Read-only, stateless, nothing else under this path.
 */
@Configuration(proxyBeanMethods = false)
class CalendarFeedSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain calendarFeeds(HttpSecurity http) throws Exception {
        return http.securityMatcher(CalendarFeedController.PATH + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }
}
