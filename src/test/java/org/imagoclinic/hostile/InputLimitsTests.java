package org.imagoclinic.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagoclinic.hostile.ApiCaller.refused;

import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The words of a refusal for a value that is too long or missing: the field and its maximum, in
 * the API's problem detail as on the form ({@link InputLimits}); the resource reads back unchanged.
 * The families of values are walked with generated input in {@link GeneratedInputProperties}.
 */
@ClinicIntegrationTest
class InputLimitsTests {

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
    void aHundredKilobyteRoomNameIsRefusedInWordsThatNameTheFieldAndItsMaximum() throws Exception {
        String path = "/api/rooms/" + room.id();
        String before = api.read("admin", path);

        String message = refused(api.send("admin", HttpMethod.PUT, path, "{\"locationId\": \"" + room.locationId()
                + "\", \"name\": \"" + "R".repeat(102_400) + "\", \"capacity\": 4}"), 400, "name");

        assertThat(message).isEqualTo("Keep the name to 100 characters or fewer (it has 102,400).");
        assertThat(api.read("admin", path)).isEqualTo(before);
    }

    @Test
    void aNoteWithoutItsDraftIsRefusedNamingWhatIsMissing() throws Exception {
        String notes = "/api/couples/" + couple.id() + "/notes";
        String before = api.read(therapist.username(), notes);

        String message = refused(api.send(therapist.username(), HttpMethod.POST, notes, "{}"), 400, "draft");

        assertThat(message).startsWith("Send the note's draft");
        assertThat(api.read(therapist.username(), notes)).isEqualTo(before);
    }

    @Test
    void onlyAWorkshopTakesACapacity() throws Exception {
        String week = "/api/appointments?therapistId=" + therapist.staffId() + "&from=" + TestClinic.mondayIn(5);
        String before = api.read("frontdesk", week);

        String message = refused(api.send("frontdesk", HttpMethod.POST, "/api/appointments", "{\"kind\": \"JOINT\", "
                + "\"coupleId\": \"" + couple.id() + "\", \"therapistId\": \"" + therapist.staffId() + "\", \"roomId\": \""
                + room.id() + "\", \"start\": \"" + TestClinic.mondayIn(5).atTime(10, 0) + "\", \"capacity\": -30}"),
                400, "capacity");

        assertThat(message).contains("Only a workshop");
        assertThat(api.read("frontdesk", week)).isEqualTo(before);
    }
}
