package org.imagoclinic.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagoclinic.hostile.ApiCaller.refused;

import java.time.LocalDate;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * JSON is read as written (issue 29, {@code shared.internal.StrictJson}): a choice by its position,
 * a date as a number, a key given twice, a number where text belongs and text or a fraction where a
 * whole number belongs are each a 400 naming the field, and the resource reads back unchanged.
 */
@ClinicIntegrationTest
class StrictJsonTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    ApiCaller api;
    Room room;
    TestStaff therapist;
    Couple couple;

    @BeforeEach
    void records() {
        api = new ApiCaller(mvc, users);
        TestClinic clinic = new TestClinic(context);
        room = clinic.room();
        therapist = clinic.therapist();
        couple = clinic.couple(therapist.staffId());
    }

    @Test
    void aChoiceGivenByItsPositionIsRefused() throws Exception {
        String screening = "/api/couples/" + couple.id() + "/screening";
        String before = api.read(therapist.username(), screening);
        for (String position : new String[] {"\"1\"", "1", "0"}) {
            String message = refused(api.send(therapist.username(), HttpMethod.POST, screening + "/decision",
                    "{\"decision\": " + position + ", \"reason\": \"Suitable for joint work after the screen.\"}"),
                    400, "decision");
            assertThat(message).startsWith("Use one of:");
        }
        assertThat(api.read(therapist.username(), screening)).isEqualTo(before);
    }

    @Test
    void aDateGivenAsANumberIsRefused() throws Exception {
        String timeOff = "/api/therapists/" + therapist.staffId() + "/time-off";
        String before = api.read("admin", timeOff);
        String message = refused(api.send("admin", HttpMethod.POST, timeOff,
                "{\"from\": 1800000000, \"to\": \"" + TestClinic.mondayIn(3).atTime(17, 0) + "\", \"reason\": \"Leave\"}"),
                400, "from");
        assertThat(message).contains("date");
        refused(api.send(therapist.username(), HttpMethod.POST, "/api/couples/" + couple.id() + "/episodes/"
                + couple.episodes().getFirst().id() + "/pause", "{\"on\": 20000, \"reason\": \"Travelling\"}"), 400, "on");
        assertThat(api.read("admin", timeOff)).isEqualTo(before);
    }

    @Test
    void aDateWrittenAsAnArrayIsRefused() throws Exception {
        String timeOff = "/api/therapists/" + therapist.staffId() + "/time-off";
        String before = api.read("admin", timeOff);
        LocalDate monday = TestClinic.mondayIn(3);
        String message = refused(api.send("admin", HttpMethod.POST, timeOff, "{\"from\": [" + monday.getYear() + ", "
                + monday.getMonthValue() + ", " + monday.getDayOfMonth() + ", 9, 0], \"to\": \"" + monday.atTime(17, 0)
                + "\", \"reason\": \"Leave\"}"), 400, "from");
        assertThat(message).isEqualTo("Use a date and time such as 2026-03-14T09:30.");
        String screening = "/api/couples/" + couple.id() + "/screening";
        String screens = api.read(therapist.username(), screening);
        assertThat(refused(api.send(therapist.username(), HttpMethod.POST, screening, "{\"screenedOn\": [2026, 3, 14], "
                + "\"intimatePartnerViolence\": \"NONE\", \"affair\": \"NONE\", \"substanceDependence\": \"NONE\"}"),
                400, "screenedOn")).isEqualTo("Use a date such as 2026-03-14.");
        assertThat(api.read("admin", timeOff)).isEqualTo(before);
        assertThat(api.read(therapist.username(), screening)).isEqualTo(screens);
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingTheKey() throws Exception {
        String path = "/api/rooms/" + room.id();
        String before = api.read("admin", path);
        String message = refused(api.send("admin", HttpMethod.PUT, path, "{\"locationId\": \"" + room.locationId()
                + "\", \"name\": \"First\", \"name\": \"Second\", \"capacity\": 4}"), 400, "name");
        assertThat(message).contains("twice");
        assertThat(api.read("admin", path)).isEqualTo(before);
    }

    @Test
    void numbersAreNotTextAndTextIsNotANumber() throws Exception {
        String path = "/api/rooms/" + room.id();
        String before = api.read("admin", path);
        String location = "\"locationId\": \"" + room.locationId() + "\"";
        assertThat(refused(api.send("admin", HttpMethod.PUT, path, "{" + location + ", \"name\": 42, \"capacity\": 4}"),
                400, "name")).isEqualTo("Use text in quotes.");
        refused(api.send("admin", HttpMethod.PUT, path, "{" + location + ", \"name\": true, \"capacity\": 4}"), 400, "name");
        assertThat(refused(api.send("admin", HttpMethod.PUT, path, "{" + location + ", \"name\": \"A\", \"capacity\": \"4\"}"),
                400, "capacity")).isEqualTo("Use a whole number, without quotes.");
        refused(api.send("admin", HttpMethod.PUT, path, "{" + location + ", \"name\": \"A\", \"capacity\": 4.5}"), 400, "capacity");
        assertThat(api.read("admin", path)).isEqualTo(before);
    }
}
