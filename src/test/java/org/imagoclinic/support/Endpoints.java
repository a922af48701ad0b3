package org.imagoclinic.support;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application's controllers serve, read from Spring MVC's own
 * {@link RequestMappingHandlerMapping}, so that an endpoint added later is covered by the tests
 * that walk this list (the access matrix, the hostile-input tests) without anyone listing it.
 */
public final class Endpoints {

    /** The catch-all that turns unknown {@code /api/**} paths into 404s: not an endpoint of its own. */
    private static final String CATCH_ALL = "/api/**";

    private Endpoints() {
    }

    /** One method and path pattern, e.g. {@code POST /api/appointments}, with its handler. */
    public record Endpoint(String method, String path, HandlerMethod handler) {

        /** {@code "POST /api/appointments"}: the key the rule tables use. */
        public String key() {
            return method + " " + path;
        }

        /** The type of the JSON body the handler reads, or null if it reads none. */
        public @org.jspecify.annotations.Nullable MethodParameter body() {
            return Stream.of(handler.getMethodParameters())
                    .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                    .findFirst().orElse(null);
        }

        /** The path with every {@code {variable}} replaced by what {@code value} gives for its name. */
        public String expand(java.util.function.Function<String, String> value) {
            StringBuilder expanded = new StringBuilder();
            java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
            while (variable.find()) {
                variable.appendReplacement(expanded, java.util.regex.Matcher.quoteReplacement(value.apply(variable.group(1))));
            }
            variable.appendTail(expanded);
            return expanded.toString();
        }
    }

    /** The application's own endpoints (not the actuator's or Swagger's), sorted by path and method. */
    public static List<Endpoint> of(ApplicationContext context) {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        return mapping.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getPackageName().startsWith("org.imagoclinic"))
                .flatMap(entry -> endpoints(entry.getKey(), entry.getValue()))
                .filter(endpoint -> !endpoint.path().equals(CATCH_ALL))
                .sorted(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method))
                .toList();
    }

    private static Stream<Endpoint> endpoints(RequestMappingInfo info, HandlerMethod handler) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return info.getPatternValues().stream().flatMap(path -> methods.stream()
                .map(method -> new Endpoint(method.name(), path, handler)));
    }
}
