package org.imagoclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicDefaults;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Clinic closure days (ADR 0060): a series skips them and says so, a single session on one needs
 * "book anyway", two closures never overlap, adding one lists the sessions already booked on its days,
 * and waitlist suggestions never fall on one.
 */
@ClinicIntegrationTest
class ClosureDayTests {

    static final RequestPostProcessor FRONT_DESK = httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD);
    static final RequestPostProcessor ADMIN = httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD);

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    Bookings bookings;
    @Autowired
    ClosureDays closureDays;
    @Autowired
    Appointments appointments;
    @Autowired
    JdbcTemplate jdbc;

    TestClinic clinic;
    TestStaff lee;
    Couple smiths;
    /** Thu 24 Dec to Fri 1 Jan, seen from the test clock's Monday 7 December. */
    LocalDate christmasEve;
    LocalDate newYearsDay;
    ClosureDay christmas;

    @BeforeEach
    void aClinicClosedOverChristmas() {
        clinic = new TestClinic(context);
        lee = clinic.therapist();
        smiths = clinic.couple(lee.staffId());
        christmasEve = TestClinic.mondayIn(1).plusDays(3);
        newYearsDay = TestClinic.mondayIn(2).plusDays(4);
        christmas = clinic.as("admin", () -> closureDays.add(new NewClosureDay("Christmas", christmasEve, newYearsDay)))
                .closure();
        TestAccounts.signIn(context, "frontdesk");
    }

    @AfterEach
    void openAgain() {
        // closures are clinic-wide: the tests after this one book as a clinic without any
        ClinicDefaults.restore(context);
    }

    private int audited(String words) {
        return jdbc.queryForObject("select count(*) from audit.audit_entry where subject_type = 'ClosureDay' and reason like ?",
                Integer.class, "%" + words + "%");
    }

    @Test
    void aWeeklySeriesSkipsTheClosureSaysSoBeforeBookingAndKeepsItsNumberOfSessions() {
        LocalDate monday = TestClinic.mondayIn(1);
        BookingRequest weekly = BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(), monday.atTime(10, 0))
                .withRecurrence(Recurrence.weekly(4));

        BookingCheck check = bookings.check(weekly);
        Booking series = bookings.book(weekly);

        assertThat(check.skipped()).containsExactly(new SkippedDay(monday.plusWeeks(1), "Christmas"));
        assertThat(check.closure()).isNull();
        assertThat(series.skipped()).isEqualTo(check.skipped());
        assertThat(series.appointments()).extracting(appointment -> appointment.start().toLocalDate())
                .containsExactly(monday, monday.plusWeeks(2), monday.plusWeeks(3), monday.plusWeeks(4));
        assertThat(series.appointments()).extracting(Appointment::seriesIndex).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aSingleSessionOnAClosureDayIsRefusedNamingItUnlessBookedAnyway() throws Exception {
        LocalDate boxingDay = christmasEve.plusDays(2);
        BookingRequest single = BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(), boxingDay.atTime(10, 0));

        assertThat(bookings.check(single).closure()).extracting(ClosureDay::name).isEqualTo("Christmas");
        ClosureDayException refused = catchThrowableOfType(ClosureDayException.class, () -> bookings.book(single));
        assertThat(refused.getMessage()).startsWith("The clinic is closed on Christmas (Thu 24 Dec 2026 – Fri 1 Jan 2027)");
        assertThat(appointments.find(AppointmentQuery.ofCouple(smiths.id(), boxingDay, boxingDay))).as("nothing written").isEmpty();
        String body = """
                {"kind": "JOINT", "coupleId": "%s", "therapistId": "%s", "roomId": "%s", "start": "%s"%s}
                """;
        mvc.perform(post("/api/appointments").contentType(MediaType.APPLICATION_JSON).with(FRONT_DESK)
                        .content(body.formatted(smiths.id(), lee.staffId(), clinic.room().id(), boxingDay.atTime(10, 0), "")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("closed on Christmas")));

        mvc.perform(post("/api/appointments").contentType(MediaType.APPLICATION_JSON).with(FRONT_DESK)
                        .content(body.formatted(smiths.id(), lee.staffId(), clinic.room().id(), boxingDay.atTime(10, 0),
                                ", \"bookOnClosureDay\": true")))
                .andExpect(status().isCreated());
        assertThat(clinic.as("frontdesk", () -> appointments.find(AppointmentQuery.ofCouple(smiths.id(), boxingDay,
                boxingDay)))).hasSize(1);
    }

    @Test
    void anOverlappingOrMalformedClosureIsRefusedNothingWrittenAndAPastOneIsKeptForTheRecord() throws Exception {
        InvalidInputException overlap = clinic.as("admin", () -> catchThrowableOfType(InvalidInputException.class,
                () -> closureDays.add(new NewClosureDay("New Year", newYearsDay, newYearsDay.plusDays(1)))));
        assertThat(overlap.fieldErrors()).containsEntry("firstDay",
                "These days overlap Christmas (Thu 24 Dec 2026 – Fri 1 Jan 2027): change that closure or choose other days.");

        mvc.perform(post("/api/closure-days").contentType(MediaType.APPLICATION_JSON).with(ADMIN).content("""
                        {"name": "%s", "firstDay": "%s", "lastDay": "%s"}
                        """.formatted("x".repeat(101), newYearsDay.plusDays(10), newYearsDay.plusDays(9))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").exists())
                .andExpect(jsonPath("$.errors.lastDay").value("The last day closed is on or after the first."));
        mvc.perform(post("/api/closure-days").contentType(MediaType.APPLICATION_JSON).with(FRONT_DESK).content("""
                        {"name": "Staff day", "firstDay": "%s"}
                        """.formatted(newYearsDay.plusDays(10))))
                .andExpect(status().isForbidden());

        assertThat(clinic.as("admin", closureDays::list)).extracting(ClosureDay::name).containsExactly("Christmas");
        assertThat(audited("New Year") + audited("Staff day")).isZero();
        assertThat(jdbc.queryForObject("select reason from audit.audit_entry where subject_type = 'ClosureDay' "
                + "and subject_id = ?", String.class, christmas.id().toString()))
                .isEqualTo("clinic closed: Christmas (Thu 24 Dec 2026 – Fri 1 Jan 2027)");

        UUID past = UUID.randomUUID();
        jdbc.update("insert into scheduling.closure_day (id, name, first_day, last_day, added_at, added_by) "
                + "values (?, 'Easter', ?, ?, now(), 'admin')", past, christmasEve.minusMonths(8), christmasEve.minusMonths(8));
        ConflictException kept = clinic.as("admin", () -> catchThrowableOfType(ConflictException.class,
                () -> closureDays.remove(past)));
        assertThat(kept.getMessage()).endsWith("is over: past closures are kept for the record.");
        assertThat(clinic.as("admin", closureDays::list)).extracting(ClosureDay::name).containsExactly("Christmas", "Easter");
    }

    @Test
    void closingDaysThatHaveSessionsListsThemAndCancelsNone() {
        LocalDate staffDay = newYearsDay.plusDays(11);
        Appointment booked = bookings.book(BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(),
                staffDay.atTime(15, 0))).first();

        ClosureAdded added = clinic.as("admin", () -> closureDays.add(new NewClosureDay("Staff training", staffDay, null)));

        assertThat(added.closure().lastDay()).isEqualTo(staffDay);
        assertThat(added.sessionsToMove()).extracting(Appointment::id).contains(booked.id());
        assertThat(appointments.get(booked.id()).status()).isEqualTo(AppointmentStatus.SCHEDULED);
        assertThat(clinic.as("admin", closureDays::list)).extracting(ClosureDay::name)
                .containsExactly("Christmas", "Staff training");
    }

    @Test
    void waitlistSuggestionsNeverFallOnAClosureDay() {
        Couple waiting = clinic.coupleWithoutEpisode();
        Waitlist waitlist = context.getBean(Waitlist.class);
        WaitlistEntry entry = waitlist.add(new NewWaitlistEntry(waiting.id(), lee.staffId(), Set.of(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY), LocalTime.of(9, 0), null, Priority.NORMAL, null));

        List<SuggestedSlot> slots = waitlist.suggestions(entry.id(), 12);

        assertThat(slots).isNotEmpty().extracting(slot -> slot.start().toLocalDate())
                .noneMatch(day -> !day.isBefore(christmasEve) && !day.isAfter(newYearsDay))
                .anyMatch(day -> day.isAfter(newYearsDay));
    }
}
