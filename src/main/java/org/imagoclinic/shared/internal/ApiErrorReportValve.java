package org.imagoclinic.shared.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.imagoclinic.shared.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for what it refuses itself, before the application sees the request (a NUL
 * or an encoded slash in the address, an address or header over the size limit): a problem detail
 * for a request to the API or one whose address could not be read at all, Tomcat's own page
 * (without report or server version) for the web UI's addresses.
 */
class ApiErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorReportValve.class);

    ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = Objects.toString(request.getCoyoteRequest().requestURI().toString(), "");
        // a request line too long or malformed to read has no address: not a page of the web UI either
        if (!uri.isEmpty() && !ApiProblems.addresses(uri)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ApiProblems.json(status, ApiProblems.detailFor(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException failed) {
            log.debug("Could not write the problem detail for a refused request", failed);
        }
    }
}
