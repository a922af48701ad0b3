package org.imagoclinic.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.assessments.NewSessionNote;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.NewWaitlistEntry;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.scheduling.WaitlistEntry;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.Endpoints;
import org.imagoclinic.support.Endpoints.Endpoint;
import org.imagoclinic.support.JsonShapes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The access matrix with real records (issue 20): every endpoint keyed by a session note's or a
 * behaviour change request's id is tried by the demo therapist with a real record of a couple in
 * ANOTHER care team, under that couple's path and under the path of a couple that is his own; each
 * answers 403 or 404 and the record is unchanged.
 */
@ClinicIntegrationTest
class RecordsOfAnotherCareTeamTests {

    /** Calling every endpoint may change a clinic-wide setting: the tests after it start from the defaults. */
    @org.junit.jupiter.api.AfterEach
    void theClinicsSettingsAsTheyWere() {
        org.imagoclinic.support.ClinicDefaults.restore(context);
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SessionNotes notes;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void noteAndRequestEndpointsRefuseRecordsOfAnotherCareTeamAndChangeNothing() throws Exception {
        TestAccounts.signIn(context, "therapist");
        UUID lee = context.getBean(CurrentUser.class).require().staffId().orElseThrow();
        SecurityContextHolder.clearContext();
        Couple own = TestCouples.caredForBy(context, lee);
        TestStaff stranger = TestAccounts.staff(context, "othercare", Roles.THERAPIST);
        Couple theirs = TestCouples.caredForBy(context, stranger.staffId());
        UUID session = new ImagoTestClinic(context, "admin").completedSession(theirs, stranger, true);
        TestAccounts.signIn(context, stranger.username());
        SessionNote note = notes.write(theirs.id(), new NewSessionNote(session,
                new NoteDraft("Joint session of another care team.", List.of(), null, null)));
        SecurityContextHolder.clearContext();
        String requestId = JsonPath.read(send(HttpMethod.POST, "/api/couples/" + theirs.id() + "/imago/requests",
                stranger.username(), bcr(theirs)), "$.id");
        String before = snapshot(stranger, note, theirs);

        List<Endpoint> keyed = Endpoints.of(context).stream()
                .filter(endpoint -> endpoint.path().contains("{noteId}") || endpoint.path().contains("{requestId}")).toList();
        assertThat(keyed).extracting(Endpoint::key).contains("PUT /api/notes/{noteId}",
                "POST /api/couples/{coupleId}/imago/requests/{requestId}/follow-ups");
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : keyed) {
            for (Couple under : List.of(own, theirs)) {
                String path = endpoint.expand(variable -> switch (variable) {
                    case "noteId" -> note.id().toString();
                    case "requestId" -> requestId;
                    default -> under.id().toString();
                });
                int status = status(endpoint, path, "therapist");
                if (status != 403 && status != 404) {
                    problems.add(endpoint.method() + " " + path + " answered " + status);
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(snapshot(stranger, note, theirs)).isEqualTo(before);
    }

    @Test
    void appointmentAndWaitlistEndpointsRefuseAnotherCareTeamsSessionsAndChangeNothing() throws Exception {
        TestClinic clinic = new TestClinic(context);
        TestStaff stranger = clinic.therapist();
        Couple theirs = clinic.couple(stranger.staffId());
        LocalDateTime start = TestClinic.mondayIn(1).atTime(10, 0);
        Appointment session = clinic.as(stranger.username(), () -> context.getBean(Bookings.class)
                .book(BookingRequest.joint(theirs.id(), stranger.staffId(), clinic.room().id(), start)).first());
        Couple waiting = clinic.coupleWithoutEpisode();
        WaitlistEntry entry = clinic.as("frontdesk", () -> context.getBean(Waitlist.class).add(new NewWaitlistEntry(
                waiting.id(), stranger.staffId(), Set.of(), null, null, null, null)));
        String before = scheduleOf(session.id(), entry.id());

        List<Endpoint> keyed = Endpoints.of(context).stream().filter(endpoint -> endpoint.path().startsWith("/api/appointments/{id}")
                || endpoint.path().startsWith("/api/waitlist/{id}")).toList();
        assertThat(keyed).extracting(Endpoint::key).contains("GET /api/appointments/{id}", "POST /api/appointments/{id}/cancel",
                "GET /api/appointments/{id}/moves", "POST /api/waitlist/{id}/offer", "POST /api/waitlist/{id}/withdraw");
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : keyed) {
            String path = endpoint.expand(variable -> switch (variable) {
                case "id" -> (endpoint.path().startsWith("/api/waitlist") ? entry.id() : session.id()).toString();
                default -> theirs.id().toString();
            });
            for (String who : List.of("therapist", "supervisor")) {
                int status = status(endpoint, path, who);
                if (status != 403 && status != 404) {
                    problems.add(who + ": " + endpoint.method() + " " + path + " answered " + status);
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(scheduleOf(session.id(), entry.id())).isEqualTo(before);

        // the same session for its own therapist and the front desk; on another clinician's calendar: busy, no names
        String week = "/api/appointments?therapistId=" + stranger.staffId() + "&from=" + start.toLocalDate() + "&to="
                + start.toLocalDate();
        assertThat(send(HttpMethod.GET, "/api/appointments/" + session.id(), stranger.username(), ""))
                .contains(theirs.displayName());
        assertThat(send(HttpMethod.GET, week, "frontdesk", "")).contains(theirs.displayName());
        String seenByLee = send(HttpMethod.GET, week, "therapist", "");
        assertThat(JsonPath.<List<String>>read(seenByLee, "$[?(@.id == '" + session.id() + "')].coupleName"))
                .containsExactly("Busy");
        assertThat(seenByLee).doesNotContain(theirs.displayName()).doesNotContain(theirs.id().toString());
        assertThat(send(HttpMethod.GET, "/api/waitlist", "therapist", "")).doesNotContain(entry.id().toString());
        assertThat(send(HttpMethod.GET, "/api/waitlist", stranger.username(), "")).contains(entry.id().toString());
    }

    /** The session's state and the waitlist entry's, read past the services. */
    private String scheduleOf(UUID appointmentId, UUID entryId) {
        return jdbc.queryForObject("select a.status || ' ' || a.during || ' ' || a.updated_at || ' ' || coalesce(w.closed_reason, 'waiting')"
                + " from scheduling.appointment a, scheduling.waitlist_entry w where a.id = ? and w.id = ?", String.class,
                appointmentId, entryId);
    }

    private int status(Endpoint endpoint, String path, String username) throws Exception {
        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(endpoint.method()), path);
        if (endpoint.body() != null) {
            call.contentType(MediaType.APPLICATION_JSON).content(JsonShapes.plausible(endpoint.body().getGenericParameterType()));
        }
        return mvc.perform(call.with(as(username))).andReturn().getResponse().getStatus();
    }

    /** The other team's note and Imago records as their therapist sees them. */
    private String snapshot(TestStaff owner, SessionNote note, Couple couple) {
        TestAccounts.signIn(context, owner.username());
        try {
            SessionNote now = notes.get(note.id(), true);
            return now.status() + " " + now.draft() + " " + now.history().size() + " " + now.signedAt() + " "
                    + jdbc.queryForObject("select (select count(*) from assessments.imago_record where couple_id = ?) || ' records, '"
                    + " || (select count(*) from assessments.request_follow_up f join assessments.imago_record r"
                    + " on r.id = f.request_id where r.couple_id = ?) || ' follow-ups'", String.class, couple.id(), couple.id());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String send(HttpMethod method, String path, String username, String body) throws Exception {
        return mvc.perform(request(method, path).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String bcr(Couple couple) {
        String request = "{\"text\": \"%s\", \"importance\": 4, \"difficulty\": 2}";
        return """
                {"content": {"askingPartnerId": "%s", "frustration": "You look at your phone when I talk",
                 "feeling": "invisible", "desire": "to be seen and heard", "childhoodLink": "My father never looked up.",
                 "requests": [%s, %s, %s]}}""".formatted(couple.partnerA().personId(),
                request.formatted("Ask me how my day went, three evenings a week"),
                request.formatted("Hug me when you come home, every day this week"),
                request.formatted("Put your phone away at dinner, every evening this week"));
    }
}
