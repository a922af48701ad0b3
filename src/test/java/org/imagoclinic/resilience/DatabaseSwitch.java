package org.imagoclinic.resilience;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Takes the application's database away and gives it back, as a restart of the server looks from
 * the application: every open connection is dropped and new ones are refused until it is back.
 * (The test server is shared by the whole test JVM, so the database is closed, not the server.)
 */
final class DatabaseSwitch implements AutoCloseable {

    private final DataSource dataSource;
    private final String database;
    private final String serverUrl;
    private boolean away;

    DatabaseSwitch(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection app = dataSource.getConnection()) {
            database = app.getCatalog();
            String url = app.getMetaData().getURL();
            serverUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        }
    }

    void takeAway() throws SQLException {
        away = true;
        asServer("alter database " + database + " allow_connections false");
        asServer("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
    }

    void bringBack() throws SQLException {
        asServer("alter database " + database + " allow_connections true");
        away = false;
    }

    /**
     * After the test: no connection the outage broke may stay in the shared context's pool for the
     * next test class to draw (the application itself replaces them at its first 503).
     */
    void renewPool() {
        if (dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
    }

    @Override
    public void close() throws SQLException {
        if (away) {
            bringBack();
        }
        renewPool();
    }

    private void asServer(String sql) throws SQLException {
        try (Connection server = DriverManager.getConnection(serverUrl, "postgres", "postgres");
             Statement statement = server.createStatement()) {
            statement.execute(sql);
        }
    }
}
