package org.imagoclinic.shared.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Catches {@code /api/**} paths that no controller serves, which would otherwise fall through to
 * the web UI's servlet and answer 200 with a page; Spring MVC prefers every more specific mapping.
 */
@RestController
class UnknownApiPathController {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) throws NoResourceFoundException {
        throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), request.getRequestURI(),
                "No such API resource");
    }
}
