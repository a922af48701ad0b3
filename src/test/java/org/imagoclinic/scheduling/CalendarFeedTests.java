package org.imagoclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A therapist's iCalendar feed: only the kind of session and initials, for the therapist and administrators. */
@ClinicIntegrationTest
class CalendarFeedTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;

    TestClinic clinic;
    TestStaff lee;
    Couple smiths;
    Appointment session;
    RequestPostProcessor asLee;

    @BeforeEach
    void aBookedSession() {
        clinic = new TestClinic(context);
        lee = clinic.therapist();
        smiths = clinic.couple(lee.staffId());
        LocalDate day = LocalDate.now(TestClinicClock.clinic()).plusDays(3);
        session = clinic.as("frontdesk", () -> bookings.book(BookingRequest.joint(smiths.id(), lee.staffId(),
                clinic.room().id(), day.atTime(10, 0))).first());
        asLee = httpBasic(lee.username(), "staff-password-2026");
    }

    @Test
    void theFeedHasTheSessionWithInitialsOnlyAndNoNames() throws Exception {
        String ics = mvc.perform(get("/api/therapists/" + lee.staffId() + "/calendar.ics").with(asLee))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar")))
                .andReturn().getResponse().getContentAsString();

        String initials = "A" + smiths.partnerA().details().lastName().charAt(0) + " & S"
                + smiths.partnerB().details().lastName().charAt(0);
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0")
                .contains("SUMMARY:Couple session · " + initials)
                .contains("UID:" + session.id() + "@imagoclinic.org")
                .contains("LOCATION:Room 1 (" + clinic.room().locationName() + ")")
                .doesNotContain(smiths.partnerA().details().lastName())
                .doesNotContain(smiths.partnerB().details().lastName())
                .doesNotContain("Alex").doesNotContain("communication");
        assertThat(unfolded.lines().filter(line -> line.startsWith("DTSTART:")).toList()).hasSize(1);
    }

    @Test
    void theFeedIsValidICalendarWithOneStampPerEventFromTheClinicsClock() throws Exception {
        String ics = mvc.perform(get("/api/therapists/" + lee.staffId() + "/calendar.ics").with(asLee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Instant before = TestClinicClock.current();

        net.fortuna.ical4j.model.Calendar parsed = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(ics));

        assertThat(parsed.validate().hasErrors()).as(parsed.validate().toString()).isFalse();
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        List<Property> stamps = events.getFirst().getProperties(Property.DTSTAMP);
        assertThat(stamps).hasSize(1);
        Instant stamped = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX")
                .parse(stamps.getFirst().getValue(), Instant::from);
        assertThat(stamped).isBetween(before.minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                before.plusSeconds(1));
    }

    @Test
    void onlyTheTherapistAndAdministratorsReadIt() throws Exception {
        TestStaff okafor = clinic.therapist();
        mvc.perform(get("/api/therapists/" + lee.staffId() + "/calendar.ics")
                .with(httpBasic(okafor.username(), "staff-password-2026"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/therapists/" + lee.staffId() + "/calendar.ics")
                .with(httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/therapists/" + lee.staffId() + "/calendar.ics")
                .with(httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/therapists/" + lee.staffId() + "/calendar.ics")).andExpect(status().isUnauthorized());
    }

    @Test
    void aSecretAddressWorksWithoutSigningInUntilItIsReplaced() throws Exception {
        String first = secretPath();

        String ics = mvc.perform(get(first)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ics).contains("UID:" + session.id());

        String second = secretPath();
        mvc.perform(get(first)).andExpect(status().isNotFound());
        mvc.perform(get(second)).andExpect(status().isOk());
        mvc.perform(get("/feeds/calendar/not-a-real-secret-at-all-0123456789.ics")).andExpect(status().isNotFound());
    }

    @Test
    void everyReadOfASecretAddressIsAuditedAndItStopsWhenTheTherapistLeaves() throws Exception {
        String feed = secretPath();
        mvc.perform(get(feed)).andExpect(status().isOk());
        mvc.perform(get(feed)).andExpect(status().isOk());
        assertThat(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select count(*) from audit.audit_entry where subject_type = 'CalendarFeed' and action = 'VIEW'"
                        + " and subject_id = ? and reason = 'read by its secret address'", Integer.class,
                lee.staffId().toString())).isEqualTo(2);

        clinic.as("admin", () -> context.getBean(org.imagoclinic.staff.StaffDirectory.class).deactivate(lee.staffId()));

        mvc.perform(get(feed)).andExpect(status().isNotFound());
    }

    private String secretPath() throws Exception {
        String json = mvc.perform(post("/api/therapists/me/calendar-feed").with(asLee)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.replaceAll(".*\"path\":\"([^\"]+)\".*", "$1");
    }
}
