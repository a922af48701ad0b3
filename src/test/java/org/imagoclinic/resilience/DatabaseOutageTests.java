package org.imagoclinic.resilience;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.imagoclinic.support.ClinicIntegrationTest;
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

    @Test
    void whileTheDatabaseIsDownTheApiAnswers503AndAfterwardsItWorksAgain() throws Exception {
        mvc.perform(get("/api/rooms").with(FRONT_DESK)).andExpect(status().isOk());

        try (DatabaseSwitch database = new DatabaseSwitch(dataSource)) {
            database.takeAway();
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
                    .as("refusals come within the pool's wait, not after a client's patience has run out")
                    .isLessThan(java.time.Duration.ofSeconds(25));

            database.bringBack();
        }
        assertThat(firstAnswerOnceBack()).as("answers again without a restart").isEqualTo(200);
        mvc.perform(get("/api/rooms").with(FRONT_DESK)).andExpect(status().isOk());
        mvc.perform(get("/api/locations").with(FRONT_DESK)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Outage annexe')]").isEmpty());
    }

    /**
     * A request may still get a connection the server dropped (used too recently for the pool to
     * check it again): it gets a clean 503, the pool replaces its connections, and the next works.
     */
    private int firstAnswerOnceBack() throws Exception {
        int status = 0;
        for (int attempt = 0; attempt < 5 && status != 200; attempt++) {
            status = mvc.perform(get("/api/rooms").with(FRONT_DESK)).andReturn().getResponse().getStatus();
            assertThat(status).isIn(200, 503);
        }
        return status;
    }
}
