package org.imagoclinic.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application is killed with SIGKILL in the middle of a burst of changes whose events are still
 * being handled, and started again on the same database (issue 10). The outstanding publications are
 * resubmitted on restart (ADR 0004); afterwards every change the API acknowledged is in reporting's
 * read models, and those read models equal a rebuild from the archived events: every event handled
 * exactly once in effect, nothing lost. The test fails if no publication was outstanding at the kill,
 * since then it would not have exercised the restart.
 */
@Tag("crash")
class CrashRestartTests {

    static final int CLIENTS = 6;
    static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    static final long REBUILD_LOCK = 1_500_015;
    static final String OUTSTANDING = "select count(*) from event_publication where completion_date is null";

    static EmbeddedPostgres postgres;
    static JdbcTemplate jdbc;
    static String jdbcUrl;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Path logs = Path.of("target", "crash-test");
    final Queue<String> couples = new ConcurrentLinkedQueue<>();
    final Queue<String> episodes = new ConcurrentLinkedQueue<>();
    final Queue<String> failures = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void startDatabase() throws IOException {
        // the test's own server: it outlives the application it kills
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database crash");
        jdbc = new JdbcTemplate(postgres.getDatabase("postgres", "crash"));
        jdbcUrl = postgres.getJdbcUrl("postgres", "crash");
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void afterAKillDashNineEveryAcknowledgedChangeIsReportedExactlyOnce() throws Exception {
        AppProcess first = AppProcess.start(jdbcUrl, logs.resolve("first-run.log"));
        int outstandingAtKill;
        try {
            outstandingAtKill = burstThenKill(first);
        } finally {
            first.kill();
        }
        assertThat(outstandingAtKill).as("publications still outstanding when the application was killed, so the "
                + "restart had something to resubmit").isPositive();
        assertThat(couples).as("changes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        long restarted = System.nanoTime();
        AppProcess second = AppProcess.start(jdbcUrl, logs.resolve("second-run.log"));
        try {
            await(() -> count(OUTSTANDING) == 0, "every outstanding publication completed after the restart");
            System.out.printf("crash test: %d couples and %d episodes acknowledged before kill -9, %d publications outstanding at "
                    + "the kill, all completed %.1f s after the restart began%n", couples.size(), episodes.size(), outstandingAtKill,
                    (System.nanoTime() - restarted) / 1e9);
            assertThat(reportingIds("couple_id", "reporting.couple")).as("every couple registered before the kill is reported")
                    .containsAll(couples);
            assertThat(reportingIds("episode_id", "reporting.episode_fact")).as("every episode opened before the kill is reported")
                    .containsAll(episodes);

            Map<String, List<String>> afterRestart = everyReportingRow(jdbc);
            HttpResponse<String> rebuild = send(second, HttpRequest.newBuilder(second.uri("/api/reports/rebuild"))
                    .header("Authorization", basic("admin")).POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(200);
            Map<String, List<String>> rebuilt = everyReportingRow(jdbc);
            for (String table : afterRestart.keySet()) {
                assertThat(afterRestart.get(table)).as("reporting.%s after the crash equals a rebuild from the archive", table)
                        .isEqualTo(rebuilt.get(table));
            }
            assertThat(afterRestart.get("couple")).hasSizeGreaterThanOrEqualTo(couples.size());
        } finally {
            second.stop();
        }
    }

    /** Clients register couples and open their episodes until the application dies; returns the outstanding publications at the kill. */
    private int burstThenKill(AppProcess app) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger names = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (Connection rebuildInProgress = postgres.getDatabase("postgres", "crash").getConnection()) {
            // As if a rebuild ran (ADR 0015): reporting's listeners wait for this lock, so that
            // publications pile up while the API keeps acknowledging changes
            lock(rebuildInProgress, "pg_advisory_lock");
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        change(app, names.incrementAndGet());
                    }
                    return null;
                });
            }
            await(() -> couples.size() >= ACKNOWLEDGED_BEFORE_KILL, "changes acknowledged");
            int piledUp = count(OUTSTANDING);
            // the listeners now work off the pile while the burst goes on: kill the application in the middle of it
            lock(rebuildInProgress, "pg_advisory_unlock");
            await(() -> count(OUTSTANDING) <= piledUp * 3 / 4, "listeners working off " + piledUp + " publications");
            app.kill();
            return count(OUTSTANDING);
        } finally {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** One couple registered and its episode opened; only what came back 201 counts as acknowledged. */
    private void change(AppProcess app, int number) {
        try {
            String last = "Crash" + letters(number);
            HttpResponse<String> registered = send(app, HttpRequest.newBuilder(app.uri("/api/couples"))
                    .header("Authorization", basic("frontdesk")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(registration(last))));
            if (registered.statusCode() != 201) {
                failures.add(registered.statusCode() + " " + registered.body());
                return;
            }
            String coupleId = lastSegment(registered);
            couples.add(coupleId);
            HttpResponse<String> opened = send(app, HttpRequest.newBuilder(app.uri("/api/couples/" + coupleId + "/episodes"))
                    .header("Authorization", basic("frontdesk")).POST(HttpRequest.BodyPublishers.noBody()));
            if (opened.statusCode() == 201) {
                episodes.add(lastSegment(opened));
            } else {
                failures.add(opened.statusCode() + " " + opened.body());
            }
        } catch (IOException | InterruptedException killed) {
            // the application is gone: this change was never acknowledged
        }
    }

    private HttpResponse<String> send(AppProcess app, HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String lastSegment(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static String letters(int number) {
        StringBuilder name = new StringBuilder();
        for (int n = number; n > 0; n /= 26) {
            name.append((char) ('a' + n % 26));
        }
        return name.toString();
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + ClinicIntegrationTest.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    static String registration(String last) {
        return """
                {"partnerA": {"details": {"firstName": "Alex", "lastName": "%1$s", "dateOfBirth": "1985-03-14",
                              "email": "alex.%2$s@example.org"}},
                 "partnerB": {"details": {"firstName": "Sam", "lastName": "%1$s", "dateOfBirth": "1987-09-02",
                              "email": "sam.%2$s@example.org"}},
                 "relationship": {"status": "MARRIED", "togetherSince": "2015-06", "childrenCount": 0, "childrenAges": [],
                                  "referralSource": "GP", "confidentialityPolicy": "NO_SECRETS"},
                 "intake": {"presentingConcerns": "Arguments about chores.", "concernTags": ["communication"],
                            "lifeStage": "COMMUNICATION_BREAKDOWN", "goals": "To listen again."},
                 "consents": [{"kind": "TREATMENT", "partner": "A", "given": true},
                              {"kind": "TREATMENT", "partner": "B", "given": true}]}""".formatted(last, last.toLowerCase());
    }

    /** Reporting's rebuild lock ({@code reporting.internal.RebuildLock}), held by the test's own session. */
    static void lock(Connection connection, String function) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select " + function + "(" + REBUILD_LOCK + ")");
        }
    }

    private static int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static List<String> reportingIds(String column, String table) {
        return jdbc.queryForList("select " + column + "::text from " + table, String.class);
    }

    /** Every row of every table in schema reporting, as text, sorted. */
    static Map<String, List<String>> everyReportingRow(JdbcTemplate jdbc) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'reporting' "
                + "and table_name not like 'flyway%' order by 1", String.class)) {
            rows.put(table, new ArrayList<>(jdbc.queryForList("select t::text from reporting." + table + " t order by 1", String.class)));
        }
        return rows;
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what + "; outstanding publications: " + count(OUTSTANDING)
                        + ", acknowledged: " + couples.size() + ", refused: " + failures.stream().limit(3).toList());
            }
            Thread.sleep(20);
        }
    }
}
