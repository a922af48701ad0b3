package org.imagoclinic.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.TestClinicClock;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A small clinic of a test's own (ADR 0005: never assume empty tables): a room at a new location,
 * therapists with accounts and working hours every day 07:00–21:00, couples in their care. Built
 * through the real APIs; whoever was signed in before is signed in again afterwards.
 */
public final class TestClinic {

    private final ApplicationContext context;
    private final String admin;
    private final Room room;

    /** With the demo profile's administrator. */
    public TestClinic(ApplicationContext context) {
        this(context, "admin");
    }

    /** With this administrator's user name (for contexts without the demo profile). */
    public TestClinic(ApplicationContext context, String admin) {
        this.context = context;
        this.admin = admin;
        this.room = as(admin, () -> {
            Rooms rooms = context.getBean(Rooms.class);
            Location location = rooms.addLocation("Test location " + UUID.randomUUID().toString().substring(0, 8), null);
            return rooms.addRoom(new RoomDetails(location.id(), "Room 1", 4));
        });
    }

    public Room room() {
        return room;
    }

    /** Another room at the same location. */
    public Room anotherRoom(int capacity) {
        return as(admin, () -> context.getBean(Rooms.class).addRoom(new RoomDetails(room.locationId(),
                "Room " + UUID.randomUUID().toString().substring(0, 4), capacity)));
    }

    /** A therapist with an account and working hours every day 07:00–21:00. */
    public TestStaff therapist(String... extraRoles) {
        String[] roles = Arrays.copyOf(extraRoles, extraRoles.length + 1);
        roles[extraRoles.length] = Roles.THERAPIST;
        TestStaff therapist = TestAccounts.staff(context, "ther", roles);
        as(admin, () -> context.getBean(TherapistAvailability.class).replaceHours(therapist.staffId(),
                Arrays.stream(DayOfWeek.values()).map(day -> new HoursBlock(day, LocalTime.of(7, 0), LocalTime.of(21, 0)))
                        .toList()));
        return therapist;
    }

    /** A new couple whose open episode (in intake) has this primary therapist. */
    public Couple couple(UUID therapistId) {
        return TestCouples.caredForBy(context, therapistId);
    }

    /** A new couple with no episode of care. */
    public Couple coupleWithoutEpisode() {
        return TestCouples.asFrontDesk(context, () -> context.getBean(org.imagoclinic.clients.Couples.class)
                .register(TestCouples.registration()));
    }

    /** Monday in {@code weeks} weeks' time, in the clinic's time zone. */
    public static LocalDate mondayIn(int weeks) {
        return LocalDate.now(TestClinicClock.clinic()).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(weeks);
    }

    /** Runs something as the given user, then restores who was signed in. */
    public <T> T as(String username, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signIn(context, username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static List<UUID> ids(Booking booking) {
        return booking.appointments().stream().map(Appointment::id).toList();
    }
}
