package org.imagoclinic.shared.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.time.LocalDateTime;
import java.util.List;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API's contract as {@code /v3/api-docs} publishes it: who may call (a bearer token from
 * {@code POST /api/tokens}, or the password over HTTP Basic; the portal's endpoints with the
 * partner's signed-in session), and the RFC 9457 problem details every operation may answer with,
 * so that a client generated from it knows its errors. The summaries and operation ids sit on the
 * controllers ({@code @Operation}); {@code ApiContractTests} lints the whole with Redocly.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BEARER = "bearerToken";
    static final String BASIC = "password";
    static final String PORTAL = "portalSession";
    private static final String PROBLEM = "ProblemDetail";
    private static final String PORTAL_PATHS = "/api/portal/";
    private static final String TOKENS_PATH = "/api/tokens";

    static {
        // a session's start is the clinic's wall-clock time, not an instant: a client must not add an offset
        SpringDocUtils.getConfig().replaceWithSchema(LocalDateTime.class, new StringSchema()
                .format("date-time-local").example("2026-12-14T11:00:00")
                .description("The clinic's local date and time, in its own time zone, without an offset"));
    }

    @Bean
    OpenAPI clinicApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Imago Clinic API")
                        .version("1")
                        .description("""
                                The practice-management API of an Imago Clinic: couples and their episodes of care, \
                                sessions and the waitlist, Imago records, outcome measures, notes, reports, billing \
                                and messages. Staff trade their password for a token at `POST /api/tokens` (HTTP \
                                Basic, plus `X-Two-Factor-Code` where the account has one) and send it as \
                                `Authorization: Bearer …`. Every clinical read and write checks the caller's role and \
                                the couple's care team, and is audited. Errors are RFC 9457 problem details; a refused \
                                request (any 4xx) has written nothing.""")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server().url("/").description("This clinic's server")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A token from POST /api/tokens, valid for eight hours"))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The staff member's user name and password"))
                        .addSecuritySchemes(PORTAL, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("A partner's session, opened with a one-time link at /portal/signin")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** Every operation: the callers it accepts and the problems it may answer with. */
    @Bean
    GlobalOpenApiCustomizer problemsAndCallers() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemDetail());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (path.startsWith(PORTAL_PATHS)) {
                    operation.setSecurity(List.of(new SecurityRequirement().addList(PORTAL)));
                } else if (path.equals(TOKENS_PATH)) {
                    operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
                }
                addProblems(operation, path.contains("{"), !method.name().equals("GET"));
            }));
        };
    }

    private static void addProblems(Operation operation, boolean namesARecord, boolean writes) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        problem(responses, "400", "The input is invalid; `errors` names each field and what is wrong with it");
        problem(responses, "401", "No valid token or password was given");
        problem(responses, "403", "The caller's role or care team does not allow this");
        if (namesARecord) {
            problem(responses, "404", "No such record");
        }
        if (writes) {
            problem(responses, "409", "The record changed meanwhile, or the slot or name is taken");
            problem(responses, "422", "A rule of the clinic refuses it; the detail says which and why");
        }
        operation.setResponses(responses);
    }

    private static void problem(ApiResponses responses, String status, String description) {
        responses.putIfAbsent(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Schema<?> problemDetail() {
        return new ObjectSchema()
                .description("An RFC 9457 problem detail")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid input"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The start must be a date and time in the clinic's week"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new MapSchema().additionalProperties(new StringSchema())
                        .description("For invalid input: each field and what is wrong with it"));
    }
}
