package org.imagoclinic.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.TestCouples;
import java.util.UUID;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessagePreferences;
import org.imagoclinic.notifications.PartnerPreferences;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.portal.PortalCredentials;
import org.imagoclinic.portal.PortalAccountStatus;
import org.imagoclinic.portal.PortalAccounts;
import org.imagoclinic.portal.PortalSignIn;
import org.imagoclinic.portal.seeding.PartnerSeeding;
import org.imagoclinic.notifications.MessageTemplate;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.notifications.MessageTemplates;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A partner's sign-in to the portal end to end: invited by the front desk, the link read from the mail
 * the application sent over SMTP, used once, then refused with a reason; a new link on request, at
 * most three an hour per address; a disabled account shut out at once. Staff credentials get nothing here.
 * A partner's own password and app (ADR 0055), the lock-out, safe-contact invitations and "Leave quickly".
 */
@ClinicIntegrationTest
class PortalSignInTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    PortalSignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    static final String PARTNER_PASSWORD = "a walk by the river";

    Couple couple;
    String alexEmail;
    String samEmail;

    @BeforeEach
    void aCoupleNotYetInvited() {
        couple = TestCouples.asFrontDesk(context, () -> context.getBean(Couples.class).register(TestCouples.registration()));
        alexEmail = couple.partnerA().details().email();
        samEmail = couple.partnerB().details().email();
    }

    @AfterEach
    void backToTheClassesStart() {
        TestClinicClock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anInvitedPartnerSignsInOnceWithTheMailedLinkAndTheOutboxKeepsNoLink() throws Exception {
        PortalAccount alex = TestPartners.invited(context, couple, couple.partnerA());
        String token = TestPartners.tokenOfMail(context, alexEmail, 1);
        assertThat(TestPartners.textOf(context, alexEmail)).contains("Dear Alex,").contains("3 days")
                .doesNotContain("Sam").doesNotContain(couple.partnerB().details().lastName());

        // following the link only shows a button: a mail scanner that opens links signs nobody in
        mvc.perform(get("/portal/login/ott").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString(token)));
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/portal/login/ott").param("token", token).with(csrf()))
                .andExpect(redirectedUrl("/portal")).andReturn().getRequest().getSession(false);

        mvc.perform(get("/api/portal/me").session(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.calledName").value("Alex"))
                .andExpect(jsonPath("$.personId").value(couple.partnerA().personId().toString()));
        // the staff API does not know a partner's session
        mvc.perform(get("/api/couples/" + couple.id()).session(session)).andExpect(status().isUnauthorized());
        // nor does the portal know staff credentials
        mvc.perform(get("/api/portal/me").with(httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/portal/login/ott").param("token", token).with(csrf()))
                .andExpect(redirectedUrl("/portal/signin?link=used"));
        assertThat(accounts().stream().filter(a -> a.id().equals(alex.id())).findFirst().orElseThrow().status())
                .isEqualTo(PortalAccountStatus.ACTIVE);
        List<String> kept = jdbc.queryForList("select body_text from notifications.outbox_message where portal_account_id = ?",
                String.class, alex.id());
        assertThat(kept).singleElement().satisfies(text -> assertThat(text)
                .contains("(one-time sign-in link, not kept)").doesNotContain(token));
        assertThat(jdbc.queryForObject("select count(*) from portal.sign_in_token where token_hash = ?", Integer.class, token))
                .isZero();
    }

    @Test
    void anExpiredLinkExplainsItselfAndNewLinksAreLimitedPerAddressKnownOrNot() throws Exception {
        TestPartners.invited(context, couple, couple.partnerB());
        String invitation = TestPartners.tokenOfMail(context, samEmail, 1);
        TestClinicClock.advance(Duration.ofDays(3).plusMinutes(1));
        mvc.perform(post("/portal/login/ott").param("token", invitation).with(csrf()))
                .andExpect(redirectedUrl("/portal/signin?link=expired"));
        mvc.perform(post("/portal/login/ott").param("token", "made-up").with(csrf()))
                .andExpect(redirectedUrl("/portal/signin?link=unknown"));

        for (int i = 0; i < 3; i++) {
            signIn.requestLink(i == 0 ? samEmail.toUpperCase(java.util.Locale.ROOT) : samEmail);
        }
        assertThatThrownBy(() -> signIn.requestLink(" " + samEmail + " ")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Three links went to this address in the last hour");
        String fresh = TestPartners.tokenOfMail(context, samEmail, 4);
        assertThat(TestPartners.textOf(context, samEmail)).contains("15 minutes");
        mvc.perform(post("/portal/login/ott").param("token", fresh).with(csrf())).andExpect(redirectedUrl("/portal"));

        String stranger = "nobody-" + TestCouples.uniqueName().toLowerCase(java.util.Locale.ROOT) + "@example.org";
        for (int i = 0; i < 3; i++) {
            signIn.requestLink(stranger);
        }
        assertThatThrownBy(() -> signIn.requestLink(stranger)).isInstanceOf(BusinessRuleException.class);
        assertThat(TestPartners.mailsTo(context, stranger)).isEmpty();
    }

    @Test
    void aDisabledAccountIsShutOutAtOnceAndCanBeInvitedAgain() throws Exception {
        PortalAccount sam = TestPartners.invited(context, couple, couple.partnerB());
        String first = TestPartners.tokenOfMail(context, samEmail, 1);
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/portal/login/ott").param("token", first).with(csrf()))
                .andReturn().getRequest().getSession(false);
        TestCouples.asFrontDesk(context, () -> context.getBean(PortalAccounts.class).resend(sam.id()));
        String second = TestPartners.tokenOfMail(context, samEmail, 2);

        PortalAccount disabled = TestCouples.asFrontDesk(context, () -> context.getBean(PortalAccounts.class).disable(sam.id()));

        assertThat(disabled.status()).isEqualTo(PortalAccountStatus.DISABLED);
        assertThat(disabled.disabledBy()).isNotBlank();
        mvc.perform(get("/api/portal/me").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/portal/login/ott").param("token", second).with(csrf()))
                .andExpect(redirectedUrl("/portal/signin?link=disabled"));
        signIn.requestLink(samEmail);
        assertThatThrownBy(() -> TestCouples.asFrontDesk(context, () -> context.getBean(PortalAccounts.class).resend(sam.id())))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(TestPartners.mailsTo(context, samEmail)).hasSize(2);

        PortalAccount back = TestPartners.invited(context, couple, couple.partnerB());
        assertThat(back.id()).isEqualTo(sam.id());
        assertThat(back.status()).isEqualTo(PortalAccountStatus.INVITED);
        mvc.perform(post("/portal/login/ott").param("token", TestPartners.tokenOfMail(context, samEmail, 3)).with(csrf()))
                .andExpect(redirectedUrl("/portal"));
    }

    @Test
    void aPortalMessageCannotLoseItsLinkWhenTheClinicEditsItsWording() {
        TestAccounts.signIn(context, "admin");
        MessageTemplates templates = context.getBean(MessageTemplates.class);
        assertThatThrownBy(() -> templates.replace(new MessageTemplate(TemplateKind.PORTAL_SIGN_IN, "Sign in",
                "Dear {{name}}, here is your link.", "<p>Dear {{name}}, <a href=\"{{link}}\">sign in</a></p>")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("bodyText"));
    }

    @Test
    void aPartnerWithAPasswordAndAnAppNeedsTheCodeAfterTheLinkOrThePasswordAndTheFrontDeskResetsALostApp() throws Exception {
        PortalAccount alex = TestPartners.invited(context, couple, couple.partnerA());
        MockHttpSession linked = (MockHttpSession) mvc.perform(post("/portal/login/ott")
                .param("token", TestPartners.tokenOfMail(context, alexEmail, 1)).with(csrf())).andReturn().getRequest().getSession(false);
        SecurityContextHolder.setContext((SecurityContext) linked.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        PortalCredentials credentials = context.getBean(PortalCredentials.class);

        assertThatThrownBy(() -> credentials.setPassword("", "too short", "too short"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors()).containsKey("password"));
        credentials.setPassword("", PARTNER_PASSWORD, PARTNER_PASSWORD);
        String key = credentials.startSecondFactor().key();
        assertThatThrownBy(() -> credentials.confirmSecondFactor("000000")).isInstanceOf(InvalidInputException.class);
        credentials.confirmSecondFactor(TestAccounts.currentCode(key));
        assertThat(credentials.mine()).isEqualTo(new PortalCredentials.Status(true, true));
        SecurityContextHolder.clearContext();
        TestClinicClock.advance(Duration.ofMinutes(1));

        // the link alone: nobody is signed in until the code comes
        signIn.requestLink(alexEmail);
        MockHttpSession waiting = (MockHttpSession) mvc.perform(post("/portal/login/ott")
                        .param("token", TestPartners.tokenOfMail(context, alexEmail, 2)).with(csrf()))
                .andExpect(redirectedUrl("/portal/signin/code")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/api/portal/me").session(waiting)).andExpect(status().isUnauthorized());
        inRequestOf(waiting, () -> assertThatThrownBy(() -> signIn.completeWithCode("123456"))
                .isInstanceOf(InvalidInputException.class));
        inRequestOf(waiting, () -> signIn.completeWithCode(TestAccounts.currentCode(key)));
        mvc.perform(get("/api/portal/me").session(waiting)).andExpect(status().isOk());
        TestClinicClock.advance(Duration.ofMinutes(1));

        // the password alone: the same
        MockHttpSession byPassword = new MockHttpSession();
        inRequestOf(byPassword, () -> assertThatThrownBy(() -> signIn.signInWithPassword(alexEmail, "not the password"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors()).containsKey("password")));
        inRequestOf(byPassword, () -> assertThat(signIn.signInWithPassword(alexEmail, PARTNER_PASSWORD))
                .isEqualTo(PortalSignIn.Step.CODE_AWAITED));
        mvc.perform(get("/api/portal/me").session(byPassword)).andExpect(status().isUnauthorized());
        inRequestOf(byPassword, () -> signIn.completeWithCode(TestAccounts.currentCode(key)));
        mvc.perform(get("/api/portal/me").session(byPassword)).andExpect(status().isOk());

        // lost phone: the front desk switches the code off, audited; the password alone signs in again
        PortalAccount reset = TestCouples.asFrontDesk(context, () -> context.getBean(PortalAccounts.class).resetSecondFactor(alex.id()));
        assertThat(reset.secondFactor()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit.audit_entry where subject_id = ? and reason like ?",
                Integer.class, alex.id().toString(), "%second factor reset by the clinic%")).isOne();
        MockHttpSession again = new MockHttpSession();
        inRequestOf(again, () -> assertThat(signIn.signInWithPassword(alexEmail, PARTNER_PASSWORD))
                .isEqualTo(PortalSignIn.Step.SIGNED_IN));
        mvc.perform(get("/api/portal/me").session(again)).andExpect(status().isOk());
    }

    @Test
    void wrongPasswordsLockTheAddressLikeAStaffUserNameKnownOrNot() throws Exception {
        TestPartners.invited(context, couple, couple.partnerB());
        MockHttpSession linked = (MockHttpSession) mvc.perform(post("/portal/login/ott")
                .param("token", TestPartners.tokenOfMail(context, samEmail, 1)).with(csrf())).andReturn().getRequest().getSession(false);
        SecurityContextHolder.setContext((SecurityContext) linked.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        context.getBean(PortalCredentials.class).setPassword("", PARTNER_PASSWORD, PARTNER_PASSWORD);
        SecurityContextHolder.clearContext();

        MockHttpSession session = new MockHttpSession();
        for (int i = 1; i < 5; i++) {
            inRequestOf(session, () -> assertThatThrownBy(() -> signIn.signInWithPassword(samEmail, "wrong guess"))
                    .isInstanceOf(InvalidInputException.class));
        }
        inRequestOf(session, () -> assertThatThrownBy(() -> signIn.signInWithPassword(samEmail, "wrong guess"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("locked until 10:50"));
        inRequestOf(session, () -> assertThatThrownBy(() -> signIn.signInWithPassword(samEmail, PARTNER_PASSWORD))
                .as("the right password, during the lock").isInstanceOf(BusinessRuleException.class));
        mvc.perform(get("/api/portal/me").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aSafeContactOnlyPartnerIsInvitedAndSentLinksAtTheirSafeAddressOnly() throws Exception {
        String safe = "safe-" + TestCouples.uniqueName().toLowerCase(java.util.Locale.ROOT) + "@example.org";
        MessagePreferences preferences = context.getBean(MessagePreferences.class);
        UUID alexId = couple.partnerA().personId();
        TestCouples.asFrontDesk(context, () -> preferences.record(couple.id(),
                new PartnerPreferences(alexId, true, false, Channel.EMAIL, true, Channel.EMAIL, safe)));

        PortalAccount alex = TestPartners.invited(context, couple, couple.partnerA());

        assertThat(alex.email()).isEqualTo(safe);
        TestPartners.tokenOfMail(context, safe, 1);
        assertThat(TestPartners.textOf(context, safe)).contains("Dear Alex,").doesNotContain("Sam")
                .doesNotContain(couple.partnerB().details().lastName());
        signIn.requestLink(alexEmail);
        signIn.requestLink(safe);
        TestPartners.tokenOfMail(context, safe, 2);
        assertThat(TestPartners.mailsTo(context, alexEmail)).as("nothing to the address on record").isEmpty();

        // a safe contact by text message only: no portal mail can go safely, so no invitation
        UUID samId = couple.partnerB().personId();
        TestCouples.asFrontDesk(context, () -> preferences.record(couple.id(),
                new PartnerPreferences(samId, false, true, Channel.TEXT, true, Channel.TEXT, "+447700900123")));
        assertThatThrownBy(() -> TestPartners.invited(context, couple, couple.partnerB()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("safe contact only");
        assertThat(accounts()).extracting(PortalAccount::personId).containsExactly(alexId);
    }

    @Test
    void leavingQuicklyEndsTheSessionAndSendsTheBrowserToANeutralSite() throws Exception {
        TestPartners.invited(context, couple, couple.partnerA());
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/portal/login/ott")
                .param("token", TestPartners.tokenOfMail(context, alexEmail, 1)).with(csrf())).andReturn().getRequest().getSession(false);

        mvc.perform(get("/portal/leave").session(session)).andExpect(redirectedUrl("https://www.bbc.co.uk/weather"));

        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/portal/leave")).andExpect(redirectedUrl("https://www.bbc.co.uk/weather"));
    }

    @Test
    void withTheDemoClinicOffNoPartnerCanBeSignedInWithoutAMailOrTheirOwnPassword() {
        assertThat(context.getEnvironment().getProperty("imago.demo.clinic.enabled", Boolean.class, false)).isFalse();
        assertThat(context.getBeanNamesForType(PartnerSeeding.class)).as("the demo clinic's partner seeding").isEmpty();
    }

    /** Runs the call as part of a web request in this session, as a portal page's click does. */
    private static void inRequestOf(MockHttpSession session, Runnable call) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            call.run();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private List<PortalAccount> accounts() {
        return TestCouples.asFrontDesk(context, () -> context.getBean(PortalAccounts.class).ofCouple(couple.id()));
    }
}
