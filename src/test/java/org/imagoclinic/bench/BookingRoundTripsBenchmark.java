package org.imagoclinic.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one booking costs in PostgreSQL, counted rather than timed, so that the machine's load does
 * not change the figures: {@code bench.bookings} bookings made one after another through
 * {@code POST /api/appointments} (the request {@link BookingThroughputBenchmark} sends: an online
 * joint session booked by the front desk with a bearer token), and per booking, once every listener
 * is done: statements sent through the application's pool (with their text), transactions (commits,
 * rollbacks, auto-committed statements), and PostgreSQL's own counts from {@code pg_stat_database}
 * and {@code pg_stat_user_tables} (transactions, index and sequential scans, rows written, per
 * table). An idle window of the same length before the bookings shows the background's share.
 * Run: {@code ./mvnw -Pscale process-test-classes -Dbench.main=org.imagoclinic.bench.BookingRoundTripsBenchmark
 * -Dbench.bookings=200 -Dscale.data-dir=… -Dscale.port=…}.
 */
public final class BookingRoundTripsBenchmark {

    /** Longer than PostgreSQL's idle interval for flushing a backend's statistics (10 s). */
    private static final long STATS_FLUSH_MILLIS = 11_500;

    public static void main(String[] args) throws Exception {
        int bookings = Integer.getInteger("bench.bookings", 200);
        int warmUp = Integer.getInteger("bench.warm-up", 30);
        StatementCounter counter = new StatementCounter();
        try (ConfigurableApplicationContext context = BenchApp.start(true,
                new ApplicationContextInitializer<?>[] {counter.installer()}, args)) {
            String authorization = BenchApp.bearerAuthorization(context, Roles.FRONT_DESK);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            TestClinic clinic = new TestClinic(context);
            TestStaff therapist = clinic.therapist();
            Couple couple = clinic.couple(therapist.staffId());
            Booker booker = new Booker(port, authorization, couple, therapist);
            DataSource uncounted = context.getBean(DataSource.class).unwrap(com.zaxxer.hikari.HikariDataSource.class);
            try (Connection stats = uncounted.getConnection()) {
                stats.setAutoCommit(false);
                for (int i = 0; i < warmUp; i++) {
                    booker.book();
                }
                quiet(counter);
                Thread.sleep(STATS_FLUSH_MILLIS);
                Snapshot idleFrom = Snapshot.take(stats, counter);
                Thread.sleep(STATS_FLUSH_MILLIS);
                Snapshot idleTo = Snapshot.take(stats, counter);
                for (int i = 0; i < bookings; i++) {
                    booker.book();
                }
                quiet(counter);
                Thread.sleep(STATS_FLUSH_MILLIS);
                Snapshot done = Snapshot.take(stats, counter);
                System.out.printf("%nBooking round trips: %d bookings (after %d to warm up), all answered %s; "
                                + "incomplete event publications afterwards: %d%n", bookings, warmUp, booker.statuses,
                        incompletePublications(stats));
                System.out.println("idle window of the same length before them (background, totals):");
                idleTo.minus(idleFrom).print(1);
                System.out.println("per booking (one snapshot transaction subtracted from PostgreSQL's count):");
                done.minus(idleTo).print(bookings);
            }
        }
    }

    /** Waits until the application has sent nothing for two seconds (the listeners are done). */
    private static void quiet(StatementCounter counter) throws InterruptedException {
        long last = -1;
        while (true) {
            long now = counter.counts().statements();
            if (now == last) {
                return;
            }
            last = now;
            Thread.sleep(2_000);
        }
    }

    private static long incompletePublications(Connection stats) throws Exception {
        try (Statement query = stats.createStatement();
             ResultSet row = query.executeQuery("select count(*) from event_publication where completion_date is null")) {
            row.next();
            long n = row.getLong(1);
            stats.commit();
            return n;
        }
    }

    /** Books the next free hour of one therapist for one couple, one request at a time. */
    private static final class Booker {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final int port;
        private final String authorization;
        private final Couple couple;
        private final TestStaff therapist;
        private final LocalDateTime base = TestClinic.mondayIn(1).atTime(7, 0);
        private final Map<Integer, Integer> statuses = new TreeMap<>();
        private int slot;

        Booker(int port, String authorization, Couple couple, TestStaff therapist) {
            this.port = port;
            this.authorization = authorization;
            this.couple = couple;
            this.therapist = therapist;
        }

        void book() throws Exception {
            LocalDateTime start = base.plusDays(slot / 14).plusHours(slot % 14);
            slot++;
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/appointments"))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"kind": "JOINT", "coupleId": "%s", "therapistId": "%s", "start": "%s",
                             "durationMinutes": 50, "telehealth": true, "meetingLink": "https://meet.example.org/bench"}"""
                            .formatted(couple.id(), therapist.staffId(), start))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && !statuses.containsKey(response.statusCode())) {
                System.out.println("first " + response.statusCode() + ": " + response.body());
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
        }
    }

    /** Per table: sequential scans, index scans, rows inserted, updated, deleted. */
    private record TableCounts(long seqScans, long indexScans, long inserted, long updated, long deleted) {

        TableCounts minus(TableCounts b) {
            return new TableCounts(seqScans - b.seqScans, indexScans - b.indexScans, inserted - b.inserted,
                    updated - b.updated, deleted - b.deleted);
        }

        boolean any() {
            return seqScans != 0 || indexScans != 0 || inserted != 0 || updated != 0 || deleted != 0;
        }

        long written() {
            return inserted + updated + deleted;
        }
    }

    private record Snapshot(StatementCounter.Counts app, long commits, long rollbacks, Map<String, TableCounts> tables) {

        static Snapshot take(Connection stats, StatementCounter counter) throws Exception {
            StatementCounter.Counts app = counter.counts();
            Map<String, TableCounts> tables = new LinkedHashMap<>();
            long commits;
            long rollbacks;
            try (Statement query = stats.createStatement()) {
                try (ResultSet row = query.executeQuery("select xact_commit, xact_rollback from pg_stat_database "
                        + "where datname = current_database()")) {
                    row.next();
                    commits = row.getLong(1);
                    rollbacks = row.getLong(2);
                }
                try (ResultSet rows = query.executeQuery("select schemaname || '.' || relname, coalesce(seq_scan, 0), "
                        + "coalesce(idx_scan, 0), n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables")) {
                    while (rows.next()) {
                        tables.put(rows.getString(1), new TableCounts(rows.getLong(2), rows.getLong(3), rows.getLong(4),
                                rows.getLong(5), rows.getLong(6)));
                    }
                }
            }
            stats.commit();
            return new Snapshot(app, commits, rollbacks, tables);
        }

        Delta minus(Snapshot before) {
            Map<String, TableCounts> tables = new TreeMap<>();
            this.tables.forEach((table, counts) -> {
                TableCounts delta = counts.minus(before.tables.getOrDefault(table, new TableCounts(0, 0, 0, 0, 0)));
                if (delta.any()) {
                    tables.put(table, delta);
                }
            });
            // the earlier snapshot's own transaction is counted in between
            return new Delta(app.minus(before.app), commits - before.commits - 1, rollbacks - before.rollbacks, tables);
        }
    }

    private record Delta(StatementCounter.Counts app, long commits, long rollbacks, Map<String, TableCounts> tables) {

        void print(int n) {
            long seq = tables.values().stream().mapToLong(TableCounts::seqScans).sum();
            long index = tables.values().stream().mapToLong(TableCounts::indexScans).sum();
            long written = tables.values().stream().mapToLong(TableCounts::written).sum();
            System.out.printf("  application: %.2f statements, %.2f transactions (%.2f commits, %.2f rollbacks, "
                            + "%.2f auto-committed statements)%n", per(app.statements(), n), per(app.transactions(), n),
                    per(app.commits(), n), per(app.rollbacks(), n), per(app.autoCommitted(), n));
            System.out.printf("  PostgreSQL: %.2f transactions (%.2f rolled back), %.2f index scans, %.2f sequential "
                    + "scans, %.2f rows written%n", per(commits + rollbacks, n), per(rollbacks, n), per(index, n),
                    per(seq, n), per(written, n));
            System.out.println("  per table (seq scans / index scans / inserted / updated / deleted):");
            tables.forEach((table, c) -> System.out.printf("    %-55s %6.2f %6.2f %6.2f %6.2f %6.2f%n", table,
                    per(c.seqScans(), n), per(c.indexScans(), n), per(c.inserted(), n), per(c.updated(), n),
                    per(c.deleted(), n)));
            System.out.println("  statements:");
            app.bySql().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                    .forEach(e -> System.out.printf("    %6.2f  %s%n", per(e.getValue(), n), e.getKey()));
        }

        private static double per(long total, int n) {
            return (double) total / n;
        }
    }
}
