package org.imagoclinic.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.security.internal.TestAccounts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures taken inside the application, measured by JMH (docs/benchmarks.md): a therapist's
 * week through the scheduling API that {@code GET /api/appointments} calls (a random therapist and
 * week of the scale data each call), and the whole clinic's outcomes report over the last year
 * through the reporting API as the demo supervisor. Sample time, so the output gives p50, p95 and
 * p99 per call. The HTTP and bare-SQL figures stay in {@link WeekQueryBenchmark} and
 * {@link OutcomesReportBenchmark}. Arguments in {@code -Dbench.jmh} are JMH's own (e.g.
 * {@code "-wi 0 -i 1 -r 2s -f 0"} for a quick check that it runs).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class InProcessBenchmarks {

    /** The application on the scale database, started once per fork, and what the calls pick from. */
    @State(Scope.Benchmark)
    public static class Clinic {

        ConfigurableApplicationContext context;
        List<UUID> therapists;
        LocalDate firstMonday;
        int weeks;

        @Setup(Level.Trial)
        public void start() {
            context = BenchApp.start(true);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            therapists = jdbc.queryForList("select distinct therapist_id from scheduling.appointment"
                    + " where created_by = 'scale-generator'", UUID.class);
            LocalDate first = jdbc.queryForObject("select min(lower(during))::date from scheduling.appointment",
                    LocalDate.class);
            LocalDate last = jdbc.queryForObject("select max(lower(during))::date from scheduling.appointment",
                    LocalDate.class);
            if (therapists.isEmpty() || first == null || last == null) {
                throw new IllegalStateException("No scale data in this database: generate it first (docs/benchmarks.md)");
            }
            firstMonday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks = Math.max(1, (int) ((last.toEpochDay() - first.toEpochDay()) / 7));
        }

        @TearDown(Level.Trial)
        public void stop() {
            context.close();
        }
    }

    /** A benchmark thread signed in as the front desk's administrator, with its own random weeks. */
    @State(Scope.Thread)
    public static class Calendar {

        final SplittableRandom random = new SplittableRandom(7);
        Appointments appointments;

        /** Each iteration, because JMH does not promise one thread for a whole trial. */
        @Setup(Level.Iteration)
        public void signIn(Clinic clinic) {
            TestAccounts.signIn(clinic.context, "admin");
            appointments = clinic.context.getBean(Appointments.class);
        }
    }

    /** A benchmark thread signed in as the demo supervisor, asking for the last year. */
    @State(Scope.Thread)
    public static class Supervisor {

        Reports reports;
        ReportFilter lastYear;

        @Setup(Level.Iteration)
        public void signIn(Clinic clinic) {
            TestAccounts.signIn(clinic.context, "supervisor");
            reports = clinic.context.getBean(Reports.class);
            LocalDate today = LocalDate.now();
            lastYear = new ReportFilter(today.minusYears(1).plusDays(1), today, null, null, null, null,
                    ReportFilter.DEFAULT_INSTRUMENT);
        }
    }

    @Benchmark
    public List<Appointment> therapistWeek(Clinic clinic, Calendar calendar) {
        LocalDate monday = clinic.firstMonday.plusWeeks(calendar.random.nextInt(clinic.weeks));
        UUID therapist = clinic.therapists.get(calendar.random.nextInt(clinic.therapists.size()));
        return calendar.appointments.find(AppointmentQuery.ofTherapist(therapist, monday, monday.plusDays(6)));
    }

    @Benchmark
    public OutcomesReport outcomesOverAYear(Supervisor supervisor) {
        return supervisor.reports.outcomes(supervisor.lastYear);
    }

    /** Runs this class's benchmarks with JMH's options from {@code -Dbench.jmh} (none: the annotations' defaults). */
    public static void main(String[] args) throws Exception {
        String options = System.getProperty("bench.jmh", "").strip();
        String[] jmhArgs = options.isEmpty() ? new String[0] : options.split("\\s+");
        CommandLineOptions parsed = new CommandLineOptions(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(jmhArgs),
                        java.util.stream.Stream.of(InProcessBenchmarks.class.getName() + ".*")).toArray(String[]::new));
        new Runner(parsed).run();
    }
}
