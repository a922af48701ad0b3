package org.imagoclinic.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.imagoclinic.scheduling.SessionCompleted;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A backlog of {@code -Dbench.backlog} (default 100 000) incomplete event publications, then a
 * restart that resubmits them (ADR 0004: republish outstanding events on restart). This JVM writes
 * the backlog (real {@code SessionCompleted} events, serialised by the registry's own serializer,
 * one row per real listener, as the registry would have stored them) with the resubmission on
 * restart switched off; then a second JVM with {@code -Dbench.restart-heap} (default 512m) starts the
 * application and reports the time until every publication is completed and its peak heap.
 */
public final class BacklogRestartBenchmark {

    public static void main(String[] args) throws Exception {
        int backlog = Integer.getInteger("bench.backlog", 100_000);
        System.setProperty("imago.events.resubmission.enabled", "false");
        try (ConfigurableApplicationContext context = BenchApp.start(false, args)) {
            seed(context, backlog);
        }
        System.clearProperty("imago.events.resubmission.enabled");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("bench.restart-heap", "512m"), "-cp", System.getProperty("java.class.path")));
        for (String property : List.of("scale.data-dir", "scale.port", "scale.shared-buffers")) {
            if (System.getProperty(property) != null) {
                command.add(command.size() - 2, "-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add(Restart.class.getName());
        System.out.println("restarting: " + command.getFirst() + " " + command.get(1));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        System.exit(exit);
    }

    private static void seed(ConfigurableApplicationContext context, int backlog) throws InterruptedException {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        EventLoad.awaitAllCompleted(jdbc, Duration.ofMinutes(30));
        UUID run = UUID.randomUUID();
        // one real publication, to learn the ids under which the registry stores its listeners
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> context.publishEvent(EventLoad.session(0, run)));
        EventLoad.awaitAllCompleted(jdbc, Duration.ofMinutes(1));
        List<String> listeners = jdbc.queryForList("select distinct listener_id from event_publication_archive where event_type = ? "
                + "order by 1", String.class, SessionCompleted.class.getName());
        EventSerializer serializer = context.getBean(EventSerializer.class);
        long started = System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        Instant published = Instant.now().minus(Duration.ofHours(1));
        int written = 0;
        for (int n = 1; written + rows.size() < backlog; n++) {
            String event = serializer.serialize(EventLoad.session(n, run)).toString();
            for (String listener : listeners) {
                if (written + rows.size() < backlog) {
                    rows.add(new Object[] {UUID.randomUUID(), listener, SessionCompleted.class.getName(), event,
                            Timestamp.from(published.plusMillis(n))});
                }
            }
            if (rows.size() >= 5_000) {
                written += rows.size();
                insert(jdbc, rows);
            }
        }
        insert(jdbc, rows);
        System.out.printf("backlog: %,d incomplete publications of %s for %s written in %.1f s; %s%n", EventLoad.outstanding(jdbc),
                SessionCompleted.class.getSimpleName(), listeners, (System.nanoTime() - started) / 1e9, EventLoad.load());
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, "
                + "completion_attempts) values (?, ?, ?, ?, ?, 'PUBLISHED', 0)", rows);
        rows.clear();
    }

    /** The restart: the application resubmits the backlog; prints the time to all completed and the peak heap. */
    public static final class Restart {

        public static void main(String[] args) throws Exception {
            AtomicLong sampledPeak = new AtomicLong();
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (true) {
                    sampledPeak.accumulateAndGet(heapUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
            try (ConfigurableApplicationContext context = BenchApp.start(false, args)) {
                long ready = System.currentTimeMillis();
                JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                long outstandingAtReady = EventLoad.outstanding(jdbc);
                String dataDir = System.getProperty("imago.embedded-database.data-dir");
                CpuMeter cpu = CpuMeter.now(dataDir);
                EventLoad.awaitAllCompleted(jdbc, Duration.ofHours(1));
                long done = System.currentTimeMillis();
                String cost = CpuMeter.now(dataDir).since(cpu).per(Math.max(1, outstandingAtReady), "publication after ready");
                sampler.interrupt();
                System.out.printf("restart with -Xmx%d MB: application ready after %.1f s (%,d still outstanding), every publication "
                                + "completed after %.1f s from JVM start; peak heap used %.0f MB (sampled every 50 ms), %.0f MB "
                                + "(sum of the heap pools' peaks); %s; %s%n", Runtime.getRuntime().maxMemory() >> 20,
                        (ready - jvmStarted) / 1e3, outstandingAtReady, (done - jvmStarted) / 1e3, sampledPeak.get() / 1048576.0,
                        poolPeaks() / 1048576.0, cost, EventLoad.load());
            }
        }

        private static long heapUsed() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        private static long poolPeaks() {
            long sum = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    sum += pool.getPeakUsage().getUsed();
                }
            }
            return sum;
        }
    }
}
