package org.imagoclinic.shared.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** An embedded PostgreSQL whose data survives a restart: the zero-setup run of the application. */
final class PersistentPostgres {

    static final String DATABASE = "imago";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private PersistentPostgres(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts (or restarts) the server on the data in {@code dataDir}.
     *
     * @param port 0 for any free port
     * @param serverConfig PostgreSQL settings such as {@code shared_buffers}, beyond the defaults
     */
    static PersistentPostgres start(String dataDir, int port, Map<String, String> serverConfig) {
        Path directory = Path.of(dataDir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // stopped by the application context, after everything that uses it (ADR 0002)
                    .setRegisterShutdownHook(false);
            if (port > 0) {
                builder.setPort(port);
            }
            serverConfig.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres);
            return new PersistentPostgres(postgres, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /** The database, owned by the owner role (ADR 0034); one made before the roles existed is handed over to it. */
    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            EmbeddedDatabaseRoles.create(connection);
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE + " owner " + EmbeddedDatabaseRoles.OWNER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
        try (Connection database = postgres.getDatabase("postgres", DATABASE).getConnection()) {
            EmbeddedDatabaseRoles.handOver(database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the database " + DATABASE + " to its owner role", e);
        }
    }

    String jdbcUrl() {
        return jdbcUrl(postgres.getPort());
    }

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }
}
