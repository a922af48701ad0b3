package org.imagoclinic.shared.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One throw-away PostgreSQL per JVM for the tests, started on first use; every application
 * context leases a fresh database on it. The server stops when the last lease is released, which
 * happens as Spring closes its cached contexts at the end of the run, so nothing is still using
 * it when it goes (ADR 0002: zonky's own shutdown hook raced Spring's and cost 30 s per fork).
 */
final class EphemeralPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static int leases;

    private EphemeralPostgres() {
    }

    static synchronized Lease lease() {
        if (server == null) {
            server = startServer();
            try (Connection connection = server.getPostgresDatabase().getConnection()) {
                EmbeddedDatabaseRoles.create(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the database roles", e);
            }
        }
        leases++;
        String database = "test_" + DATABASES.incrementAndGet();
        execute("create database " + database + " owner " + EmbeddedDatabaseRoles.OWNER);
        return new Lease("jdbc:postgresql://localhost:" + server.getPort() + "/" + database);
    }

    private static synchronized void release() {
        leases--;
        if (leases == 0 && server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                server = null;
            }
        }
    }

    private static EmbeddedPostgres startServer() {
        try {
            return EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
        }
    }

    private static void execute(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }

    /** A database of one's own on the shared test server, given back when the context closes. */
    static final class Lease {
        private final String jdbcUrl;
        private boolean released;

        private Lease(String jdbcUrl) {
            this.jdbcUrl = jdbcUrl;
        }

        String jdbcUrl() {
            return jdbcUrl;
        }

        void release() {
            synchronized (EphemeralPostgres.class) {
                if (!released) {
                    released = true;
                    EphemeralPostgres.release();
                }
            }
        }
    }
}
