package org.imagoclinic.shared.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * How Spring MVC picks a handler for {@code /api/**} (ADR 0029): content negotiation decides
 * before any handler runs, so a refused request has done nothing.
 *
 * <ul>
 * <li>Every API handler of the application produces JSON (and problem details) unless its mapping
 * declares other types ({@code produces = "text/csv"}); an {@code Accept} header that allows none
 * of them no longer matches the handler, and Spring answers 406 instead of running it.</li>
 * <li>A path under {@code /api} that no handler serves is a 404, and one served for other
 * methods a 405, rather than falling through to the web UI.</li>
 * <li>Such refusals happen before a handler is chosen; they still go to the API's
 * {@code @RestControllerAdvice} ({@link ApiExceptionHandler}), as problem details.</li>
 * </ul>
 */
@Component
class ApiRequestMappings implements WebMvcRegistrations {

    static final String API = "/api";

    /** What an API handler answers in when its mapping says nothing else. */
    static final String[] JSON = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE};

    private final NoApiHandler standIn;

    ApiRequestMappings(NoApiHandler standIn) {
        this.standIn = standIn;
    }

    static boolean isApi(String path) {
        return path.equals(API) || path.startsWith(API + "/");
    }

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new ApiHandlerMapping();
    }

    @Override
    public ExceptionHandlerExceptionResolver getExceptionHandlerExceptionResolver() {
        return new ApiExceptionResolver(standIn.handlerMethod());
    }

    /** Defaults the API's handlers to JSON, and answers 404 for unknown API paths. */
    static final class ApiHandlerMapping extends RequestMappingHandlerMapping {

        @Override
        protected @Nullable RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
            RequestMappingInfo info = super.getMappingForMethod(method, handlerType);
            if (info == null || !handlerType.getPackageName().startsWith("org.imagoclinic")
                    || !info.getProducesCondition().isEmpty() || info.getPatternValues().stream().noneMatch(ApiRequestMappings::isApi)) {
                return info;
            }
            return info.mutate().produces(JSON).build();
        }

        /** Spring's 405, 415 and 406 where a handler serves the path otherwise; a 404 for any other API path. */
        @Override
        protected @Nullable HandlerMethod handleNoMatch(Set<RequestMappingInfo> infos, String lookupPath,
                                                        HttpServletRequest request) throws ServletException {
            HandlerMethod handler = super.handleNoMatch(infos, lookupPath, request);
            if (handler == null && isApi(lookupPath)) {
                throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), request.getRequestURI(),
                        "No such API resource");
            }
            return handler;
        }
    }

    /** Resolves an API request's exception with the API's advice even when no handler was chosen. */
    static final class ApiExceptionResolver extends ExceptionHandlerExceptionResolver {

        private final HandlerMethod standIn;

        ApiExceptionResolver(HandlerMethod standIn) {
            this.standIn = standIn;
        }

        @Override
        protected @Nullable ModelAndView doResolveHandlerMethodException(HttpServletRequest request,
                HttpServletResponse response, @Nullable HandlerMethod handlerMethod, Exception exception) {
            boolean beforeAnyHandler = handlerMethod == null && isApi(request.getRequestURI()
                    .substring(request.getContextPath().length()));
            return super.doResolveHandlerMethodException(request, response, beforeAnyHandler ? standIn : handlerMethod,
                    exception);
        }
    }
}
