package org.imagoclinic.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Only the front desk and the couple's own care team change a couple's personal details and
 * consents: a therapist who may not read the couple's intake may not rewrite their names and
 * addresses either, and each attempt, allowed or refused, is in the audit trail.
 */
@ClinicIntegrationTest
class CoupleDetailsKeeperTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditLog auditLog;

    TestStaff own;
    TestStaff stranger;
    Couple couple;

    @BeforeEach
    void aCoupleInOneTherapistsCare() {
        own = TestAccounts.staff(context, "keeper", Roles.THERAPIST);
        stranger = TestAccounts.staff(context, "stranger", Roles.THERAPIST);
        couple = TestCouples.caredForBy(context, own.staffId());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTherapistOutsideTheCareTeamIsRefusedAndTheDetailsStayAsTheyWere() throws Exception {
        String emailBefore = emailOfPartnerA();
        assertThat(mvc.perform(get("/api/couples/" + couple.id() + "/intake").with(as(stranger.username())))
                .andReturn().getResponse().getStatus()).as("the intake, to compare").isEqualTo(403);

        MockHttpServletResponse refused = mvc.perform(put("/api/couples/" + couple.id()).with(as(stranger.username()))
                .contentType(MediaType.APPLICATION_JSON).content(update("changed.by.stranger@example.org")))
                .andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(refused.getContentAsString()).contains("not on this couple's care team");
        assertThat(emailOfPartnerA()).isEqualTo(emailBefore);
        assertThat(entriesBy(stranger.username())).extracting(AuditLogEntry::action, AuditLogEntry::subjectType,
                AuditLogEntry::outcome).contains(org.assertj.core.groups.Tuple.tuple(AuditAction.UPDATE, "Couple",
                AuditOutcome.DENIED));
    }

    @Test
    void aTherapistOutsideTheCareTeamRecordsNoConsent() throws Exception {
        int consentsBefore = consents();

        MockHttpServletResponse refused = mvc.perform(post("/api/couples/" + couple.id() + "/consents")
                .with(as(stranger.username())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"consents\": [{\"kind\": \"RECORDING\", \"partner\": \"A\", \"given\": true}]}"))
                .andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(consents()).isEqualTo(consentsBefore);
        assertThat(entriesBy(stranger.username())).extracting(AuditLogEntry::subjectType, AuditLogEntry::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("Consent", AuditOutcome.DENIED));
    }

    @Test
    void theCouplesOwnTherapistAndTheFrontDeskChangeTheDetailsAndTheChangeIsAudited() throws Exception {
        MockHttpServletResponse byOwn = mvc.perform(put("/api/couples/" + couple.id()).with(as(own.username()))
                .contentType(MediaType.APPLICATION_JSON).content(update("changed.by.own@example.org")))
                .andReturn().getResponse();
        assertThat(byOwn.getStatus()).as(byOwn.getContentAsString()).isEqualTo(200);
        assertThat(emailOfPartnerA()).isEqualTo("changed.by.own@example.org");
        assertThat(entriesBy(own.username())).extracting(AuditLogEntry::action, AuditLogEntry::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.UPDATE, AuditOutcome.ALLOWED));

        assertThat(mvc.perform(put("/api/couples/" + couple.id()).with(as("frontdesk"))
                .contentType(MediaType.APPLICATION_JSON).content(update("changed.by.desk@example.org")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(emailOfPartnerA()).isEqualTo("changed.by.desk@example.org");
        String json = mvc.perform(get("/api/couples/" + couple.id()).with(as("frontdesk"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.relationship.status")).as("the relationship changed too").isEqualTo("SEPARATED");
    }

    private String update(String email) {
        return """
                {"partnerA": {"firstName": "Alex", "lastName": "%s", "dateOfBirth": "1985-03-14", "email": "%s"},
                 "partnerB": {"firstName": "Sam", "lastName": "%s", "dateOfBirth": "1987-09-02", "phone": "07700 900123"},
                 "relationship": {"status": "SEPARATED", "confidentialityPolicy": "%s"}}"""
                .formatted(couple.partnerA().details().lastName(), email, couple.partnerB().details().lastName(),
                        // the policy agreed at registration: changing it is not a change of details (ADR 0028)
                        couple.relationship().confidentialityPolicy());
    }

    private String emailOfPartnerA() throws Exception {
        String json = mvc.perform(get("/api/couples/" + couple.id()).with(as("frontdesk"))).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.partnerA.details.email");
    }

    private int consents() throws Exception {
        String json = mvc.perform(get("/api/couples/" + couple.id()).with(as("frontdesk"))).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.<List<Object>>read(json, "$.consents").size();
    }

    private List<AuditLogEntry> entriesBy(String username) {
        TestAccounts.signIn(context, "admin");
        try {
            return auditLog.find(new AuditQuery(username, null, couple.id(), null, null, null), 0, 100);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private RequestPostProcessor as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
