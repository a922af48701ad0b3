package org.imagoclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The appointments REST API as a client sees it: status codes, problem details, and nothing written on refusal. */
@ClinicIntegrationTest
@RecordApplicationEvents
class AppointmentsApiTests {

    static final RequestPostProcessor FRONT_DESK = httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD);
    static final RequestPostProcessor ADMIN = httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Appointments appointments;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Clock clock;

    TestClinic clinic;
    TestStaff lee;
    Couple smiths;
    LocalDate monday;

    @BeforeEach
    void aClinicOfOurOwn() {
        clinic = new TestClinic(context);
        lee = clinic.therapist();
        smiths = clinic.couple(lee.staffId());
        monday = TestClinic.mondayIn(2);
    }

    private String joint(Couple couple, LocalDateTime start) {
        return """
                {"kind": "JOINT", "coupleId": "%s", "therapistId": "%s", "roomId": "%s", "start": "%s"}
                """.formatted(couple.id(), lee.staffId(), clinic.room().id(), start);
    }

    private static MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private int rowsOf(Couple couple) {
        return clinic.as("frontdesk", () -> appointments.find(new AppointmentQuery(null, null, couple.id(),
                monday.minusDays(7), monday.plusDays(30), true)).size());
    }

    @Test
    void bookingAnswers201WithTheAppointmentAndWhereItLives() throws Exception {
        mvc.perform(postJson("/api/appointments", joint(smiths, monday.atTime(10, 0))).with(FRONT_DESK))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/appointments/")))
                .andExpect(jsonPath("$.appointments[0].coupleName").value(smiths.displayName()))
                .andExpect(jsonPath("$.appointments[0].start").value(monday.atTime(10, 0).toString() + ":00"))
                .andExpect(jsonPath("$.appointments[0].end").value(monday.atTime(11, 30).toString() + ":00"))
                .andExpect(jsonPath("$.appointments[0].status").value("SCHEDULED"));

        mvc.perform(get("/api/appointments").param("therapistId", lee.staffId().toString())
                        .param("from", monday.toString()).param("to", monday.toString()).with(FRONT_DESK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].coupleName").value(hasItem(smiths.displayName())));
    }

    @Test
    void incompleteInputIs400NamingEachFieldAndWritesNothing() throws Exception {
        mvc.perform(postJson("/api/appointments", "{\"coupleId\": \"" + smiths.id() + "\"}").with(FRONT_DESK))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.kind").value("Choose the kind of session."))
                .andExpect(jsonPath("$.errors.therapistId").value("Choose the therapist."))
                .andExpect(jsonPath("$.errors.start").exists())
                .andExpect(jsonPath("$.errors.roomId").exists());
        mvc.perform(postJson("/api/appointments", joint(smiths, monday.atTime(10, 0)).replace("JOINT", "DINNER"))
                        .with(FRONT_DESK))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind", containsString("INTAKE")));
        assertThat(rowsOf(smiths)).isZero();
    }

    @Test
    void anUnknownCoupleIs404() throws Exception {
        mvc.perform(postJson("/api/appointments", joint(smiths, monday.atTime(10, 0))
                        .replace(smiths.id().toString(), "0f0e0d0c-0b0a-0908-0706-050403020100")).with(FRONT_DESK))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No couple with this id is registered."));
        mvc.perform(get("/api/appointments/0f0e0d0c-0b0a-0908-0706-050403020100").with(FRONT_DESK))
                .andExpect(status().isNotFound());
    }

    @Test
    void aClashIs409SayingWhatClashesAndWritesNothing() throws Exception {
        mvc.perform(postJson("/api/appointments", joint(smiths, monday.atTime(10, 0))).with(FRONT_DESK))
                .andExpect(status().isCreated());
        Couple other = clinic.couple(lee.staffId());

        mvc.perform(postJson("/api/appointments", joint(other, monday.atTime(11, 0))).with(FRONT_DESK))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("already has " + smiths.displayName() + " 10:00–11:30")))
                .andExpect(jsonPath("$.detail", containsString("is taken by " + smiths.displayName())));
        assertThat(rowsOf(other)).isZero();
    }

    @Test
    void aBrokenRuleIs422WithTheReasonAndWritesNothing() throws Exception {
        Couple newcomers = clinic.coupleWithoutEpisode();

        mvc.perform(postJson("/api/appointments", joint(newcomers, monday.atTime(10, 0))).with(FRONT_DESK))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("no open episode of care")));
        mvc.perform(postJson("/api/appointments", joint(smiths, monday.atTime(22, 0))).with(FRONT_DESK))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("outside those hours")));
        assertThat(rowsOf(newcomers)).isZero();
        assertThat(rowsOf(smiths)).isZero();
    }

    @Test
    void aTherapistCantBookForAColleagueButMayForThemselves() throws Exception {
        TestStaff okafor = clinic.therapist();
        RequestPostProcessor asOkafor = httpBasic(okafor.username(), "staff-password-2026");

        mvc.perform(postJson("/api/appointments", joint(smiths, monday.atTime(10, 0))).with(asOkafor))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("only your own sessions")));
        mvc.perform(postJson("/api/appointments", joint(smiths, monday.atTime(10, 0)))
                        .with(httpBasic(lee.username(), "staff-password-2026")))
                .andExpect(status().isCreated());
    }

    @Test
    void movingCancellingAndAttendanceThroughTheApi() throws Exception {
        String id = bookedId(joint(smiths, monday.atTime(10, 0)));

        mvc.perform(postJson("/api/appointments/" + id + "/reschedule",
                        "{\"start\": \"" + monday.atTime(14, 0) + "\", \"reason\": \"Asked to move\"}").with(FRONT_DESK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.appointments[0].start").value(monday.atTime(14, 0) + ":00"))
                .andExpect(jsonPath("$.appointments[0].moved").value(true));
        mvc.perform(get("/api/appointments/" + id + "/moves").with(FRONT_DESK))
                .andExpect(jsonPath("$[0].fromStart").value(monday.atTime(10, 0) + ":00"))
                .andExpect(jsonPath("$[0].reason").value("Asked to move"));
        mvc.perform(postJson("/api/appointments/" + id + "/no-show", "").with(FRONT_DESK))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("hasn't started")));
        mvc.perform(postJson("/api/appointments/" + id + "/cancel", "{\"by\": \"CLIENT\"}").with(FRONT_DESK))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reason").exists());
        mvc.perform(postJson("/api/appointments/" + id + "/cancel", "{\"by\": \"CLIENT\", \"reason\": \"Ill\"}")
                        .with(FRONT_DESK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.appointments[0].status").value("CANCELLED"))
                .andExpect(jsonPath("$.appointments[0].cancellation.late").value(false));

        LocalDateTime soon = LocalDateTime.now(TestClinicClock.clinic()).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
        String today = bookedId(joint(smiths, soon).replace("}", ", \"hoursOverrideReason\": \"Test at any hour\"}"));
        mvc.perform(postJson("/api/appointments/" + today + "/check-in", "").with(FRONT_DESK))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CHECKED_IN"));

        LocalDateTime yesterday = LocalDateTime.now(TestClinicClock.clinic()).minusDays(1).truncatedTo(ChronoUnit.HOURS);
        Couple other = clinic.couple(lee.staffId());
        String past = bookedId(joint(other, yesterday).replace("}", ", \"hoursOverrideReason\": \"Entered late\"}"));
        mvc.perform(postJson("/api/appointments/" + past + "/no-show", "").with(FRONT_DESK))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("NO_SHOW"));
        mvc.perform(postJson("/api/appointments/" + past + "/complete", "").with(FRONT_DESK))
                .andExpect(status().isConflict());
    }

    @Test
    void roomsAreKeptByAdministratorsOnly() throws Exception {
        String room = "{\"locationId\": \"" + clinic.room().locationId() + "\", \"name\": \"Garden room\", \"capacity\": 6}";
        mvc.perform(postJson("/api/rooms", room).with(FRONT_DESK)).andExpect(status().isForbidden());
        mvc.perform(postJson("/api/rooms", room).with(ADMIN)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Garden room"));
        mvc.perform(postJson("/api/rooms", room.replace("6", "0")).with(ADMIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.capacity").exists());
        mvc.perform(get("/api/rooms").with(FRONT_DESK)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(hasItem("Garden room")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/therapists/" + lee.staffId() + "/working-hours").contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"day\": \"MONDAY\", \"from\": \"09:00\", \"to\": \"17:00\"}]").with(FRONT_DESK))
                .andExpect(status().isForbidden());
    }

    @Test
    void offeringAWaitlistSlotBooksItAndTakesTheCoupleOffTheList() throws Exception {
        Couple waiting = clinic.coupleWithoutEpisode();
        String entry = mvc.perform(postJson("/api/waitlist", "{\"coupleId\": \"" + waiting.id()
                        + "\", \"preferredTherapistId\": \"" + lee.staffId() + "\", \"days\": [\"MONDAY\"], \"priority\": \"HIGH\"}")
                        .with(FRONT_DESK))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String entryId = entry.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(postJson("/api/waitlist", "{\"coupleId\": \"" + waiting.id() + "\"}").with(FRONT_DESK))
                .andExpect(status().isConflict());

        String booked = mvc.perform(postJson("/api/waitlist/" + entryId + "/offer", "{\"roomId\": \"" + clinic.room().id()
                        + "\", \"start\": \"" + monday.atTime(9, 0) + "\"}").with(FRONT_DESK))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("INTAKE"))
                .andExpect(jsonPath("$.therapistId").value(lee.staffId().toString()))
                .andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/waitlist").with(FRONT_DESK))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(entryId))));

        // one join (the refused second one published nothing) and one leaving, for reporting
        LocalDate today = LocalDate.now(clock);
        assertThat(events.stream(CoupleWaitlisted.class).filter(e -> e.coupleId().equals(waiting.id())))
                .containsExactly(new CoupleWaitlisted(UUID.fromString(entryId), waiting.id(), today, Priority.HIGH,
                        lee.staffId()));
        assertThat(events.stream(CoupleLeftWaitlist.class).filter(e -> e.coupleId().equals(waiting.id())))
                .containsExactly(new CoupleLeftWaitlist(UUID.fromString(entryId), waiting.id(), today, today,
                        WaitlistExit.SLOT_BOOKED, lee.staffId(), UUID.fromString(booked)));
    }

    @Test
    void withdrawingFromTheWaitlistPublishesThatTheCoupleLeftWithoutABooking() throws Exception {
        Couple waiting = clinic.coupleWithoutEpisode();
        String entryId = mvc.perform(postJson("/api/waitlist", "{\"coupleId\": \"" + waiting.id() + "\"}").with(FRONT_DESK))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(post("/api/waitlist/" + entryId + "/withdraw").with(FRONT_DESK)).andExpect(status().is2xxSuccessful());
        mvc.perform(post("/api/waitlist/" + entryId + "/withdraw").with(FRONT_DESK)).andExpect(status().isNotFound());

        LocalDate today = LocalDate.now(clock);
        assertThat(events.stream(CoupleWaitlisted.class).filter(e -> e.coupleId().equals(waiting.id())))
                .containsExactly(new CoupleWaitlisted(UUID.fromString(entryId), waiting.id(), today, Priority.NORMAL, null));
        assertThat(events.stream(CoupleLeftWaitlist.class).filter(e -> e.coupleId().equals(waiting.id())))
                .containsExactly(new CoupleLeftWaitlist(UUID.fromString(entryId), waiting.id(), today, today,
                        WaitlistExit.WITHDRAWN, null, null));
    }

    @Test
    void withTheClinicsRuleOnAFirstSessionWaitsForBothPartnersTreatmentConsentAndNothingIsWritten() throws Exception {
        Couple withdrawn = clinic.couple(lee.staffId());
        org.imagoclinic.clients.TestCouples.asFrontDesk(context, () -> context.getBean(org.imagoclinic.clients.Couples.class)
                .recordConsents(withdrawn.id(), java.util.List.of(new org.imagoclinic.clients.ConsentEntry(
                        org.imagoclinic.clients.ConsentKind.TREATMENT, org.imagoclinic.clients.PartnerSlot.B, false, null))));
        String sam = withdrawn.partnerB().displayName();
        mvc.perform(get("/api/booking-rules").with(FRONT_DESK)).andExpect(status().isOk())
                .andExpect(jsonPath("$.treatmentConsentBeforeFirstSession").value(false));
        mvc.perform(put("/api/booking-rules").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"treatmentConsentBeforeFirstSession\": true}").with(FRONT_DESK))
                .andExpect(status().isForbidden());
        try {
            mvc.perform(put("/api/booking-rules").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"treatmentConsentBeforeFirstSession\": true}").with(ADMIN))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.treatmentConsentBeforeFirstSession").value(true));

            mvc.perform(postJson("/api/appointments", joint(withdrawn, monday.atTime(10, 0))).with(FRONT_DESK))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("treatment consent before a first session: "
                            + "none is recorded for " + sam)));
            assertThat(rowsOf(withdrawn)).as("nothing written").isZero();
            // a couple with both consents in force books as ever
            mvc.perform(postJson("/api/appointments", joint(smiths, monday.atTime(14, 0))).with(FRONT_DESK))
                    .andExpect(status().isCreated());
        } finally {
            mvc.perform(put("/api/booking-rules").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"treatmentConsentBeforeFirstSession\": false}").with(ADMIN)).andExpect(status().isOk());
        }
        // with the rule off, the same booking goes ahead: the booking dialog and the couple's page warn instead
        mvc.perform(postJson("/api/appointments", joint(withdrawn, monday.atTime(10, 0))).with(FRONT_DESK))
                .andExpect(status().isCreated());
    }

    @Test
    void aWaitingCoupleIsOfferedTheNextFreeSlotsThatSuitThemAndTheirTherapistAndOneIsBookedAtOnce() throws Exception {
        Waitlist waitlist = context.getBean(Waitlist.class);
        Couple waiting = clinic.coupleWithoutEpisode();
        LocalDate tuesday = LocalDate.now(clock).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY));
        // Lee works 07:00-21:00: busy on the first Tuesday from 17:00 to 18:30, away all the second Tuesday
        clinic.as("frontdesk", () -> context.getBean(Bookings.class).book(BookingRequest.joint(smiths.id(), lee.staffId(),
                clinic.room().id(), tuesday.atTime(17, 0))));
        clinic.as("admin", () -> context.getBean(TherapistAvailability.class).addTimeOff(lee.staffId(),
                new NewTimeOff(tuesday.plusWeeks(1).atTime(6, 0), tuesday.plusWeeks(1).atTime(22, 0), "Training")));
        WaitlistEntry entry = clinic.as("frontdesk", () -> waitlist.add(new NewWaitlistEntry(waiting.id(), lee.staffId(),
                java.util.Set.of(java.time.DayOfWeek.TUESDAY), java.time.LocalTime.of(17, 0), null, Priority.NORMAL, null)));

        // a two-seat room listed before every other: too small for the couple and their therapist
        UUID twoSeats = clinic.as("admin", () -> {
            Rooms rooms = context.getBean(Rooms.class);
            UUID location = rooms.addLocation("Aaa small rooms " + UUID.randomUUID(), null).id();
            return rooms.addRoom(new RoomDetails(location, "Room for two", 2)).id();
        });

        java.util.List<SuggestedSlot> slots = clinic.as("frontdesk", () -> waitlist.suggestions(entry.id(), 3));

        assertThat(slots).extracting(SuggestedSlot::roomId).doesNotContain(twoSeats);

        assertThat(slots).extracting(SuggestedSlot::start).containsExactly(tuesday.atTime(19, 0),
                tuesday.plusWeeks(2).atTime(17, 0), tuesday.plusWeeks(2).atTime(18, 0));
        assertThat(slots).allSatisfy(slot -> assertThat(slot.therapistId()).isEqualTo(lee.staffId()));
        mvc.perform(get("/api/waitlist/" + entry.id() + "/suggestions").param("count", "1").with(FRONT_DESK))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].start").value(tuesday.atTime(19, 0) + ":00"));
        SuggestedSlot first = slots.getFirst();
        Appointment booked = clinic.as("frontdesk", () -> waitlist.offer(entry.id(), new SlotOffer(null,
                first.therapistId(), first.roomId(), first.start(), null, false, null, null)));
        assertThat(booked.kind()).isEqualTo(AppointmentKind.INTAKE);
        assertThat(booked.end()).isEqualTo(tuesday.atTime(20, 30));
    }

    private String bookedId(String body) throws Exception {
        String json = mvc.perform(postJson("/api/appointments", body).with(FRONT_DESK)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.replaceAll("(?s).*?\"appointments\":\\[\\{\"id\":\"([^\"]+)\".*", "$1");
    }
}
