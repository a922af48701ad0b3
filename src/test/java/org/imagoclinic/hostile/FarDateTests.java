package org.imagoclinic.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagoclinic.hostile.ApiCaller.refused;

import java.util.Map;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every day the clinic stores lies in one plausible window ({@link PlausibleDates}): from 1900 on,
 * not after today for what happened, at most two years ahead for what is planned. Far days are a 400
 * naming the field, and the resource reads back unchanged.
 */
@ClinicIntegrationTest
class FarDateTests {

    /** A body per Imago kind with every required part, and the day in {@code %s}. */
    static Map<String, String> imagoBodies(Couple couple) {
        String a = couple.partnerA().personId().toString();
        return Map.of(
                "temperature-readings", "{\"recordedOn\": %s, \"content\": {\"appreciations\": \"Thank you for dinner\"}}",
                "vision", "{\"recordedOn\": %s, \"content\": {\"statements\": [{\"text\": \"We laugh\", \"rank\": 1}]}}",
                "exits", "{\"partnerId\": \"" + a + "\", \"recordedOn\": %s, \"content\": {\"exits\": "
                        + "[{\"description\": \"Works late\", \"kind\": \"SOFT\", \"status\": \"OPEN\"}]}}",
                "wound-explorations", "{\"partnerId\": \"" + a + "\", \"recordedOn\": %s, \"content\": "
                        + "{\"narrative\": \"Felt unseen\"}}",
                "traits", "{\"partnerId\": \"" + a + "\", \"recordedOn\": %s, \"content\": {\"traits\": [\"Kind\"]}}",
                "appreciations", "{\"recordedOn\": %s, \"content\": {\"appreciations\": [{\"fromPartnerId\": \"" + a
                        + "\", \"text\": \"You listened\"}]}}");
    }

    static String bcr(Couple couple) {
        return """
                {"content": {"askingPartnerId": "%s", "frustration": "Late", "feeling": "Alone", "desire": "Time together",
                 "requests": [{"text": "Ask me about my day on Mondays for a month"}, {"text": "Walk with me on Sundays"},
                              {"text": "Cook with me on Fridays"}]}}""".formatted(couple.partnerA().personId());
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    ApiCaller api;
    TestStaff therapist;
    Couple couple;
    String me;

    @BeforeEach
    void records() {
        api = new ApiCaller(mvc, users);
        TestClinic clinic = new TestClinic(context);
        therapist = clinic.therapist();
        couple = clinic.couple(therapist.staffId());
        me = therapist.username();
    }

    @Test
    void imagoRecordsAreNotDatedCenturiesAwayNorInTheFuture() throws Exception {
        for (Map.Entry<String, String> kind : imagoBodies(couple).entrySet()) {
            String path = "/api/couples/" + couple.id() + "/imago/" + kind.getKey();
            String before = api.read(me, path);
            for (String day : new String[] {"\"9999-12-31\"", "\"0001-01-01\"", "\"1899-12-31\"",
                    "\"" + PlausibleDates.latestPlanned(java.time.LocalDate.now(context.getBean(java.time.Clock.class))) + "\""}) {
                refused(api.send(me, HttpMethod.POST, path, kind.getValue().formatted(day)), 400, "recordedOn");
            }
            assertThat(api.read(me, path)).as(kind.getKey()).isEqualTo(before);
            assertThat(api.send(me, HttpMethod.POST, path, kind.getValue().formatted("\"1900-01-01\"")).getStatus())
                    .as(kind.getKey() + " on the earliest day").isEqualTo(201);
        }
    }

    @Test
    void aFollowUpIsNotDatedInTheYear9999() throws Exception {
        MockHttpServletResponse request = api.send(me, HttpMethod.POST, "/api/couples/" + couple.id() + "/imago/requests",
                bcr(couple));
        assertThat(request.getStatus()).as(request.getContentAsString()).isEqualTo(201);
        String id = tools.jackson.databind.json.JsonMapper.shared().readTree(request.getContentAsString()).get("id").asString();
        String followUps = "/api/couples/" + couple.id() + "/imago/requests/" + id + "/follow-ups";
        String before = api.read(me, followUps);
        refused(api.send(me, HttpMethod.POST, followUps, "{\"outcome\": \"KEPT\", \"chosen\": 1, \"followedUpOn\": \"9999-12-31\"}"),
                400, "followedUpOn");
        assertThat(api.read(me, followUps)).isEqualTo(before);
        assertThat(api.read(me, "/api/couples/" + couple.id() + "/imago/requests")).doesNotContain("\"chosen\":1");
    }

    @Test
    void screensAndConsentsAreNotDatedInYearOneZeroOrMinusOne() throws Exception {
        String screening = "/api/couples/" + couple.id() + "/screening";
        String before = api.read(me, screening);
        refused(api.send(me, HttpMethod.POST, screening, "{\"screenedOn\": \"0001-01-01\", \"partner\": \"A\", "
                + "\"intimatePartnerViolence\": \"NONE\", \"coerciveControl\": \"NONE\", \"affair\": \"NONE\", "
                + "\"substanceDependence\": \"NONE\"}"), 400, "screenedOn");
        assertThat(api.read(me, screening)).isEqualTo(before);

        String coupleDetails = "/api/couples/" + couple.id();
        String details = api.read("frontdesk", coupleDetails);
        for (String day : new String[] {"0000-01-01", "-0001-01-01"}) {
            refused(api.send("frontdesk", HttpMethod.POST, coupleDetails + "/consents", "{\"consents\": [{\"kind\": "
                    + "\"RECORDING\", \"partner\": \"A\", \"given\": true, \"on\": \"" + day + "\"}]}"), 400, "consents[0].on");
        }
        assertThat(api.read("frontdesk", coupleDetails)).isEqualTo(details);
    }

    @Test
    void aMeasureIsNotAnsweredInYearMinusOne() throws Exception {
        String measures = "/api/couples/" + couple.id() + "/measures";
        String before = api.read(me, measures);
        refused(api.send(me, HttpMethod.POST, measures, "{\"instrument\": \"CSI-4\", \"partnerId\": \""
                + couple.partnerA().personId() + "\", \"administeredOn\": \"-0001-01-01\", \"answers\": [1, 1, 1, 1]}"),
                400, "administeredOn");
        assertThat(api.read(me, measures)).isEqualTo(before);
    }

    @Test
    void timeOffLastsNoEightThousandYears() throws Exception {
        String timeOff = "/api/therapists/" + therapist.staffId() + "/time-off";
        String before = api.read("admin", timeOff + "?from=1900-01-01&to=2100-01-01");
        MockHttpServletResponse response = api.send("admin", HttpMethod.POST, timeOff,
                "{\"from\": \"0001-01-01T00:00\", \"to\": \"9999-12-31T23:59\", \"reason\": \"Forever\"}");
        refused(response, 400, "from");
        refused(response, 400, "to");
        assertThat(api.read("admin", timeOff + "?from=1900-01-01&to=2100-01-01")).isEqualTo(before);
    }

    @Test
    void aCancellationTakesNoTimeOfItsOwn() throws Exception {
        Appointment appointment = new TestClinic(context).as("frontdesk", () -> context.getBean(Bookings.class)
                .book(BookingRequest.joint(couple.id(), therapist.staffId(), new TestClinic(context).room().id(),
                        TestClinic.mondayIn(5).atTime(9, 0))).first());
        String path = "/api/appointments/" + appointment.id();
        String before = api.read("frontdesk", path);
        String message = refused(api.send("frontdesk", HttpMethod.POST, path + "/cancel",
                "{\"by\": \"CLIENT\", \"reason\": \"Ill\", \"at\": \"25:00\"}"), 400, "at");
        assertThat(message).contains("leave it out");
        assertThat(api.read("frontdesk", path)).isEqualTo(before);
    }
}
