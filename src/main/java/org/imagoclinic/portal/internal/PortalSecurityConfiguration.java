package org.imagoclinic.portal.internal;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.imagoclinic.portal.PortalBoundary;
import org.imagoclinic.security.SecurityHeaders;
import org.imagoclinic.shared.ApiProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The portal's own filter chain (ADR 0042), before the staff's: {@code /portal/**} pages and
 * {@code /api/portal/**}. Partners sign in only with a one-time link (Spring Security's one-time-token
 * login, links made for a mail only), or with a password they added, and give the code of their app when
 * they added one (ADR 0055); everything else here needs the partner role, which no staff
 * account holds, and the staff chains require a staff role. Its authentication manager knows only
 * portal links, so no staff password is ever checked here.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

    static final String API = "/api/portal/**";

    @Bean
    @Order(0)
    SecurityFilterChain portalSecurity(HttpSecurity http, SignInLinks links, PortalAccountRepository accounts,
                                       PortalSignInSession signIns, PortalSignInOutcomes outcomes,
                                       @Value("${imago.portal.leave-quickly-to:https://www.bbc.co.uk/weather}") String leaveTo)
            throws Exception {
        PortalLinkAuthentication linkAuthentication = new PortalLinkAuthentication(links, accounts, signIns);
        RequestMatcher api = pathPattern(API);
        return http.securityMatcher("/portal/**", API)
                .authenticationManager(new ProviderManager(linkAuthentication))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(pathPattern(PortalSignInOutcomes.SIGN_IN_PAGE), pathPattern(PortalSignInOutcomes.CODE_PAGE),
                                pathPattern(SignInLinks.LOGIN_PATH))
                        .permitAll()
                        .anyRequest().hasRole(PortalBoundary.PARTNER_ROLE))
                .oneTimeTokenLogin(ott -> ott
                        .tokenService(links)
                        .authenticationProvider(linkAuthentication)
                        // links are made only for a mail (SignInLinks.issue): the generation endpoint makes none
                        .tokenGeneratingUrl("/portal/ott/generate")
                        .generateRequestResolver(request -> null)
                        .tokenGenerationSuccessHandler((request, response, token) -> response.sendError(404))
                        .loginProcessingUrl(SignInLinks.LOGIN_PATH)
                        .showDefaultSubmitPage(true)
                        .defaultSubmitPageUrl(SignInLinks.LOGIN_PATH)
                        .loginPage(PortalSignInOutcomes.SIGN_IN_PAGE)
                        .successHandler(outcomes)
                        .failureHandler(outcomes))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, refused) -> ApiProblems.write(response, 401,
                                "Sign in to your portal first, with the link the clinic emailed you."), api)
                        .defaultAccessDeniedHandlerFor((request, response, refused) -> ApiProblems.write(response, 403,
                                "Only a partner signed in to the portal may use this."), api)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(PortalSignInOutcomes.SIGN_IN_PAGE), request -> true))
                // "Leave quickly" (ADR 0055): a GET, so that the browser goes there with location.replace and keeps no
                // portal page in its history; the session ends, the cache is cleared, the browser lands elsewhere
                .logout(logout -> logout
                        .logoutRequestMatcher(pathPattern(HttpMethod.GET, PortalSignInOutcomes.LEAVE))
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(Directive.CACHE)))
                        .logoutSuccessUrl(leaveTo)
                        .permitAll())
                .headers(SecurityHeaders::apply)
                .build();
    }
}
