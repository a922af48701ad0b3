package org.imagoclinic.demo.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoClinicStep;
import org.imagoclinic.shared.TimedWorkHold;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Generates the demo clinic once, on a database without couples, after the demo sign-ins (order 10)
 * and rooms (20): every step plans, then the timeline runs action by action, each at its own time on
 * the generator's clock and as the staff member who would have done it. An action the APIs refuse is
 * logged and counted, never forced. Configured by {@code imago.demo.clinic.seed}, {@code .couples},
 * {@code .months} and {@code .in-background} (start the application at once and fill the clinic on a
 * thread of its own; the modules' timed work then starts when the clinic is filled).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "imago.demo.clinic.enabled", havingValue = "true")
@Order(30)
class DemoClinicRunner implements ApplicationRunner, TimedWorkHold {

    /**
     * What a run did.
     *
     * @param generated false when the database already had couples, so nothing was made
     * @param refused the actions the APIs refused (zero in a healthy clinic)
     */
    record Report(boolean generated, int couples, int actions, int refused, Duration took, @Nullable DemoClinic clinic) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoClinicRunner.class);

    private final List<DemoClinicStep> steps;
    private final Couples couples;
    private final TravellingClock clock;
    private final UserDetailsService users;
    private final long seed;
    private final int coupleCount;
    private final int months;
    private final boolean inBackground;
    private @Nullable Report lastRun;
    /** Timed work waiting for the background generation to end (guarded by this). */
    private final List<Runnable> afterGeneration = new ArrayList<>();
    private boolean generatingInBackground;

    DemoClinicRunner(List<DemoClinicStep> steps, Couples couples, TravellingClock clock, UserDetailsService users,
                     @Value("${imago.demo.clinic.seed:20261126}") long seed,
                     @Value("${imago.demo.clinic.couples:150}") int coupleCount,
                     @Value("${imago.demo.clinic.months:12}") int months,
                     @Value("${imago.demo.clinic.in-background:false}") boolean inBackground) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoClinicStep::order)).toList();
        this.couples = couples;
        this.clock = clock;
        this.users = users;
        this.seed = seed;
        this.coupleCount = coupleCount;
        this.months = months;
        this.inBackground = inBackground;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (inBackground) {
            // the application is usable at once; the clinic fills over the next minutes (README)
            synchronized (this) {
                generatingInBackground = true;
            }
            Thread.ofPlatform().name("demo-clinic").daemon().start(() -> {
                try {
                    generate();
                } finally {
                    releaseTimedWork();
                }
            });
        } else {
            generate();
        }
    }

    /**
     * The modules' timed work waits while the clinic is generated in the background: the outbox would
     * otherwise send the replayed month's reminders at the real time, as too late.
     */
    @Override
    public void whenReleased(Runnable start) {
        synchronized (this) {
            if (generatingInBackground) {
                afterGeneration.add(start);
                return;
            }
        }
        start.run();
    }

    private void releaseTimedWork() {
        List<Runnable> waiting;
        synchronized (this) {
            generatingInBackground = false;
            waiting = List.copyOf(afterGeneration);
            afterGeneration.clear();
        }
        waiting.forEach(Runnable::run);
    }

    /** What the last run that generated the clinic did, if there was one. */
    @Nullable Report lastGenerated() {
        return lastRun;
    }

    Report generate() {
        long started = System.nanoTime();
        Map<String, UserDetails> signIns = new HashMap<>();
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        try {
            signInAs("admin", signIns);
            if (couples.count(CoupleQuery.all()) > 0) {
                log.info("Demo clinic: the database already has couples; nothing generated");
                return new Report(false, 0, 0, 0, Duration.ofNanos(System.nanoTime() - started), null);
            }
            DemoClinic clinic = new DemoClinic(seed, LocalDateTime.now(clock), coupleCount, months);
            steps.forEach(step -> step.plan(clinic));
            List<DemoClinic.Action> timeline = clinic.timeline();
            int refused = 0;
            Map<String, long[]> timings = new TreeMap<>();
            for (DemoClinic.Action action : timeline) {
                long start = System.nanoTime();
                if (!perform(action, signIns)) {
                    refused++;
                }
                long[] timing = timings.computeIfAbsent(action.what().split(" ")[0], kind -> new long[2]);
                timing[0]++;
                timing[1] += System.nanoTime() - start;
            }
            timings.forEach((kind, timing) -> log.info("Demo clinic: {} × {}, {} ms each on average", timing[0], kind,
                    timing[1] / timing[0] / 1_000_000));
            Report report = new Report(true, clinic.couples().size(), timeline.size(), refused,
                    Duration.ofNanos(System.nanoTime() - started), clinic);
            lastRun = report;
            log.info("Demo clinic: {} couples, {} actions through the APIs in {} s ({} refused), seed {}",
                    report.couples(), report.actions(), report.took().toSeconds(), refused, seed);
            return report;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private boolean perform(DemoClinic.Action action, Map<String, UserDetails> signIns) {
        try {
            return clock.at(action.at().atZone(clock.getZone()).toInstant(), () -> {
                signInAs(action.username(), signIns);
                action.work().run();
                return true;
            });
        } catch (RuntimeException refused) {
            log.warn("Demo clinic: could not {} at {} as {}: {}", action.what(), action.at(), action.username(),
                    refused.getMessage());
            return false;
        }
    }

    /** Signs the generator's thread in as a staff member, as a form sign-in would. */
    private void signInAs(String username, Map<String, UserDetails> signIns) {
        UserDetails user = signIns.computeIfAbsent(username, users::loadUserByUsername);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
