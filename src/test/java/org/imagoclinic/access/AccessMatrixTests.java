package org.imagoclinic.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.security.Principal;
import org.imagoclinic.portal.PortalBoundary;
import org.imagoclinic.portal.internal.TestPartners;
import org.springframework.security.core.Authentication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.Endpoints;
import org.imagoclinic.support.Endpoints.Endpoint;
import org.imagoclinic.support.JsonShapes;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;

/**
 * The role × record access matrix: every REST endpoint Spring MVC serves, called by nobody and by
 * each demo role, for a couple in the clinician's care team and one outside it, must answer as its
 * line in {@link AccessRules} says (401 / 403 / let through); every Vaadin route must admit exactly
 * the roles its line names. An endpoint or route without a line fails, with the line that would
 * describe what the application does today, for a person to check and copy.
 */
@ClinicIntegrationTest
class AccessMatrixTests {

    /** Calling every endpoint may change a clinic-wide setting: the tests after it start from the defaults. */
    @org.junit.jupiter.api.AfterEach
    void theClinicsSettingsAsTheyWere() {
        org.imagoclinic.support.ClinicDefaults.restore(context);
    }

    /** The demo sign-ins, one per role; the supervisor is also a therapist and supervises "therapist". */
    static final Map<String, String> USERS = Map.of(
            Roles.FRONT_DESK, "frontdesk", Roles.THERAPIST, "therapist", Roles.SUPERVISOR, "supervisor",
            Roles.ADMIN, "admin");

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    Couple inCare;
    Couple outOfCare;
    /** One partner of {@link #inCare}, signed in to the portal: refused by every staff endpoint and page. */
    Authentication partner;

    @BeforeEach
    void twoCouplesOneInTheDemoTherapistsCare() {
        TestAccounts.signIn(context, "therapist");
        UUID lee = context.getBean(CurrentUser.class).require().staffId().orElseThrow();
        SecurityContextHolder.clearContext();
        inCare = TestCouples.caredForBy(context, lee);
        UUID stranger = TestAccounts.staff(context, "matrix", Roles.THERAPIST).staffId();
        outOfCare = TestCouples.caredForBy(context, stranger);
        partner = TestPartners.signedIn(context, inCare, inCare.partnerA());
    }

    @Test
    void everyEndpointAnswersEachRoleAndRecordAsItsRuleSays() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Endpoint> endpoints = Endpoints.of(context);
        assertThat(endpoints).extracting(Endpoint::key).contains("POST /api/appointments", "GET /api/couples/{id}");
        for (Endpoint endpoint : endpoints) {
            Map<String, Outcome> observed = observe(endpoint);
            Rule rule = AccessRules.API.get(endpoint.key());
            if (rule == null) {
                problems.add("No rule for " + endpoint.key() + "; today it answers " + observed
                        + "\n    suggested line: " + suggestedLine(endpoint, observed));
                continue;
            }
            observed.forEach((who, outcome) -> {
                Outcome expected = expected(rule, who);
                if (outcome != expected) {
                    problems.add(endpoint.key() + " for " + who + ": expected " + expected + " but " + outcome
                            + " (rule " + rule + ")");
                }
            });
        }
        Set<String> stale = new TreeSet<>(AccessRules.API.keySet());
        endpoints.forEach(endpoint -> stale.remove(endpoint.key()));
        stale.forEach(key -> problems.add("Rule for an endpoint that does not exist: " + key));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void everyRouteAdmitsExactlyTheRolesItsRuleNames() {
        ServletContext servletContext = context.getBean(ServletContext.class);
        List<RouteData> routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getRegisteredRoutes().stream()
                .filter(route -> !route.getNavigationTarget().getPackageName().startsWith("org.imagoclinic.e2e"))
                .toList();
        assertThat(routes).extracting(RouteData::getTemplate).contains("couples", "login");
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        List<String> problems = new ArrayList<>();
        for (RouteData route : routes) {
            Map<String, Outcome> observed = new LinkedHashMap<>();
            observed.put("anonymous", checker.hasAccess(route.getNavigationTarget(), null, role -> false)
                    ? Outcome.LET_THROUGH : Outcome.UNAUTHENTICATED);
            for (String role : Roles.ALL) {
                Set<String> held = heldRoles(role);
                Principal principal = () -> USERS.get(role);
                observed.put(role, checker.hasAccess(route.getNavigationTarget(), principal, held::contains)
                        && PortalBoundary.admits(route.getNavigationTarget(), false) ? Outcome.LET_THROUGH : Outcome.FORBIDDEN);
            }
            Principal partnerPrincipal = partner::getName;
            observed.put(PARTNER, checker.hasAccess(route.getNavigationTarget(), partnerPrincipal,
                    PortalBoundary.PARTNER_ROLE::equals) && PortalBoundary.admits(route.getNavigationTarget(), true)
                    ? Outcome.LET_THROUGH : Outcome.FORBIDDEN);
            Rule rule = AccessRules.ROUTES.get(withoutPatterns(route.getTemplate()));
            if (rule == null) {
                problems.add("No rule for route " + route.getTemplate() + "; today it answers " + observed
                        + "\n    suggested line: " + suggestedLine("\"" + withoutPatterns(route.getTemplate()) + "\"", observed));
                continue;
            }
            observed.forEach((who, outcome) -> {
                // the wall between portal and staff pages: a partner opens portal pages only, even open ones
                Outcome expected = who.equals(PARTNER) && !rule.roles().contains(PortalBoundary.PARTNER_ROLE)
                        ? Outcome.FORBIDDEN : expected(rule, who);
                if (outcome != expected) {
                    problems.add("Route " + route.getTemplate() + " for " + who + ": expected " + expected + " but "
                            + outcome + " (rule " + rule + ")");
                }
            });
        }
        Set<String> stale = new TreeSet<>(AccessRules.ROUTES.keySet());
        routes.forEach(route -> stale.remove(withoutPatterns(route.getTemplate())));
        stale.forEach(template -> problems.add("Rule for a route that does not exist: " + template));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** {@code admin/staff/:staffId(<regex>)} as {@code admin/staff/:staffId}. */
    private static String withoutPatterns(String template) {
        return template.replaceAll("\\([^)]*\\)", "");
    }

    /** The roles a demo sign-in of this role holds: the supervisor is a therapist too. */
    private static Set<String> heldRoles(String role) {
        return role.equals(PARTNER) ? Set.of(PortalBoundary.PARTNER_ROLE) : role.equals(Roles.SUPERVISOR) ? Set.of(Roles.SUPERVISOR, Roles.THERAPIST) : Set.of(role);
    }

    /** A partner signed in to the portal, beside the demo roles. */
    static final String PARTNER = "partner";

    enum Outcome { UNAUTHENTICATED, FORBIDDEN, LET_THROUGH, SERVER_ERROR }

    private static Outcome expected(Rule rule, String who) {
        if (who.equals("anonymous")) {
            return rule.anonymous() ? Outcome.LET_THROUGH : Outcome.UNAUTHENTICATED;
        }
        String role = who.split(" ")[0];
        if (!rule.anonymous() && heldRoles(role).stream().noneMatch(rule.roles()::contains)) {
            return Outcome.FORBIDDEN;
        }
        boolean clinician = role.equals(Roles.THERAPIST) || role.equals(Roles.SUPERVISOR);
        if (rule.membersOnly() && clinician) {
            // only the demo therapist is on a care team (inCare's); the demo supervisor merely supervises him
            return role.equals(Roles.THERAPIST) && who.endsWith("in care team") ? Outcome.LET_THROUGH : Outcome.FORBIDDEN;
        }
        return rule.careTeam() && clinician && who.endsWith("outside care team") ? Outcome.FORBIDDEN : Outcome.LET_THROUGH;
    }

    /** What the endpoint answers each caller: "anonymous", "ROLE", or "ROLE in/outside care team". */
    private Map<String, Outcome> observe(Endpoint endpoint) throws Exception {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        boolean aboutACouple = aboutACouple(endpoint);
        outcomes.put("anonymous", call(endpoint, null, inCare));
        for (String role : Roles.ALL) {
            if (aboutACouple) {
                outcomes.put(role + " in care team", call(endpoint, role, inCare));
                outcomes.put(role + " outside care team", call(endpoint, role, outOfCare));
            } else {
                outcomes.put(role, call(endpoint, role, inCare));
            }
        }
        outcomes.put(PARTNER, call(endpoint, PARTNER, inCare));
        return outcomes;
    }

    private static boolean aboutACouple(Endpoint endpoint) {
        return endpoint.path().startsWith("/api/couples/{id}") || endpoint.path().contains("{coupleId}");
    }

    private Outcome call(Endpoint endpoint, @org.jspecify.annotations.Nullable String role, Couple couple) throws Exception {
        String path = endpoint.expand(variable -> switch (variable) {
            case "coupleId" -> couple.id().toString();
            case "id" -> endpoint.path().startsWith("/api/couples/") ? couple.id().toString() : UUID.randomUUID().toString();
            case "secret" -> "no-such-secret";
            default -> UUID.randomUUID().toString();
        });
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), path);
        requiredParameters(endpoint).forEach(request::param);
        MethodParameter body = endpoint.body();
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JsonShapes.plausible(body.getGenericParameterType()));
        }
        if (PARTNER.equals(role)) {
            request.with(authentication(partner));
        } else if (role != null) {
            UserDetails user = users.loadUserByUsername(USERS.get(role));
            request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        }
        int status;
        try {
            status = mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (Exception unhandled) {
            return Outcome.SERVER_ERROR;
        }
        return switch (status) {
            case 401 -> Outcome.UNAUTHENTICATED;
            case 403 -> Outcome.FORBIDDEN;
            default -> status >= 500 ? Outcome.SERVER_ERROR : Outcome.LET_THROUGH;
        };
    }

    /** Plausible values for the query parameters an endpoint cannot do without, so that only access decides. */
    private static Map<String, String> requiredParameters(Endpoint endpoint) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && param.required() && param.defaultValue().equals(ValueConstants.DEFAULT_NONE)) {
                String name = param.name().isEmpty() ? param.value().isEmpty()
                        ? parameter.getParameterName() : param.value() : param.name();
                Class<?> type = parameter.getParameterType();
                parameters.put(name, type == LocalDate.class ? LocalDate.now(TestClinicClock.clinic()).toString()
                        : type == java.time.YearMonth.class ? java.time.YearMonth.now(TestClinicClock.clinic()).toString()
                        : type == UUID.class ? UUID.randomUUID().toString() : type == int.class ? "0" : "x");
            }
        }
        return parameters;
    }

    private static String suggestedLine(Endpoint endpoint, Map<String, Outcome> observed) {
        return suggestedLine("\"" + endpoint.key() + "\"", observed);
    }

    private static String suggestedLine(String key, Map<String, Outcome> observed) {
        if (observed.get("anonymous") == Outcome.LET_THROUGH) {
            return "Map.entry(" + key + ", anyone()),";
        }
        Set<String> allowed = new TreeSet<>();
        boolean careTeam = false;
        for (String role : Roles.ALL) {
            Outcome own = observed.getOrDefault(role, observed.get(role + " in care team"));
            Outcome other = observed.getOrDefault(role, observed.get(role + " outside care team"));
            if (own == Outcome.LET_THROUGH || own == Outcome.SERVER_ERROR) {
                allowed.add(role);
                careTeam |= other == Outcome.FORBIDDEN;
            }
        }
        String rule = allowed.size() == Roles.ALL.size() ? "anyRole()"
                : "only(" + String.join(", ", allowed) + ")";
        return "Map.entry(" + key + ", " + rule + (careTeam ? ".careTeamOnly()" : "") + "),";
    }
}
