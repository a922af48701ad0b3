package org.imagoclinic.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.clients.ConfidentialityPolicies;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.ConfidentialityPolicyChange;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.portal.PortalSessions;
import org.imagoclinic.portal.SessionRequest;
import org.imagoclinic.portal.SessionRequests;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each partner sees their own sessions only, adds one to their calendar, and asks the front desk to
 * cancel or move it after seeing the clinic's late-cancellation window; the front desk reads and closes
 * the request. Both partners are signed in; neither sees the other's individual session.
 */
@ClinicIntegrationTest
class PortalSessionsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    PortalSessions sessions;

    TestClinic clinic;
    Couple couple;
    Appointment joint;
    Appointment alexAlone;
    Appointment samAlone;
    Authentication alex;
    Authentication sam;
    TestStaff lee;

    @BeforeEach
    void aCoupleWithAJointAndTwoIndividualSessionsAndBothPartnersSignedIn() {
        clinic = new TestClinic(context);
        lee = clinic.therapist();
        couple = clinic.couple(lee.staffId());
        LocalDate tomorrow = LocalDate.now(TestClinicClock.clinic()).plusDays(1);
        BookingRequest base = BookingRequest.joint(couple.id(), lee.staffId(), clinic.room().id(), tomorrow.atTime(9, 0));
        Bookings bookings = context.getBean(Bookings.class);
        joint = clinic.as("frontdesk", () -> bookings.book(base).first());
        alexAlone = clinic.as("frontdesk", () -> bookings.book(base.withKind(AppointmentKind.INDIVIDUAL)
                .withPartner(couple.partnerA().personId()).withTimes(TestClinic.mondayIn(1).atTime(9, 0), null)).first());
        samAlone = clinic.as("frontdesk", () -> bookings.book(base.withKind(AppointmentKind.INDIVIDUAL)
                .withPartner(couple.partnerB().personId()).withTimes(TestClinic.mondayIn(1).atTime(12, 0), null)).first());
        alex = TestPartners.signedIn(context, couple, couple.partnerA());
        sam = TestPartners.signedIn(context, couple, couple.partnerB());
    }

    @AfterEach
    void nobodySignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachPartnerSeesTheJointSessionAndOnlyTheirOwnIndividualOneAndCanAddItToTheirCalendar() throws Exception {
        mvc.perform(get("/api/portal/sessions").with(authentication(alex))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].appointmentId").value(joint.id().toString()))
                .andExpect(jsonPath("$[1].appointmentId").value(alexAlone.id().toString()));
        mvc.perform(get("/api/portal/sessions").with(authentication(sam))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].appointmentId").value(samAlone.id().toString()));

        mvc.perform(get("/api/portal/sessions/" + joint.id() + ".ics").with(authentication(alex)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(containsString("BEGIN:VEVENT")))
                .andExpect(content().string(containsString("UID:" + joint.id() + "@imagoclinic.org")))
                .andExpect(content().string(containsString(clinic.room().name())));
        mvc.perform(get("/api/portal/sessions/" + samAlone.id() + ".ics").with(authentication(alex)))
                .andExpect(status().isNotFound());
    }

    @Test
    void underTheConfidentialPolicyEachPartnerSignedInSeesNeitherTheOthersIndividualSessionNorTheirContactDetails()
            throws Exception {
        LocalDate today = LocalDate.now(TestClinicClock.clinic());
        clinic.as(lee.username(), () -> context.getBean(ConfidentialityPolicies.class).change(couple.id(),
                new ConfidentialityPolicyChange(ConfidentialityPolicy.CONFIDENTIAL_INDIVIDUAL_SESSIONS, today, today,
                        "Both partners asked for it in the joint session.")));
        record Side(Authentication partner, Appointment own, Appointment others, Partner other) {
        }
        for (Side side : List.of(new Side(alex, alexAlone, samAlone, couple.partnerB()),
                new Side(sam, samAlone, alexAlone, couple.partnerA()))) {
            String sessions = mvc.perform(get("/api/portal/sessions").with(authentication(side.partner())))
                    .andReturn().getResponse().getContentAsString();
            String me = mvc.perform(get("/api/portal/me").with(authentication(side.partner())))
                    .andReturn().getResponse().getContentAsString();
            assertThat(sessions).contains(side.own().id().toString()).doesNotContain(side.others().id().toString());
            assertThat(sessions + me).as("nothing of the other partner's contact details")
                    .doesNotContain(side.other().details().email()).doesNotContain(side.other().personId().toString());
            mvc.perform(get("/api/portal/sessions/" + side.others().id() + ".ics").with(authentication(side.partner())))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void aLateRequestShowsTheWindowReachesTheFrontDeskOnceAndAnotherPartnersSessionIsRefused() {
        SecurityContextHolder.getContext().setAuthentication(alex);
        assertThat(sessions.cancellationNotice(joint.id()).describe()).startsWith("This is a late cancellation: 22 hours'");
        assertThatThrownBy(() -> sessions.cancellationNotice(samAlone.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.requestChange(joint.id(), SessionRequest.Kind.CANCEL, "x".repeat(501)))
                .isInstanceOf(InvalidInputException.class);

        SessionRequest asked = sessions.requestChange(joint.id(), SessionRequest.Kind.CANCEL, " Our child is ill. ");

        assertThat(asked.late()).isTrue();
        assertThat(asked.note()).isEqualTo("Our child is ill.");
        assertThatThrownBy(() -> sessions.requestChange(joint.id(), SessionRequest.Kind.MOVE, ""))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> sessions.requestChange(samAlone.id(), SessionRequest.Kind.MOVE, ""))
                .isInstanceOf(NotFoundException.class);
        SecurityContextHolder.getContext().setAuthentication(sam);
        assertThat(sessions.myRequests()).as("Sam's own requests only").isEmpty();

        SessionRequest done = clinic.as("frontdesk", () -> {
            SessionRequests desk = context.getBean(SessionRequests.class);
            assertThat(desk.ofCouple(couple.id())).singleElement().extracting(SessionRequest::id).isEqualTo(asked.id());
            assertThat(desk.open()).extracting(SessionRequest::id).contains(asked.id());
            assertThat(frontDesksHomePanel()).contains(">" + org.jsoup.nodes.Entities.escape(context.getBean(
                    org.imagoclinic.clients.BookingEligibility.class).displayName(couple.id())) + "</a>").contains("cancel the session of").contains("(late cancellation)")
                    .contains("Our child is ill.");
            return desk.markHandled(asked.id());
        });
        clinic.as("frontdesk", () -> {
            assertThat(context.getBean(SessionRequests.class).open()).extracting(SessionRequest::id)
                    .as("done: off the front desk's list").doesNotContain(asked.id());
            return null;
        });
        assertThat(done.handledAt()).isNotNull();
        SecurityContextHolder.getContext().setAuthentication(alex);
        assertThat(sessions.myRequests()).singleElement().satisfies(mine -> assertThat(mine.handledAt()).isNotNull());
    }

    /** The text of the front desk's home-page panel of partners' open requests, if it shows. */
    private String frontDesksHomePanel() {
        var user = (org.imagoclinic.shared.SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        return context.getBean("openSessionRequestsPanel", org.imagoclinic.shared.ui.home.HomePanel.class).content(user)
                .map(component -> ((com.vaadin.flow.component.Html) component).getInnerHtml()).orElse("");
    }
}
