package org.imagoclinic.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.imagoclinic.security.internal.SecurityConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The web pages' filter chain: Vaadin's, with form sign-in at {@code /login}. */
@Configuration
class WebSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/icons/**", "/lumo/**",
                        "/styles.css", "/actuator/health/**", "/actuator/info")
                .permitAll());
        http.headers(SecurityConfiguration::securityHeaders);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"))
                .build();
    }
}
