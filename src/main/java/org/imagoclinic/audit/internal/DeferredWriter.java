package org.imagoclinic.audit.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Writes a CSV download to the response, which it makes a CSV response (type, file name) and asks
 * for its writer only when the first character is written.
 */
final class DeferredWriter extends Writer {

    private final HttpServletResponse response;
    private @Nullable Writer target;

    DeferredWriter(HttpServletResponse response) {
        this.response = response;
    }

    private Writer target() throws IOException {
        if (target == null) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            target = response.getWriter();
        }
        return target;
    }

    @Override
    public void write(char[] characters, int offset, int length) throws IOException {
        target().write(characters, offset, length);
    }

    @Override
    public void flush() throws IOException {
        if (target != null) {
            target.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (target != null) {
            target.close();
        }
    }
}
