package org.imagoclinic.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.imagoclinic.e2e.Browser;
import org.imagoclinic.e2e.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application on one PostgreSQL behind HAProxy (issue 27, ADR 0057), with the
 * balancer's configuration the docker compose "cluster" profile uses: the screens sticky, {@code /api}
 * round robin, health checks on Actuator's readiness. Only with {@code ./mvnw -Pcluster verify}
 * (docs/operations.md, "Several instances"): it needs Debian's {@code haproxy} and a few minutes.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

    static final int BOOKINGS = 200;
    static final int CLIENTS = 6;
    static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    static final String OUTSTANDING = "select count(*) from event_publication where completion_date is null";
    static final Path LOGS = Path.of("target", "cluster-test");
    static final Path HAPROXY_CONFIG = Path.of("src", "main", "docker", "haproxy", "haproxy.cfg");

    static EmbeddedPostgres postgres;
    static JdbcTemplate jdbc;
    static String jdbcUrl;
    static final AppProcess[] instances = new AppProcess[2];
    static Process haproxy;
    static int front;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final Queue<String> couples = new ConcurrentLinkedQueue<>();
    final Queue<String> episodes = new ConcurrentLinkedQueue<>();
    final Queue<String> refused = new ConcurrentLinkedQueue<>();
    final Map<String, String> surnames = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void startTheCluster() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "150").start();
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database cluster");
        jdbc = new JdbcTemplate(postgres.getDatabase("postgres", "cluster"));
        jdbcUrl = postgres.getJdbcUrl("postgres", "cluster");
        // the first instance makes a small demo clinic (therapists, rooms, hours, couples in care) before it is
        // ready; the second joins the same database
        instances[0] = AppProcess.start(jdbcUrl, LOGS.resolve("app1.log"), AppProcess.freePort(), List.of(
                "-Dimago.demo.clinic.enabled=true", "-Dimago.demo.clinic.in-background=false",
                "-Dimago.demo.clinic.couples=12", "-Dimago.demo.clinic.months=2"));
        instances[1] = AppProcess.start(jdbcUrl, LOGS.resolve("app2.log"), AppProcess.freePort(), List.of());
        front = AppProcess.freePort();
        haproxy = startHaproxy();
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (haproxy != null) {
            haproxy.destroy();
        }
        for (AppProcess instance : instances) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void twoHundredSimultaneousBookingsOfOneSlotOverBothInstancesGiveOneCreated() throws Exception {
        String token = token("frontdesk");
        Map<String, Object> session = aFreeIntakeSlot(token);
        Object slot = session.get("start");

        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < BOOKINGS; i++) {
                HttpRequest booking = HttpRequest.newBuilder(front("/api/appointments")).timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"kind": "INTAKE", "coupleId": "%s", "therapistId": "%s", "roomId": "%s", "start": "%s",
                                 "hoursOverrideReason": "Cluster test"}"""
                                .formatted(session.get("couple"), session.get("therapist"), session.get("room"), slot)))
                        .build();
                answers.add(callers.submit(() -> {
                    go.await();
                    return http.send(booking, HttpResponse.BodyHandlers.ofString());
                }));
            }
            long started = System.nanoTime();
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get());
            }
            Map<Integer, Long> byStatus = responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode,
                    TreeMap::new, Collectors.counting()));
            Map<String, Long> byInstance = responses.stream().collect(Collectors.groupingBy(
                    response -> response.headers().firstValue("X-Imago-Instance").orElse("?"), TreeMap::new, Collectors.counting()));
            System.out.printf("cluster test: %d bookings of one slot in %.1f s: %s by status, %s by instance%n", BOOKINGS,
                    (System.nanoTime() - started) / 1e9, byStatus, byInstance);
            assertThat(byStatus).as("answers by status; e.g. " + responses.stream().filter(response -> response.statusCode() != 409
                            && response.statusCode() != 201).limit(3).map(response -> response.statusCode() + " " + response.body())
                    .toList()).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, 199L));
            assertThat(byInstance).as("both instances answered").containsOnlyKeys("app1", "app2");
            assertThat(responses).filteredOn(response -> response.statusCode() == 409).allSatisfy(conflict ->
                    assertThat(conflict.headers().firstValue("Content-Type")).hasValue("application/problem+json"));
        }
    }

    @Test
    @Order(2)
    void anInstanceKilledMidBurstLosesNoEventHandlesNoneTwiceAndItsUsersSignInAgainOnTheOther() throws Exception {
        String token = token("frontdesk");
        try (Browser browser = new Browser()) {
            Page page = browser.newPage("http://127.0.0.1:" + front);
            SignIn.as(page, "frontdesk");
            String stuckTo = instanceCookie(page);
            int victim = stuckTo.equals("app1") ? 0 : 1;

            int outstandingAtKill = burstThenKill(token, victim);
            long killed = System.nanoTime();
            assertThat(outstandingAtKill).as("publications outstanding when the instance was killed").isPositive();

            String couple = couples.peek();
            page.navigate("/couples/" + couple);
            page.waitForURL(url -> url.contains("/login"));
            SignIn.as(page, "frontdesk");
            assertThat(instanceCookie(page)).as("signed in again on the other instance").isNotEqualTo(stuckTo);
            page.navigate("/couples/" + couple);
            Browser.waitForVaadin(page);
            page.getByText(surnames.get(couple)).first().waitFor();
            assertThat(page.getByText(surnames.get(couple)).first().isVisible()).as("the couple saved before the kill, shown on the "
                    + "other instance").isTrue();

            await(() -> count(OUTSTANDING) == 0, Duration.ofMinutes(4), "the survivor took over every outstanding publication");
            double takenOver = (System.nanoTime() - killed) / 1e9;
            instances[victim] = AppProcess.start(jdbcUrl, LOGS.resolve("app" + (victim + 1) + "-restarted.log"),
                    instances[victim].port(), List.of());
            awaitBothInRotation();

            Map<Integer, Integer> attempts = new TreeMap<>();
            jdbc.query("select coalesce(completion_attempts, 0), count(*) from event_publication_archive group by 1",
                    row -> { attempts.put(row.getInt(1), row.getInt(2)); });
            System.out.printf("cluster test: %d couples and %d episodes acknowledged, %d refused (the kill), %d publications "
                            + "outstanding at the kill of %s, all completed %.1f s after it; archived publications by delivery attempts: %s%n",
                    couples.size(), episodes.size(), refused.size(), outstandingAtKill, stuckTo, takenOver, attempts);
            // the first delivery counts one attempt, each resubmission one more
            assertThat(attempts.keySet()).as("no publication resubmitted twice (a claim won by two instances)")
                    .allMatch(deliveries -> deliveries <= 2);
            assertThat(reportingIds("couple_id", "reporting.couple")).as("every acknowledged couple is reported").containsAll(couples);
            assertThat(reportingIds("episode_id", "reporting.episode_fact")).as("every acknowledged episode is reported")
                    .containsAll(episodes);
            Map<String, List<String>> afterKill = CrashRestartTests.everyReportingRow(jdbc);
            HttpResponse<String> rebuild = http.send(HttpRequest.newBuilder(front("/api/reports/rebuild"))
                    .header("Authorization", CrashRestartTests.basic("admin")).timeout(Duration.ofMinutes(3))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(200);
            Map<String, List<String>> rebuilt = CrashRestartTests.everyReportingRow(jdbc);
            for (String table : afterKill.keySet()) {
                assertThat(afterKill.get(table)).as("reporting.%s equals a rebuild from the archive", table).isEqualTo(rebuilt.get(table));
            }
        }
    }

    @Test
    @Order(3)
    void workOnATimetableIsHeldByOneInstanceAtATime() {
        for (String schema : List.of("notifications", "scheduling", "records", "security", "portal")) {
            List<Map<String, Object>> tasks = jdbc.queryForList("select task_name, task_instance, picked, picked_by, last_success from "
                    + schema + ".scheduled_tasks");
            System.out.printf("cluster test: %s.scheduled_tasks %s%n", schema, tasks);
            assertThat(tasks).as("%s: one row per task, whichever instance runs it", schema)
                    .extracting(task -> task.get("task_name") + "/" + task.get("task_instance")).doesNotHaveDuplicates().isNotEmpty();
            assertThat(tasks).as("%s: a task is picked by at most one instance", schema)
                    .allSatisfy(task -> assertThat(Boolean.TRUE.equals(task.get("picked")) == (task.get("picked_by") != null)).isTrue());
        }
        assertThat(jdbc.queryForObject("select count(*) from notifications.scheduled_tasks where last_success is not null",
                Integer.class)).as("the dispatch ran").isPositive();
    }

    /** Clients change things through the balancer until the instance dies and a little after; returns the outstanding publications at the kill. */
    private int burstThenKill(String token, int victim) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger names = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (Connection rebuildInProgress = postgres.getDatabase("postgres", "cluster").getConnection()) {
            // reporting's listeners wait for the rebuild lock, so that publications pile up on both instances
            CrashRestartTests.lock(rebuildInProgress, "pg_advisory_lock");
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        change(token, names.incrementAndGet());
                    }
                    return null;
                });
            }
            await(() -> couples.size() >= ACKNOWLEDGED_BEFORE_KILL, Duration.ofMinutes(2), "changes acknowledged");
            int piledUp = count(OUTSTANDING);
            CrashRestartTests.lock(rebuildInProgress, "pg_advisory_unlock");
            await(() -> count(OUTSTANDING) <= piledUp * 3 / 4, Duration.ofMinutes(2), "listeners working off " + piledUp);
            instances[victim].kill();
            int outstanding = count(OUTSTANDING);
            int acknowledgedAtKill = couples.size();
            // the burst goes on: the balancer sends it to the survivor once it sees the victim down
            await(() -> couples.size() >= acknowledgedAtKill + 20, Duration.ofMinutes(2), "changes acknowledged by the survivor");
            return outstanding;
        } finally {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** One couple registered and its episode opened; only what came back 201 counts as acknowledged. */
    private void change(String token, int number) {
        try {
            String last = "Cluster" + CrashRestartTests.letters(number);
            HttpResponse<String> registered = http.send(HttpRequest.newBuilder(front("/api/couples")).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(CrashRestartTests.registration(last))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (registered.statusCode() != 201) {
                refused.add(registered.statusCode() + " " + registered.body());
                return;
            }
            String coupleId = CrashRestartTests.lastSegment(registered);
            surnames.put(coupleId, last);
            couples.add(coupleId);
            HttpResponse<String> opened = http.send(HttpRequest.newBuilder(front("/api/couples/" + coupleId + "/episodes"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (opened.statusCode() == 201) {
                episodes.add(CrashRestartTests.lastSegment(opened));
            } else {
                refused.add(opened.statusCode() + " " + opened.body());
            }
        } catch (IOException | InterruptedException e) {
            refused.add(e.toString());
        }
    }

    /**
     * A slot nobody holds, set up through the API: a couple registered now (its intake needs no screening), one of the
     * demo clinic's therapists and rooms, and a morning some weeks on when neither has anything booked (the front desk
     * gives a reason, so the therapist's hours that day don't matter).
     */
    private Map<String, Object> aFreeIntakeSlot(String token) throws IOException, InterruptedException {
        HttpResponse<String> registered = http.send(HttpRequest.newBuilder(front("/api/couples")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CrashRestartTests.registration("Stampede"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String therapist = jdbc.queryForObject("select therapist_id::text from scheduling.working_hours limit 1", String.class);
        String room = jdbc.queryForObject("select id::text from scheduling.room where active limit 1", String.class);
        LocalDateTime monday = LocalDateTime.now().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
                .withHour(9).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        for (int weeks = 10; weeks < 60; weeks++) {
            LocalDateTime candidate = monday.plusWeeks(weeks);
            Timestamp from = Timestamp.from(candidate.atZone(ZoneId.systemDefault()).toInstant());
            Integer clashes = jdbc.queryForObject("select count(*) from scheduling.appointment where (therapist_id = ?::uuid "
                    + "or room_id = ?::uuid) and status <> 'CANCELLED' "
                    + "and during && tstzrange(?::timestamptz, ?::timestamptz + interval '3 hours')",
                    Integer.class, therapist, room, from, from);
            if (clashes == 0) {
                return Map.of("couple", CrashRestartTests.lastSegment(registered), "therapist", therapist, "room", room,
                        "start", candidate);
            }
        }
        throw new IllegalStateException("no free week for therapist " + therapist + " and room " + room);
    }

    private String token(String user) throws IOException, InterruptedException {
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(front("/api/tokens"))
                .header("Authorization", CrashRestartTests.basic(user)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        Matcher found = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
        assertThat(found.find()).as(issued.body()).isTrue();
        return found.group(1);
    }

    private static String instanceCookie(Page page) {
        return page.context().cookies().stream().filter(cookie -> cookie.name.equals("IMAGO_INSTANCE")).map(cookie -> cookie.value)
                .findFirst().orElseThrow(() -> new AssertionError("no IMAGO_INSTANCE cookie: " + page.context().cookies().stream()
                        .map(cookie -> cookie.name).toList()));
    }

    private static Process startHaproxy() throws Exception {
        Path binary = Path.of("/usr/sbin/haproxy");
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("HAProxy is missing: apt-get install haproxy (docs/operations.md, \"Several instances\")");
        }
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), "-db", "-f", HAPROXY_CONFIG.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(LOGS.resolve("haproxy.log").toFile()));
        builder.environment().put("IMAGO_LISTEN", "127.0.0.1:" + front);
        builder.environment().put("IMAGO_APP_1", "127.0.0.1:" + instances[0].port());
        builder.environment().put("IMAGO_APP_2", "127.0.0.1:" + instances[1].port());
        Process started = builder.start();
        haproxy = started;
        awaitBothInRotation();
        return started;
    }

    /** Until the balancer has sent requests to both instances (its health checks found both ready). */
    private static void awaitBothInRotation() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        java.util.Set<String> seen = new java.util.HashSet<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (seen.size() < 2) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the balancer did not send to both instances; it did to " + seen);
            }
            try {
                client.send(HttpRequest.newBuilder(front("/api/me")).build(), HttpResponse.BodyHandlers.discarding()).headers()
                        .firstValue("X-Imago-Instance").ifPresent(seen::add);
            } catch (IOException notYet) {
                // the balancer is starting
            }
            Thread.sleep(200);
        }
    }

    private static URI front(String path) {
        return URI.create("http://127.0.0.1:" + front + path);
    }

    private static int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static List<String> reportingIds(String column, String table) {
        return jdbc.queryForList("select " + column + "::text from " + table, String.class);
    }

    private void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what + "; outstanding publications: " + count(OUTSTANDING)
                        + ", acknowledged: " + couples.size() + ", refused: " + refused.stream().limit(3).toList());
            }
            Thread.sleep(50);
        }
    }
}
