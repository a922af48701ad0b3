package org.imagoclinic.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.assessments.BulkMeasures;
import org.imagoclinic.clients.BulkCouples;
import org.imagoclinic.scheduling.BulkAppointments;
import org.imagoclinic.scheduling.Location;
import org.imagoclinic.scheduling.RoomDetails;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.security.Roles;
import org.imagoclinic.staff.Discipline;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.TherapistDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fills a database with a clinic at scale (ADR 0017; docs/benchmarks.md): therapists and rooms
 * through the modules' ordinary APIs, then couples with partners and episodes (clients) and their
 * weekly sessions with occupancy rows (scheduling) through each module's COPY bulk path. Separate
 * from the demo clinic; then the {@link #LATER_PARTS}: measure administrations (assessments) and the
 * read models (reporting). Run: {@code ./mvnw -Pscale process-test-classes -Dscale.couples=100000}.
 *
 * <p>Each couple has one episode of {@code scale.sessions} weekly 50-minute joint sessions at a
 * fixed weekday and hour with its own therapist and room ("lanes": 9 hours × 6 days per
 * therapist); lanes are reused by one couple after another over ten years (nine back, one ahead),
 * so no therapist, room or partner is ever double-booked and the exclusion constraint holds.
 */
public final class ScaleGenerator {

    static final int DAYS = 6;
    static final int HOURS = 9;
    static final int WEEKS = 520;
    static final long SESSION_SEED = 43;

    /**
     * Later modules' parts, in order, each given the facts written so far: assessments' measure
     * administrations (five CSI-16 per partner over the episode), then reporting's read models for
     * everything above, one line each.
     */
    static final List<ScalePart> LATER_PARTS = List.of(
            new ScaleMeasures(Integer.getInteger("scale.measures-per-partner", 5)),
            new ScaleReadModels());

    /** One module's part of the scale data, run after couples and appointments exist; returns how many rows. */
    interface ScalePart {
        String name();

        long fill(ConfigurableApplicationContext context, ScaleFacts facts);
    }

    /** What the generator has written so far, for the later parts: they read no other module's tables. */
    static final class ScaleFacts {
        final List<BulkCouples.Created> couples;
        final List<BulkAppointments.WeeklySessions> weekly;
        final LocalDate today;
        final long sessionSeed;
        List<BulkMeasures.Written> measures = List.of();

        ScaleFacts(List<BulkCouples.Created> couples, List<BulkAppointments.WeeklySessions> weekly, LocalDate today,
                   long sessionSeed) {
            this.couples = couples;
            this.weekly = weekly;
            this.today = today;
            this.sessionSeed = sessionSeed;
        }
    }

    public static void main(String[] args) {
        int couples = Integer.getInteger("scale.couples", 100_000);
        int sessions = Integer.getInteger("scale.sessions", 50);
        try (ConfigurableApplicationContext context = BenchApp.start(false, args)) {
            new ScaleGenerator().generate(context, couples, sessions);
        }
    }

    void generate(ConfigurableApplicationContext context, int coupleCount, int sessions) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "scale-generator", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
        int couplesPerLane = WEEKS / (sessions + 2);
        int lanes = (coupleCount + couplesPerLane - 1) / couplesPerLane;
        int therapistCount = (lanes + DAYS * HOURS - 1) / (DAYS * HOURS);
        LocalDate today = LocalDate.now();
        LocalDate firstMonday = today.minusYears(9).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        System.out.printf("Scale: %,d couples × %d sessions = %,d appointments, %d therapists and rooms, from %s%n",
                coupleCount, sessions, (long) coupleCount * sessions, therapistCount, firstMonday);

        long started = System.nanoTime();
        List<UUID> therapists = timed("therapists (staff API)", () -> therapists(context, therapistCount));
        List<UUID> rooms = timed("rooms (scheduling API)", () -> rooms(context, therapistCount));

        List<BulkCouples.Plan> plans = new ArrayList<>(coupleCount);
        List<LocalDate> firstDays = new ArrayList<>(coupleCount);
        List<LocalTime> times = new ArrayList<>(coupleCount);
        List<Integer> laneOf = new ArrayList<>(coupleCount);
        for (int i = 0; i < coupleCount; i++) {
            int lane = i % lanes;
            int position = i / lanes;
            int slot = lane % (DAYS * HOURS);
            LocalDate firstDay = firstMonday.plusWeeks((long) position * (sessions + 2)).plusDays(slot / HOURS);
            LocalDate lastDay = firstDay.plusWeeks(sessions - 1L);
            plans.add(new BulkCouples.Plan(therapists.get(lane / (DAYS * HOURS)), firstDay.minusDays(7),
                    lastDay.isBefore(today) ? lastDay : null));
            firstDays.add(firstDay);
            times.add(LocalTime.of(8 + slot % HOURS, 0));
            laneOf.add(lane);
        }
        List<BulkCouples.Created> created = timed("couples, partners, intake, consents, episodes (clients COPY)",
                () -> context.getBean(BulkCouples.class).create(plans, 42));

        List<BulkAppointments.WeeklySessions> weekly = new ArrayList<>(coupleCount);
        for (int i = 0; i < coupleCount; i++) {
            BulkCouples.Created couple = created.get(i);
            weekly.add(new BulkAppointments.WeeklySessions(couple.coupleId(), couple.episodeId(), couple.partnerAId(),
                    couple.partnerBId(), couple.therapistId(), rooms.get(laneOf.get(i) / (DAYS * HOURS)), firstDays.get(i),
                    times.get(i), 50, sessions));
        }
        long appointments = timed("appointments and occupancy (scheduling COPY)",
                () -> context.getBean(BulkAppointments.class).create(weekly, today, SESSION_SEED));
        ScaleFacts facts = new ScaleFacts(created, weekly, today, SESSION_SEED);
        for (ScalePart part : LATER_PARTS) {
            timed(part.name(), () -> part.fill(context, facts));
        }
        timed("analyze", () -> {
            context.getBean(JdbcTemplate.class).execute("analyze");
            return 0;
        });
        System.out.printf("Scale data ready: %,d couples, %,d appointments in %s%n", created.size(), appointments,
                Duration.ofNanos(System.nanoTime() - started).withNanos(0));
    }

    private static List<UUID> therapists(ConfigurableApplicationContext context, int count) {
        StaffDirectory directory = context.getBean(StaffDirectory.class);
        List<UUID> ids = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 4);
        for (int i = 0; i < count; i++) {
            String username = "scale-" + run + "-t" + i;
            ids.add(directory.add(new StaffMemberDetails("Dr", "Therapist", "Scale " + run + " " + i,
                    username + "@example.org", null, Set.of(Roles.THERAPIST), username,
                    new TherapistDetails("LMFT", null, null, Discipline.MARRIAGE_AND_FAMILY_THERAPY, "#336699", false)))
                    .member().id());
        }
        return ids;
    }

    private static List<UUID> rooms(ConfigurableApplicationContext context, int count) {
        Rooms rooms = context.getBean(Rooms.class);
        Location location = rooms.addLocation("Scale centre " + UUID.randomUUID().toString().substring(0, 4), null);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(rooms.addRoom(new RoomDetails(location.id(), "Room " + (i + 1), 4)).id());
        }
        return ids;
    }

    static <T> T timed(String step, java.util.function.Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        System.out.printf("  %-62s %8.1f s%n", step, (System.nanoTime() - started) / 1e9);
        return result;
    }
}
