package org.imagoclinic.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagoclinic.hostile.ApiCaller.refused;

import java.util.Map;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An id that names nothing the clinic knows is refused, never stored nor silently dropped: in the
 * address a 404, in the body a 400 naming the field; and nothing is written.
 */
@ClinicIntegrationTest
class UnknownIdTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    ApiCaller api;
    TestStaff therapist;
    Couple couple;
    UUID nobody = UUID.randomUUID();

    @BeforeEach
    void records() {
        api = new ApiCaller(mvc, users);
        TestClinic clinic = new TestClinic(context);
        therapist = clinic.therapist();
        couple = clinic.couple(therapist.staffId());
    }

    @Test
    void timeOffAndTheCalendarOfATherapistWhoDoesNotExistAreNotFound() throws Exception {
        String timeOff = "/api/therapists/" + nobody + "/time-off";
        int before = count("scheduling.time_off");
        refused(api.send("admin", HttpMethod.POST, timeOff, "{\"from\": \"" + TestClinic.mondayIn(2).atTime(9, 0)
                + "\", \"to\": \"" + TestClinic.mondayIn(2).atTime(17, 0) + "\", \"reason\": \"Leave\"}"), 404, null);
        assertThat(count("scheduling.time_off")).isEqualTo(before);
        refused(api.send("admin", HttpMethod.GET, timeOff, null), 404, null);
        assertThat(api.send("admin", HttpMethod.GET, "/api/therapists/" + nobody + "/calendar.ics", null).getStatus())
                .isEqualTo(404);
        assertThat(api.send("admin", HttpMethod.GET, "/api/therapists/" + therapist.staffId() + "/time-off", null)
                .getStatus()).isEqualTo(200);
    }

    @Test
    void breakGlassOpensOnlyARegisteredCouple() throws Exception {
        int before = count("security.break_glass_grant");
        refused(api.send("supervisor", HttpMethod.POST, "/api/couples/" + nobody + "/break-glass",
                "{\"category\": \"URGENT_CONTACT\", \"reason\": \"Emergency call from the couple's GP\"}"), 404, null);
        assertThat(count("security.break_glass_grant")).isEqualTo(before);
    }

    @Test
    void theWaitlistRefusesAPreferredTherapistWhoDoesNotExist() throws Exception {
        String before = api.read("frontdesk", "/api/waitlist");
        refused(api.send("frontdesk", HttpMethod.POST, "/api/waitlist", "{\"coupleId\": \"" + couple.id()
                + "\", \"preferredTherapistId\": \"" + nobody + "\"}"), 400, "preferredTherapistId");
        assertThat(api.read("frontdesk", "/api/waitlist")).isEqualTo(before);
    }

    @Test
    void aJointRecordWithAStrangersPartnerIdIsRefusedNotStoredWithoutIt() throws Exception {
        for (Map.Entry<String, String> kind : FarDateTests.imagoBodies(couple).entrySet()) {
            if (!Map.of("vision", 1, "temperature-readings", 1, "appreciations", 1).containsKey(kind.getKey())) {
                continue;
            }
            String path = "/api/couples/" + couple.id() + "/imago/" + kind.getKey();
            String before = api.read(therapist.username(), path);
            String body = kind.getValue().formatted("null").replaceFirst("\\{", "{\"partnerId\": \"" + nobody + "\", ");
            refused(api.send(therapist.username(), HttpMethod.POST, path, body), 400, "partnerId");
            assertThat(api.read(therapist.username(), path)).as(kind.getKey()).isEqualTo(before);
        }
    }

    private int count(String table) {
        Integer rows = jdbc.queryForObject("select count(*) from " + table, Integer.class);
        return rows == null ? 0 : rows;
    }
}
