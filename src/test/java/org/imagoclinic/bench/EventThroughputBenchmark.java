package org.imagoclinic.bench;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sustained events per second from publish to "every listener done", through Spring Modulith's
 * JDBC publication registry (ADR 0004). Publishes scheduling's real {@code SessionCompleted}, one
 * per transaction as the scheduling service does, from {@code -Dbench.clients} threads; its real
 * listeners (reporting's projection; the assessments module's, which makes the note due and keeps
 * the measure schedule) handle it. The clock stops when the registry holds no outstanding publication.
 * By default each episode's ten sessions complete back to back; {@code -Dbench.events.interleaved=true}
 * spreads them over the run, as completions from many couples come. {@code -Dbench.event} chooses
 * another event: {@code session-scheduled} (one real listener, reporting's projection) or
 * {@code probe}, a {@link RegistryProbe} whose one listener does nothing: the registry's own ceiling.
 * Prints events/s and listener invocations/s, never asserts (ADR 0017).
 */
public final class EventThroughputBenchmark {

    private static final boolean INTERLEAVED = Boolean.getBoolean("bench.events.interleaved");
    private static final String EVENT = System.getProperty("bench.event", "session-completed");

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 20_000);
        int publishers = Integer.getInteger("bench.clients", 4);
        ApplicationContextInitializer<?>[] initializers = EVENT.equals("probe")
                ? new ApplicationContextInitializer<?>[] {RegistryProbe.listener()} : new ApplicationContextInitializer<?>[0];
        try (ConfigurableApplicationContext context = BenchApp.start(false, initializers, args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            ApplicationEventPublisher publisher = context;
            ThreadPoolTaskExecutor executor = context.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class);
            System.out.printf("event: %s; listener executor: core %d, max %d threads; connection pool %s; %s%n",
                    describe(),
                    executor.getCorePoolSize(),
                    executor.getMaxPoolSize(), context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size"),
                    EventLoad.load());
            EventLoad.awaitAllCompleted(jdbc, Duration.ofMinutes(10));

            run(jdbc, transactions, publisher, events / 10, publishers, "warm-up");
            run(jdbc, transactions, publisher, events, publishers, "measured");
        }
    }

    private static Object event(long n, int events, UUID run) {
        return switch (EVENT) {
            case "session-completed" -> INTERLEAVED ? EventLoad.interleaved(n, events, run) : EventLoad.session(n, run);
            case "session-scheduled" -> EventLoad.scheduled(n, run);
            case "probe" -> new RegistryProbe(run, n);
            default -> throw new IllegalArgumentException("-Dbench.event is session-completed, session-scheduled or probe");
        };
    }

    private static String describe() {
        return switch (EVENT) {
            case "session-scheduled" -> "SessionScheduled (one listener: reporting's projection)";
            case "probe" -> "RegistryProbe (one listener that does nothing)";
            default -> "SessionCompleted (two listeners: reporting's projection; assessments' note due and measure schedule)";
        };
    }

    private static void run(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher publisher, int events,
                            int publishers, String label) throws Exception {
        long archivedBefore = jdbc.queryForObject("select count(*) from event_publication_archive", Long.class);
        UUID run = UUID.randomUUID();
        AtomicLong next = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(publishers);
        String dataDir = System.getProperty("imago.embedded-database.data-dir");
        CpuMeter cpu = CpuMeter.now(dataDir);
        long started = System.nanoTime();
        for (int i = 0; i < publishers; i++) {
            threads.submit(() -> {
                for (long n = next.getAndIncrement(); n < events; n = next.getAndIncrement()) {
                    long event = n;
                    transactions.executeWithoutResult(status -> publisher.publishEvent(event(event, events, run)));
                }
            });
        }
        threads.shutdown();
        threads.awaitTermination(1, TimeUnit.HOURS);
        long published = System.nanoTime();
        long done = EventLoad.awaitAllCompleted(jdbc, Duration.ofMinutes(30));
        CpuMeter used = CpuMeter.now(dataDir).since(cpu);
        long archived = jdbc.queryForObject("select count(*) from event_publication_archive", Long.class) - archivedBefore;
        double seconds = (done - started) / 1e9;
        System.out.printf("%s: %,d events (%,d listener publications) from %d publishers: published in %.1f s (%.0f/s), all "
                        + "listeners done after %.1f s: %.0f events/s, %.0f publications/s; %s; %s%n", label, events, archived, publishers,
                (published - started) / 1e9, events / ((published - started) / 1e9), seconds, events / seconds, archived / seconds,
                used.per(events, "event"), EventLoad.load());
    }
}
