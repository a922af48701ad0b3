package org.imagoclinic.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Booking throughput end to end: {@code bench.clients} clients each book their own therapist's
 * next free hour with {@code POST /api/appointments} (online joint sessions, so the holds are the
 * therapist and both partners) for {@code bench.seconds}; then pgbench runs the same INSERTs
 * ({@code bench/booking-inserts.sql}) with as many clients on the same database. Prints both rates
 * and their ratio, and the CPU each costs (docs/benchmarks.md).
 */
public final class BookingThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 16);
        int seconds = Integer.getInteger("bench.seconds", 30);
        try (ConfigurableApplicationContext context = BenchApp.start(true, args)) {
            String authorization = BenchApp.bearerAuthorization(context, Roles.FRONT_DESK);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            TestClinic clinic = new TestClinic(context);
            List<TestStaff> therapists = new ArrayList<>();
            List<Couple> couples = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                TestStaff therapist = clinic.therapist();
                therapists.add(therapist);
                couples.add(clinic.couple(therapist.staffId()));
            }
            LocalDateTime base = TestClinic.mondayIn(1).atTime(7, 0);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<long[]> latencies = new ArrayList<>();
            String dataDir = System.getProperty("imago.embedded-database.data-dir");
            CpuMeter cpuBefore = CpuMeter.now(dataDir);
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            long started = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
                List<Future<long[]>> runs = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    runs.add(pool.submit(() -> {
                        List<Long> own = new ArrayList<>();
                        for (int slot = 0; System.nanoTime() < deadline; slot++) {
                            LocalDateTime start = base.plusDays(slot / 14).plusHours(slot % 14);
                            HttpRequest booking = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/appointments"))
                                    .header("Authorization", authorization).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("""
                                            {"kind": "JOINT", "coupleId": "%s", "therapistId": "%s", "start": "%s",
                                             "durationMinutes": 50, "telehealth": true, "meetingLink": "https://meet.example.org/bench"}"""
                                            .formatted(couples.get(client).id(), therapists.get(client).staffId(), start)))
                                    .build();
                            long sent = System.nanoTime();
                            HttpResponse<String> response = http.send(booking, HttpResponse.BodyHandlers.ofString());
                            own.add(System.nanoTime() - sent);
                            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            if (response.statusCode() != 201 && statuses.get(response.statusCode()).get() == 1) {
                                System.out.println("first " + response.statusCode() + ": " + response.body());
                            }
                        }
                        return own.stream().mapToLong(Long::longValue).toArray();
                    }));
                }
                for (Future<long[]> run : runs) {
                    latencies.add(run.get());
                }
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            int created = statuses.getOrDefault(201, new AtomicInteger()).get();
            EventLoad.awaitAllCompleted(context.getBean(JdbcTemplate.class), Duration.ofMinutes(5));
            CpuMeter bookingCpu = CpuMeter.now(dataDir).since(cpuBefore);
            long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            double appRate = created / elapsed;
            System.out.printf("HTTP bookings: %d clients, %.1f s, %d created (%s), %.1f bookings/s, latency %s%n",
                    clients, elapsed, created, statuses, appRate, BenchApp.percentiles(all));
            System.out.printf("  %s, listeners included (the JVM's share includes the HTTP clients)%n",
                    bookingCpu.per(created, "booking"));

            String url = context.getBean(DataSource.class).getConnection().getMetaData().getURL();
            CpuMeter pgbenchBefore = CpuMeter.now(dataDir);
            Pgbench pg = pgbench(url, clients, seconds);
            CpuMeter pgbenchCpu = CpuMeter.now(dataDir).since(pgbenchBefore);
            System.out.printf("pgbench same INSERTs: %.1f transactions/s; ratio app/PostgreSQL = %.2f%n", pg.tps(),
                    appRate / pg.tps());
            System.out.printf("  PostgreSQL %.2f ms CPU per pgbench transaction (pgbench's own CPU not counted)%n",
                    pgbenchCpu.postgresNanos() / 1e6 / pg.transactions());
        }
    }

    /** What pgbench reports: transactions per second and how many it made. */
    record Pgbench(double tps, long transactions) {
    }

    /** Runs pgbench with the booking script on the app's database. */
    static Pgbench pgbench(String jdbcUrl, int clients, int seconds) throws Exception {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        Path script = Files.createTempFile("booking-inserts", ".sql");
        try (var in = BookingThroughputBenchmark.class.getResourceAsStream("/bench/booking-inserts.sql")) {
            Files.write(script, in.readAllBytes());
        }
        Process pgbench = new ProcessBuilder("pgbench", "-n", "-c", String.valueOf(clients), "-j", "2", "-T",
                String.valueOf(seconds), "-f", script.toString(), "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()),
                "-U", "postgres", database).redirectErrorStream(true).start();
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        pgbench.waitFor();
        System.out.println(output.lines().filter(line -> line.startsWith("tps") || line.contains("latency average")
                || line.contains("failed") || line.contains("error")).reduce("", (a, b) -> a + "  pgbench: " + b + "\n"));
        double tps = output.lines().filter(line -> line.startsWith("tps")).findFirst()
                .map(line -> Double.parseDouble(line.replaceAll("tps = ([0-9.]+).*", "$1"))).orElse(Double.NaN);
        long transactions = output.lines().filter(line -> line.startsWith("number of transactions actually processed"))
                .findFirst().map(line -> Long.parseLong(line.replaceAll(".*processed: ([0-9]+).*", "$1"))).orElse(0L);
        return new Pgbench(tps, transactions);
    }
}
