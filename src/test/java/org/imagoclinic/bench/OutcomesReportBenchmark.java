package org.imagoclinic.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.conf.ParamType;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outcomes report over the last year for the whole clinic over HTTP ({@code GET
 * /api/reports/outcomes}, HTTP Basic with a quick-to-check hash), and the bare SQL it runs, captured
 * from jOOQ during one report through {@link Reports} signed in as a supervisor and replayed through
 * plain JDBC (and once with EXPLAIN ANALYZE, printed); {@link InProcessBenchmarks} times the report
 * in-process with JMH. Prints p50/p95/p99 and the table sizes (docs/benchmarks.md; target p95 &lt;
 * 150 ms). {@code -Dbench.calls} measured calls (default 300) after 50 warm-up calls.
 */
public final class OutcomesReportBenchmark {

    static final int WARM_UP = 50;
    static final int MEASURED = Integer.getInteger("bench.calls", 300);

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = BenchApp.start(true, args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            for (String table : List.of("episode_fact", "couple_outcome", "partner_outcome", "measure", "session")) {
                System.out.printf("reporting.%s: %,d rows%n", table,
                        jdbc.queryForObject("select count(*) from reporting." + table, Long.class));
            }
            LocalDate today = LocalDate.now();
            ReportFilter year = new ReportFilter(today.minusYears(1).plusDays(1), today, null, null, null, null,
                    ReportFilter.DEFAULT_INSTRUMENT);

            TestAccounts.signIn(context, "supervisor");
            Reports reports = context.getBean(Reports.class);
            List<String> statements = capture(context.getBean(DSLContext.class), () -> reports.outcomes(year)).stream()
                    .filter(sql -> sql.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("select")).toList();
            OutcomesReport sample = reports.outcomes(year);
            System.out.println("report: " + summary(sample));
            System.out.println("the SQL the report ran (" + statements.size() + " statements):");
            long[] bare = new long[MEASURED];
            for (int i = -WARM_UP; i < MEASURED; i++) {
                long started = System.nanoTime();
                for (String sql : statements) {
                    jdbc.queryForList(sql);
                }
                if (i >= 0) {
                    bare[i] = System.nanoTime() - started;
                }
            }
            for (String sql : statements) {
                System.out.println("  " + sql);
                jdbc.queryForList("explain (analyze, buffers) " + sql, String.class)
                        .forEach(line -> System.out.println("    " + line));
            }
            System.out.println("outcomes bare SQL (all statements, JDBC): " + BenchApp.percentiles(bare));

            String user = TestAccounts.createForLoad(context, "bench", "bench-password-2026", Roles.SUPERVISOR, Roles.THERAPIST);
            String authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":bench-password-2026")
                    .getBytes(StandardCharsets.UTF_8));
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports/outcomes?from="
                    + year.from() + "&to=" + year.to())).header("Authorization", authorization).build();
            long[] overHttp = new long[MEASURED];
            for (int i = -WARM_UP; i < MEASURED; i++) {
                long started = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
                if (i >= 0) {
                    overHttp[i] = System.nanoTime() - started;
                }
            }
            System.out.println("outcomes over HTTP (GET /api/reports/outcomes): " + BenchApp.percentiles(overHttp));
        }
    }

    /** The statements jOOQ runs during {@code work}, with their bind values written in. */
    static List<String> capture(DSLContext dsl, Runnable work) {
        Configuration configuration = dsl.configuration();
        ExecuteListenerProvider[] before = configuration.executeListenerProviders();
        List<String> statements = new ArrayList<>();
        ExecuteListener recorder = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                statements.add(ctx.query() != null ? ctx.query().getSQL(ParamType.INLINED) : ctx.sql());
            }
        };
        configuration.set(Stream.concat(Stream.of(before), Stream.of(new DefaultExecuteListenerProvider(recorder)))
                .toArray(ExecuteListenerProvider[]::new));
        try {
            work.run();
        } finally {
            configuration.set(before);
        }
        return statements;
    }

    private static String summary(OutcomesReport report) {
        String text = report.toString();
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
