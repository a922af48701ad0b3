package org.imagoclinic.resilience;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The database goes away while the application runs (every connection dropped, new ones refused):
 * API calls answer a 503 problem detail quickly instead of hanging or a 500, nothing is half
 * written, and once the database is back the same calls work again without restarting the app.
 */
@ClinicIntegrationTest
class DatabaseOutageTests {

    static final RequestPostProcessor FRONT_DESK = httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD);

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;

    String database;
    String serverUrl;

    @Test
    void whileTheDatabaseIsDownTheApiAnswers503AndAfterwardsItWorksAgain() throws Exception {
        mvc.perform(get("/api/rooms").with(FRONT_DESK)).andExpect(status().isOk());

        takeTheDatabaseAway();
        long started = System.nanoTime();
        mvc.perform(get("/api/rooms").with(FRONT_DESK))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Database unavailable"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("try again")));
        mvc.perform(post("/api/locations").with(httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Outage annexe\"}"))
                .andExpect(status().isServiceUnavailable());
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                .as("refusals come quickly, not after a client's patience has run out").isLessThan(java.time.Duration.ofSeconds(20));

        bringTheDatabaseBack();
        mvc.perform(get("/api/rooms").with(FRONT_DESK)).andExpect(status().isOk());
        mvc.perform(get("/api/locations").with(FRONT_DESK)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Outage annexe')]").isEmpty());
    }

    @AfterEach
    void databaseIsBackWhateverHappened() throws SQLException {
        if (database != null) {
            bringTheDatabaseBack();
        }
    }

    private void takeTheDatabaseAway() throws SQLException {
        try (Connection app = dataSource.getConnection()) {
            database = app.getCatalog();
            String url = app.getMetaData().getURL();
            serverUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        }
        asServer("alter database " + database + " allow_connections false");
        asServer("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
    }

    private void bringTheDatabaseBack() throws SQLException {
        asServer("alter database " + database + " allow_connections true");
    }

    private void asServer(String sql) throws SQLException {
        try (Connection server = DriverManager.getConnection(serverUrl, "postgres", "postgres");
             Statement statement = server.createStatement()) {
            statement.execute(sql);
        }
    }
}
