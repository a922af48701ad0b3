package org.imagoclinic.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.EpisodeClosing;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.EpisodeStatus;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.NewEpisode;
import org.imagoclinic.clients.StatusChange;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.clients.TherapistAssignment;
import org.imagoclinic.security.CareTeamDirectory;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may put therapists on a couple's care team (ADR 0028): the front desk, administrators and a
 * supervisor already on it; never a clinician for a couple they are not on, whether the last episode
 * closed, the open one is in intake or they hold a break-glass grant; every change audited with who,
 * whom and why.
 */
@ClinicIntegrationTest
class CareTeamAssignmentTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EpisodesOfCare episodes;
    @Autowired
    Couples couples;
    @Autowired
    CareTeamDirectory careTeams;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TherapistRoster roster;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTherapistCannotOpenAnEpisodeWithHimselfForACoupleWhoseLastEpisodeClosed() throws Exception {
        TestStaff own = TestAccounts.staff(context, "own", Roles.THERAPIST);
        TestStaff stranger = TestAccounts.staff(context, "stranger", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, own.staffId());
        TestAccounts.signIn(context, own.username());
        episodes.close(couple.id(), couple.openEpisode().orElseThrow().id(),
                new EpisodeClosing(EpisodeEnding.COMPLETED, "Goals met.", null));
        SecurityContextHolder.clearContext();
        String base = "/api/couples/" + couple.id();

        call(get(base + "/notes"), stranger, null).andExpect(status().isForbidden());
        call(post(base + "/episodes"), stranger, "{\"primaryTherapistId\": \"" + stranger.staffId() + "\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Therapists don't assign a couple's therapists")));

        call(get(base + "/notes"), stranger, null).andExpect(status().isForbidden());
        assertThat(episodesOf(couple.id())).allSatisfy(episode -> assertThat(episode.status()).isEqualTo(EpisodeStatus.CLOSED));
        assertThat(careTeams.careTeamOf(couple.id())).doesNotContain(stranger.staffId());
        assertThat(entriesBy(stranger, couple.id())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(entry.reason()).startsWith("care team assignment refused");
        });
    }

    @Test
    void aTherapistCannotPutHimselfOnAnEpisodeInIntake() throws Exception {
        TestStaff own = TestAccounts.staff(context, "own", Roles.THERAPIST);
        TestStaff stranger = TestAccounts.staff(context, "stranger", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, own.staffId());
        String base = "/api/couples/" + couple.id();

        call(put(base + "/therapist"), stranger, "{\"primaryTherapistId\": \"" + stranger.staffId() + "\"}")
                .andExpect(status().isForbidden());
        call(put(base + "/therapist"), own, "{\"primaryTherapistId\": \"" + own.staffId() + "\", \"coTherapistId\": \""
                + stranger.staffId() + "\"}")
                .andExpect(status().isForbidden());
        // refused for who is asking before anything else is said, even that an episode is already open
        call(post(base + "/episodes"), stranger, "{\"primaryTherapistId\": \"" + stranger.staffId() + "\"}")
                .andExpect(status().isForbidden());

        assertThat(careTeams.careTeamOf(couple.id())).containsExactly(own.staffId());
        call(get(base + "/notes"), stranger, null).andExpect(status().isForbidden());
    }

    @Test
    void breakGlassNeverPutsAnyoneOnTheCareTeam() throws Exception {
        TestStaff own = TestAccounts.staff(context, "own", Roles.THERAPIST);
        TestStaff supervisor = TestAccounts.staff(context, "sup", Roles.SUPERVISOR, Roles.THERAPIST);
        TestStaff therapist = TestAccounts.staff(context, "cover", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, own.staffId());
        TestAccounts.signIn(context, own.username());
        episodes.start(couple.id(), couple.openEpisode().orElseThrow().id(), StatusChange.today());
        SecurityContextHolder.clearContext();
        String base = "/api/couples/" + couple.id();

        for (TestStaff covering : List.of(supervisor, therapist)) {
            call(post(base + "/break-glass"), covering, "{\"category\": \"COVERING_ABSENT_THERAPIST\", \"reason\": \"Urgent call while Dr Own is away today\"}")
                    .andExpect(status().isCreated());
            call(get(base + "/notes"), covering, null).andExpect(status().isOk());
            call(put(base + "/therapist"), covering, "{\"primaryTherapistId\": \"" + own.staffId()
                    + "\", \"coTherapistId\": \"" + covering.staffId() + "\", \"reason\": \"Covering\"}")
                    .andExpect(status().isForbidden());
        }
        call(put(base + "/therapist"), supervisor, "{\"primaryTherapistId\": \"" + own.staffId()
                + "\", \"coTherapistId\": \"" + supervisor.staffId() + "\"}")
                .andExpect(jsonPath("$.detail").value(containsString("break-glass access does not count")));

        assertThat(careTeams.careTeamOf(couple.id())).containsExactly(own.staffId());
    }

    @Test
    void supervisingTheTherapistIsNotBeingOnTheCareTeam() throws Exception {
        TestStaff supervisor = TestAccounts.staff(context, "sup", Roles.SUPERVISOR, Roles.THERAPIST);
        TestStaff supervisee = TestAccounts.supervisee(context, "trainee", supervisor.staffId());
        Couple couple = TestCouples.caredForBy(context, supervisee.staffId());
        String base = "/api/couples/" + couple.id();

        call(get(base + "/notes"), supervisor, null).andExpect(status().isOk());
        call(put(base + "/therapist"), supervisor, "{\"primaryTherapistId\": \"" + supervisee.staffId()
                + "\", \"coTherapistId\": \"" + supervisor.staffId() + "\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("supervising a therapist")));

        assertThat(careTeams.careTeamOf(couple.id())).containsExactly(supervisee.staffId());
    }

    @Test
    void aSupervisorOnTheCareTeamChangesItAndTheAuditSaysWhoWhomAndWhy() throws Exception {
        TestStaff therapist = TestAccounts.staff(context, "lead", Roles.THERAPIST);
        TestStaff supervisor = TestAccounts.staff(context, "sup", Roles.SUPERVISOR, Roles.THERAPIST);
        TestStaff colleague = TestAccounts.staff(context, "next", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestCouples.asFrontDesk(context, () -> episodes.assignTherapists(couple.id(),
                new TherapistAssignment(therapist.staffId(), supervisor.staffId(), null)));

        call(put("/api/couples/" + couple.id() + "/therapist"), supervisor, "{\"primaryTherapistId\": \""
                + therapist.staffId() + "\", \"coTherapistId\": \"" + colleague.staffId()
                + "\", \"reason\": \"Dr Sup hands over co-therapy to a colleague\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.coTherapistId").value(colleague.staffId().toString()))
                .andExpect(jsonPath("$.changes[-1:].reason").value("Dr Sup hands over co-therapy to a colleague"));

        assertThat(careTeams.careTeamOf(couple.id())).containsExactlyInAnyOrder(therapist.staffId(), colleague.staffId());
        assertThat(entriesBy(supervisor, couple.id())).filteredOn(entry -> entry.outcome() == AuditOutcome.ALLOWED
                        && "Episode".equals(entry.subjectType()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
                    assertThat(entry.reason())
                            .contains("as a clinician on the couple's care team")
                            .contains("primary " + named(therapist) + ", co-therapist " + named(colleague))
                            .contains("before: primary " + named(therapist) + ", co-therapist " + named(supervisor))
                            .endsWith("why: Dr Sup hands over co-therapy to a colleague");
                });
    }

    @Test
    void theFrontDeskAndAdministratorsAssignOnceTreatmentHasStartedToo() throws Exception {
        TestStaff therapist = TestAccounts.staff(context, "lead", Roles.THERAPIST);
        TestStaff colleague = TestAccounts.staff(context, "next", Roles.THERAPIST);
        TestStaff desk = TestAccounts.staff(context, "desk", Roles.FRONT_DESK);
        TestStaff admin = TestAccounts.staff(context, "admin", Roles.ADMIN);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
        episodes.start(couple.id(), couple.openEpisode().orElseThrow().id(), StatusChange.today());
        SecurityContextHolder.clearContext();
        String therapistPath = "/api/couples/" + couple.id() + "/therapist";

        call(put(therapistPath), desk, "{\"primaryTherapistId\": \"" + colleague.staffId()
                + "\", \"reason\": \"Dr Lead leaves the clinic\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.primaryTherapistId").value(colleague.staffId().toString()));
        call(put(therapistPath), admin, "{\"primaryTherapistId\": \"" + therapist.staffId() + "\"}")
                .andExpect(status().isOk());

        assertThat(entriesBy(desk, couple.id())).singleElement().satisfies(entry -> assertThat(entry.reason())
                .contains("as the front desk").contains("primary " + named(colleague))
                .contains("before: primary " + named(therapist))
                .endsWith("why: Dr Lead leaves the clinic"));
        assertThat(entriesBy(admin, couple.id())).singleElement().satisfies(entry -> assertThat(entry.reason())
                .contains("as an administrator").endsWith("why: no reason given"));
    }

    @Test
    void aClinicianRegisteringACoupleLeavesTheTherapistsToTheFrontDesk() throws Exception {
        TestStaff therapist = TestAccounts.staff(context, "reg", Roles.THERAPIST);
        TestStaff deskAndTherapist = TestAccounts.staff(context, "both", Roles.FRONT_DESK, Roles.THERAPIST);
        String smith = ApiJson.name();

        call(post("/api/couples"), therapist, ApiJson.couple(smith, ApiJson.name(), therapist.staffId().toString()))
                .andExpect(status().isForbidden());
        call(post("/api/couples"), deskAndTherapist, ApiJson.couple(smith, ApiJson.name(),
                deskAndTherapist.staffId().toString()))
                .andExpect(status().isForbidden());

        TestAccounts.signIn(context, "frontdesk");
        assertThat(couples.count(CoupleQuery.byName(smith))).isZero();
    }

    @Test
    void theServiceRefusesWhateverTheScreen() {
        TestStaff own = TestAccounts.staff(context, "own", Roles.THERAPIST);
        TestStaff supervisor = TestAccounts.staff(context, "sup", Roles.SUPERVISOR);
        Couple couple = TestCouples.caredForBy(context, own.staffId());
        ClinicalAccess access = context.getBean(ClinicalAccess.class);

        TestAccounts.signIn(context, own.username());
        assertThat(access.mayAssignCareTeam(couple.id())).isFalse();
        assertThatThrownBy(() -> episodes.assignTherapists(couple.id(),
                new TherapistAssignment(own.staffId(), null, null, "Same again")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> couples.register(TestCouples.registration(ApiJson.name(), ApiJson.name(), own.staffId())))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(context, supervisor.username());
        assertThat(access.mayAssignCareTeam(couple.id())).isFalse();
        assertThatThrownBy(() -> episodes.assignTherapists(couple.id(),
                new TherapistAssignment(supervisor.staffId(), null, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not on this couple's care team");
        Couple newcomers = TestCouples.asFrontDesk(context, () -> couples.register(TestCouples.registration()));
        assertThatThrownBy(() -> episodes.open(newcomers.id(), new NewEpisode(null, supervisor.staffId(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(episodes.open(newcomers.id(), new NewEpisode(null, null, null)).primaryTherapistId()).isNull();

        TestAccounts.signIn(context, "frontdesk");
        assertThat(access.mayAssignCareTeam(couple.id())).isTrue();
        assertThat(careTeams.careTeamOf(couple.id())).containsExactly(own.staffId());
    }

    private ResultActions call(MockHttpServletRequestBuilder request, TestStaff who, @Nullable String body) throws Exception {
        UserDetails user = users.loadUserByUsername(who.username());
        request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    /** How the audit trail names a staff member: their name and id. */
    private String named(TestStaff staff) {
        return TestCouples.asFrontDesk(context, () -> roster.nameOf(staff.staffId())) + " (" + staff.staffId() + ")";
    }

    private List<Episode> episodesOf(UUID coupleId) {
        return TestCouples.asFrontDesk(context, () -> episodes.episodesOf(coupleId));
    }

    private List<AuditLogEntry> entriesBy(TestStaff who, UUID coupleId) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signIn(context, "admin");
        try {
            return auditLog.find(new AuditQuery(who.username(), null, coupleId, null, null, null), 0, 100).stream()
                    .filter(entry -> "Episode".equals(entry.subjectType())).toList();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
