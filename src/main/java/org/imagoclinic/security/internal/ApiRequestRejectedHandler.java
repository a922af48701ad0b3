package org.imagoclinic.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.imagoclinic.shared.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's firewall refuses addresses with {@code ;}, {@code //}, {@code ..} or their
 * encoded forms before any filter chain runs. For the API that is a 400 problem detail written here;
 * the default sends an error whose dispatch the web UI's chain turns into a redirect to the sign-in
 * page, even for a caller with a valid token.
 */
@Component
class ApiRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiRequestRejectedHandler.class);

    private final RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       RequestRejectedException rejected) throws IOException, jakarta.servlet.ServletException {
        if (!ApiProblems.addresses(request.getRequestURI())) {
            pages.handle(request, response, rejected);
            return;
        }
        log.debug("Refused an API request's address: {}", rejected.getMessage());
        ApiProblems.write(response, HttpServletResponse.SC_BAD_REQUEST, "The request's address has a part the API "
                + "does not accept: a ';', '//', '.' or '..' segment, or one of these encoded. Write the address "
                + "plainly, as in the API's description. Nothing was done.");
    }
}
