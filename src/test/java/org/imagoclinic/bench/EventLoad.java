package org.imagoclinic.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.scheduling.SessionScheduled;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the event benchmarks publish and how they see that the listeners are done. */
final class EventLoad {

    static final String OUTSTANDING_ROWS = "select 1 from event_publication where completion_date is null";
    static final String OUTSTANDING = "select count(*) from event_publication where completion_date is null";

    private EventLoad() {
    }

    /**
     * The n-th completed joint session of a made-up clinic: ten sessions per episode, so that
     * reporting's per-episode recomputation and the measure schedule's session count see episodes
     * that grow, as they do in a clinic. No other table needs rows for it (no foreign keys across
     * modules).
     */
    static SessionCompleted session(long n, UUID run) {
        return session(n / 10, n % 10, run);
    }

    /**
     * The n-th of {@code events} completed sessions with the episodes interleaved: consecutive events
     * belong to different episodes, each still reaching ten sessions over the run, as a clinic's
     * completions come from different couples ({@code -Dbench.events.interleaved=true}); the default
     * order above completes one episode's ten sessions back to back, which makes the listeners queue
     * on that episode's locks.
     */
    static SessionCompleted interleaved(long n, long events, UUID run) {
        long episodes = Math.max(1, events / 10);
        return session(n % episodes, n / episodes, run);
    }

    private static SessionCompleted session(long episode, long sessionOfEpisode, UUID run) {
        UUID coupleId = new UUID(run.getMostSignificantBits(), episode * 2);
        UUID episodeId = new UUID(run.getMostSignificantBits(), episode * 2 + 1);
        UUID therapistId = new UUID(run.getMostSignificantBits(), -1 - (episode % 40));
        Instant start = Instant.parse("2026-01-05T09:00:00Z").plus(Duration.ofDays(7 * sessionOfEpisode + episode % 7));
        return new SessionCompleted(UUID.randomUUID(), AppointmentKind.JOINT, coupleId,
                List.of(new UUID(run.getLeastSignificantBits(), episode * 2), new UUID(run.getLeastSignificantBits(), episode * 2 + 1)),
                episodeId, List.of(therapistId), start, start.plus(Duration.ofMinutes(90)), true, start.plus(Duration.ofMinutes(95)));
    }

    /** The booking of the n-th session above: an event with one listener (reporting's projection), one upsert. */
    static SessionScheduled scheduled(long n, UUID run) {
        SessionCompleted session = session(n, run);
        return new SessionScheduled(session.appointmentId(), session.kind(), session.coupleId(), session.personIds(),
                session.episodeId(), session.therapistIds(), session.start(), session.end(), null);
    }

    static long outstanding(JdbcTemplate jdbc) {
        return jdbc.queryForObject(OUTSTANDING, Long.class);
    }

    /**
     * Waits until no publication is outstanding; returns when that was seen. Looks four times a
     * second, for one row: counting them all every 20 ms, as it did until 2026-11-27, took a sixth of
     * a core from the run it measured (docs/benchmarks.md).
     */
    static long awaitAllCompleted(JdbcTemplate jdbc, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (Boolean.TRUE.equals(jdbc.queryForObject("select exists (" + OUTSTANDING_ROWS + ")", Boolean.class))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(outstanding(jdbc) + " publications still outstanding after " + timeout);
            }
            Thread.sleep(250);
        }
        return System.nanoTime();
    }

    static String load() {
        return "load average " + String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()) + ", " + Runtime.getRuntime().availableProcessors() + " CPUs";
    }
}
