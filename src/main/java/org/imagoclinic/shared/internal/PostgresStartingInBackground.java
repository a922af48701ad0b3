package org.imagoclinic.shared.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The persistent embedded PostgreSQL, started on a thread of its own while the application context
 * reads its configuration and builds the web server: the server's own start (unpacking checks,
 * the postmaster, the database check) no longer comes before everything else. Its port is chosen
 * first, so the datasource's address is known at once; every {@link DataSource} bean waits for the
 * server before it is initialised, and a server that could not start fails the application there.
 */
final class PostgresStartingInBackground {

    private static final Logger log = LoggerFactory.getLogger(PostgresStartingInBackground.class);

    private final int port;
    private final CompletableFuture<PersistentPostgres> server;

    private PostgresStartingInBackground(int port, CompletableFuture<PersistentPostgres> server) {
        this.port = port;
        this.server = server;
    }

    static PostgresStartingInBackground start(String dataDir, int port, Map<String, String> serverConfig) {
        long started = System.nanoTime();
        CompletableFuture<PersistentPostgres> server = new CompletableFuture<>();
        Thread.ofPlatform().name("embedded-postgres-start").daemon().start(() -> {
            try {
                PersistentPostgres postgres = PersistentPostgres.start(dataDir, port, serverConfig);
                // the cold-start benchmark reads the time to tell PostgreSQL's share from the application's
                log.info("Embedded PostgreSQL started in {} ms; running at {} with its data in {}",
                        (System.nanoTime() - started) / 1_000_000, postgres.jdbcUrl(), postgres.dataDirectory());
                server.complete(postgres);
            } catch (Throwable e) {
                server.completeExceptionally(e);
            }
        });
        return new PostgresStartingInBackground(port, server);
    }

    /** A port free at this moment, as the embedded server would pick one itself. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
        }
    }

    String jdbcUrl() {
        return PersistentPostgres.jdbcUrl(port);
    }

    /** Makes every datasource wait until the server answers (or fail with the reason it did not start). */
    BeanPostProcessor dataSourcesWaitForIt() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource) {
                    awaitStarted();
                }
                return bean;
            }
        };
    }

    private void awaitStarted() {
        try {
            server.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("The embedded PostgreSQL did not start", e.getCause());
        }
    }

    /** Stops the server once its start has finished; one that could not start has nothing to stop. */
    void stop() {
        PersistentPostgres postgres;
        try {
            postgres = server.join();
        } catch (CompletionException e) {
            return;
        }
        postgres.stop();
    }
}
