package org.imagoclinic.e2e;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.imagoclinic.assessments.AdministrationRequest;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.InstrumentItem;
import org.imagoclinic.assessments.InstrumentItem.AnswerOption;
import org.imagoclinic.assessments.MeasureAdministrations;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.ConsentEntry;
import org.imagoclinic.clients.ConsentKind;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleRegistration;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.IntakeDetails;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.clients.NewEpisode;
import org.imagoclinic.clients.NewPartner;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.HoursBlock;
import org.imagoclinic.scheduling.Location;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.RoomDetails;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.scheduling.TherapistAvailability;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A journey's own corner of the clinic, made through the modules' services: a location with two
 * rooms, staff with people's names, couples with people's names and their episodes, sessions and
 * measures. Names are handed out from one counter for the whole test run, so no two couples of the
 * journeys share a name and each journey finds its own couples by name.
 */
final class JourneyClinic {

    static final String PASSWORD = "staff-password-2026";

    private static final List<String> FIRST_NAMES = List.of("Maya", "Jonah", "Leila", "Tom", "Grace", "Ravi", "Chloe",
            "Marcus", "Ingrid", "Samuel", "Aisha", "Ben", "Nora", "Diego", "Hannah", "Kwame", "Rosa", "Elliot", "Yuki",
            "Patrick", "Zara", "Owen", "Lucia", "Felix");
    private static final List<String> LAST_NAMES = List.of("Alder", "Bramwell", "Castellano", "Dunmore", "Ekwueme",
            "Fairbanks", "Galloway", "Hargreave", "Ibsen", "Jardine", "Kowalczyk", "Lindqvist", "Mbeki", "Northcote",
            "Okonjo", "Pemberton", "Quayle", "Rasmussen", "Sandoval", "Thornbury", "Underhill", "Vasquez", "Whitlock",
            "Yardley", "Zielinski", "Ashdown", "Beaumont", "Calloway", "Delacroix", "Ellsworth", "Fenwick", "Greenhalgh",
            "Holloway", "Iverson", "Kendrick", "Lockhart", "Merriweather", "Nakamura", "Oyelaran", "Prescott",
            "Radcliffe", "Sinclair", "Tremaine", "Valentine", "Wakefield", "Ashworth", "Blackwood", "Crowther",
            "Davenport", "Everly");
    private static final AtomicInteger NEXT_COUPLE = new AtomicInteger();

    private final ApplicationContext context;
    private final Clock clock;
    private final TestStaff desk;
    final Room willow;
    final Room oak;

    /** @param locationName a name of the journey's own (each journey class has one) */
    JourneyClinic(ApplicationContext context, String locationName) {
        this.context = context;
        this.clock = context.getBean(Clock.class);
        this.desk = TestAccounts.named(context, "desk", null, "Nadia", "Brooks", null, Roles.FRONT_DESK);
        Location location = as("admin", () -> context.getBean(Rooms.class).addLocation(locationName, null));
        this.willow = as("admin", () -> context.getBean(Rooms.class).addRoom(new RoomDetails(location.id(), "Willow room", 4)));
        this.oak = as("admin", () -> context.getBean(Rooms.class).addRoom(new RoomDetails(location.id(), "Oak room", 4)));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** A front-desk member of staff of the journey's own, with a sign-in ({@link #PASSWORD}). */
    TestStaff frontDesk(String firstName, String lastName) {
        return TestAccounts.named(context, "desk", null, firstName, lastName, null, Roles.FRONT_DESK);
    }

    /** A clinician with a sign-in ({@link #PASSWORD}) and working hours 07:00–21:00 every day. */
    TestStaff clinician(String firstName, String lastName, @Nullable UUID supervisorId, String... roles) {
        TestStaff staff = TestAccounts.named(context, "ther", "Dr", firstName, lastName, supervisorId, roles);
        as("admin", () -> context.getBean(TherapistAvailability.class).replaceHours(staff.staffId(),
                Arrays.stream(DayOfWeek.values()).map(day -> new HoursBlock(day, LocalTime.of(7, 0), LocalTime.of(21, 0)))
                        .toList()));
        return staff;
    }

    /** A newly registered couple with people's names, no episode yet. */
    Couple registeredCouple() {
        int n = NEXT_COUPLE.getAndIncrement();
        String lastA = LAST_NAMES.get(n % LAST_NAMES.size());
        String lastB = LAST_NAMES.get((n + LAST_NAMES.size() / 2 + n / LAST_NAMES.size()) % LAST_NAMES.size());
        String firstA = FIRST_NAMES.get((2 * n) % FIRST_NAMES.size());
        String firstB = FIRST_NAMES.get((2 * n + 1) % FIRST_NAMES.size());
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(n * 211L % 7000);
        CoupleRegistration basic = TestCouples.registration();
        CoupleRegistration registration = new CoupleRegistration(NewPartner.of(partner(firstA, lastA, born)),
                NewPartner.of(partner(firstB, lastB, born.plusDays(400))), basic.relationship(),
                new IntakeDetails("They keep having the same argument about money and time together.",
                        List.of("communication"), LifeStage.values()[n % LifeStage.values().length], null,
                        "To listen to each other again.", n % 3 == 0, null),
                List.of(new ConsentEntry(ConsentKind.TREATMENT, PartnerSlot.A, true, null),
                        new ConsentEntry(ConsentKind.TREATMENT, PartnerSlot.B, true, null)), null, null, null);
        return as(desk.username(), () -> context.getBean(Couples.class).register(registration));
    }

    /**
     * A couple whose episode of care opened on {@code openedOn} with this primary therapist, who has
     * screened each partner and found nothing of concern.
     */
    Couple couple(UUID therapistId, LocalDate openedOn) {
        Couple couple = registeredCouple();
        as(desk.username(), () -> context.getBean(EpisodesOfCare.class).open(couple.id(),
                new NewEpisode(openedOn, therapistId, null)));
        TestCouples.screenedClear(context, couple.id(), therapistId);
        return as(desk.username(), () -> context.getBean(Couples.class).get(couple.id()));
    }

    private static PartnerDetails partner(String firstName, String lastName, LocalDate dateOfBirth) {
        return new PartnerDetails(firstName, lastName, null, null, dateOfBirth,
                (firstName + "." + lastName + "@example.org").toLowerCase(java.util.Locale.ROOT), "+44 20 7946 0000", null,
                null);
    }

    /** A joint session booked by the front desk (past days allowed: "entered afterwards"); its id. */
    UUID session(Couple couple, TestStaff therapist, Room room, LocalDateTime start) {
        BookingRequest request = BookingRequest.joint(couple.id(), therapist.staffId(), room.id(), start)
                .withOverride("Entered for the journey");
        return as(desk.username(), () -> context.getBean(Bookings.class).book(request).first().id());
    }

    /** A joint session held and completed by its therapist; its id. */
    UUID completedSession(Couple couple, TestStaff therapist, Room room, LocalDateTime start) {
        UUID id = session(couple, therapist, room, start);
        as(therapist.username(), () -> context.getBean(Attendance.class).complete(id));
        return id;
    }

    /**
     * A CSI-16 form answered by one partner, every item at about {@code level} of its range (0 = the
     * lowest score, 1 = the highest), recorded by the therapist.
     */
    void csi16(TestStaff therapist, Couple couple, UUID partnerId, LocalDate on, double level) {
        Instrument csi = context.getBean(MeasureCatalogue.class).find("CSI-16").orElseThrow();
        List<Integer> answers = new ArrayList<>();
        for (InstrumentItem item : csi.items()) {
            int low = item.options().stream().mapToInt(AnswerOption::score).min().orElseThrow();
            int high = item.options().stream().mapToInt(AnswerOption::score).max().orElseThrow();
            double target = low + level * (high - low);
            answers.add(item.options().stream().min(Comparator.comparingDouble(option -> Math.abs(option.score() - target)))
                    .orElseThrow().position());
        }
        as(therapist.username(), () -> context.getBean(MeasureAdministrations.class).record(couple.id(),
                new AdministrationRequest("CSI-16", partnerId, on, answers)));
    }

    /** The note a completed session made due for its therapist, once the listener has made it. */
    SessionNote dueNote(TestStaff therapist, Couple couple, UUID appointmentId) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(therapist.username(),
                () -> context.getBean(SessionNotes.class).notesOf(couple.id(), null, false).stream()
                        .filter(note -> appointmentId.equals(note.appointmentId())).findFirst()),
                java.util.Optional::isPresent).orElseThrow();
    }

    /** The therapist writes and signs the note of a completed session. */
    SessionNote signedNote(TestStaff therapist, Couple couple, UUID appointmentId, String text) {
        SessionNote due = dueNote(therapist, couple, appointmentId);
        return as(therapist.username(), () -> {
            SessionNotes notes = context.getBean(SessionNotes.class);
            notes.saveDraft(due.id(), new NoteDraft(text, List.of(), "Continue the couples dialogue next week.", null));
            return notes.sign(due.id());
        });
    }

    /** Runs something as the given user, then restores who was signed in. */
    <T> T as(String username, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signIn(context, username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    <T> T contextBean(Class<T> type) {
        return context.getBean(type);
    }

    String deskUsername() {
        return desk.username();
    }
}
