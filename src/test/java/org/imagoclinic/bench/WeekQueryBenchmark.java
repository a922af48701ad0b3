package org.imagoclinic.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A therapist's week from the calendar: random therapists and random weeks across the ten years,
 * counted in-process through the scheduling API that {@code GET /api/appointments} calls (the
 * statements a week costs; {@link InProcessBenchmarks} times it with JMH) and timed end to end over
 * HTTP (with a bearer token, as API clients call it, ADR 0019). Prints p50/p95/p99 and the table size. Run on databases of different
 * sizes to see that it does not grow with the table (docs/benchmarks.md).
 */
public final class WeekQueryBenchmark {

    static final int WARM_UP = 300;
    static final int MEASURED = 2000;

    public static void main(String[] args) throws Exception {
        StatementCounter counter = new StatementCounter();
        try (ConfigurableApplicationContext context = BenchApp.start(true,
                new ApplicationContextInitializer<?>[] {counter.installer()}, args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long rows = jdbc.queryForObject("select count(*) from scheduling.appointment", Long.class);
            List<UUID> therapists = jdbc.queryForList(
                    "select distinct therapist_id from scheduling.appointment where created_by = 'scale-generator'", UUID.class);
            LocalDate first = jdbc.queryForObject("select min(lower(during))::date from scheduling.appointment", LocalDate.class);
            LocalDate last = jdbc.queryForObject("select max(lower(during))::date from scheduling.appointment", LocalDate.class);
            int weeks = (int) ((last.toEpochDay() - first.toEpochDay()) / 7);
            System.out.printf("scheduling.appointment: %,d rows, %d therapists, %s … %s%n", rows, therapists.size(), first, last);

            TestAccounts.signIn(context, "admin");
            Appointments appointments = context.getBean(Appointments.class);
            Random random = new Random(7);
            int found = 0;
            StatementCounter.Counts before = null;
            for (int i = -WARM_UP; i < MEASURED; i++) {
                if (i == 0) {
                    before = counter.counts();
                }
                LocalDate monday = first.plusWeeks(random.nextInt(weeks)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                UUID therapist = therapists.get(random.nextInt(therapists.size()));
                found += appointments.find(AppointmentQuery.ofTherapist(therapist, monday, monday.plusDays(6))).size();
            }
            StatementCounter.Counts spent = counter.counts().minus(before);
            System.out.printf("week in-process (Appointments.find): avg %.1f appointments per week, %.1f statements per week%n",
                    found / (double) (MEASURED + WARM_UP), spent.statements() / (double) MEASURED);

            String authorization = BenchApp.bearerAuthorization(context, Roles.FRONT_DESK);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long[] overHttp = new long[MEASURED];
            for (int i = -WARM_UP; i < MEASURED; i++) {
                LocalDate monday = first.plusWeeks(random.nextInt(weeks)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                UUID therapist = therapists.get(random.nextInt(therapists.size()));
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/appointments?therapistId=" + therapist + "&from=" + monday + "&to=" + monday.plusDays(6)))
                        .header("Authorization", authorization).build();
                long started = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
                if (i >= 0) {
                    overHttp[i] = System.nanoTime() - started;
                }
            }
            System.out.println("week over HTTP (GET /api/appointments): " + BenchApp.percentiles(overHttp));
        }
    }
}
