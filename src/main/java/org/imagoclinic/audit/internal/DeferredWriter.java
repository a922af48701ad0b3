package org.imagoclinic.audit.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/** Writes to the response's writer, which it asks for only when the first character is written. */
final class DeferredWriter extends Writer {

    private final HttpServletResponse response;
    private @Nullable Writer target;

    DeferredWriter(HttpServletResponse response) {
        this.response = response;
    }

    private Writer target() throws IOException {
        if (target == null) {
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
