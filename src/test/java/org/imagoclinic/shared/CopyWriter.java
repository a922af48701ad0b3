package org.imagoclinic.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Writes rows into one table through PostgreSQL's {@code COPY … FROM STDIN} (text format), in
 * chunks, each chunk its own statement on a connection of its own, committed by itself unless the
 * data source hands out one connection inside a transaction (a {@code SingleConnectionDataSource}
 * with auto-commit off): the fast path the scale generator's modules use to fill their own tables
 * (ADR 0017). Not for the application's ordinary writes: no events, no audit.
 */
public final class CopyWriter implements AutoCloseable {

    private static final int CHUNK_ROWS = 20_000;

    private final DataSource dataSource;
    private final String copy;
    private final StringBuilder chunk = new StringBuilder(1 << 20);
    private @Nullable CopyWriter before;
    private int rowsInChunk;
    private long rows;

    /** {@code table} like {@code scheduling.appointment}, {@code columns} in the order {@link #row} gets them. */
    public CopyWriter(DataSource dataSource, String table, String... columns) {
        this.dataSource = dataSource;
        this.copy = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    }

    /** Rows here refer to rows there (a foreign key): flush that one first, every time. */
    public CopyWriter after(CopyWriter referenced) {
        this.before = referenced;
        return this;
    }

    /** One row; null is SQL NULL, anything else is written as its {@code toString()}. */
    public void row(@Nullable Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                chunk.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                chunk.append("\\N");
            } else {
                escape(value.toString());
            }
        }
        chunk.append('\n');
        if (++rowsInChunk == CHUNK_ROWS) {
            flush();
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            switch (character) {
                case '\\' -> chunk.append("\\\\");
                case '\t' -> chunk.append("\\t");
                case '\n' -> chunk.append("\\n");
                case '\r' -> chunk.append("\\r");
                default -> chunk.append(character);
            }
        }
    }

    /** Rows written so far. */
    public long rows() {
        return rows;
    }

    private void flush() {
        if (before != null) {
            before.flush();
        }
        if (rowsInChunk == 0) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(chunk.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + copy, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows += rowsInChunk;
        rowsInChunk = 0;
        chunk.setLength(0);
    }

    @Override
    public void close() {
        flush();
    }
}
