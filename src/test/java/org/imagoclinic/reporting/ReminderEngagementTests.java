package org.imagoclinic.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessageSent;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.SessionScheduled;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The engagement report splits no-shows and late cancellations by whether a reminder went out for
 * the session (ADR 0046), from notifications' MessageSent of a reminder; other messages don't count.
 */
@ClinicIntegrationTest
class ReminderEngagementTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Reports reports;
    @Autowired
    MockMvc mvc;

    @Test
    void noShowsAndLateCancellationsAreCountedApartForSessionsWithAndWithoutAReminderInTheViewApiAndCsv()
            throws Exception {
        UUID therapist = TestAccounts.staff(context, "reminded", Roles.THERAPIST).staffId();
        UUID couple = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        ClinicEvents events = new ClinicEvents(context).couple(couple, LocalDate.of(2025, 1, 2), null)
                .opened(couple, episode, LocalDate.of(2025, 1, 5), therapist)
                // reminded: 2 attended, 1 no-show, 1 late cancellation
                .attended(couple, episode, therapist, LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 10))
                .missed(couple, episode, therapist, LocalDate.of(2025, 2, 17))
                .cancelled(couple, episode, therapist, LocalDate.of(2025, 2, 24), CancelledBy.CLIENT, true)
                // not reminded: 3 attended, 1 no-show
                .attended(couple, episode, therapist, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10),
                        LocalDate.of(2025, 3, 17))
                .missed(couple, episode, therapist, LocalDate.of(2025, 3, 24));
        List<UUID> sessions = events.events.stream().filter(SessionScheduled.class::isInstance)
                .map(e -> ((SessionScheduled) e).appointmentId()).toList();
        for (UUID session : sessions.subList(0, 4)) {
            events.add(sent(couple, session, TemplateKind.REMINDER)).add(sent(couple, session, TemplateKind.REMINDER));
        }
        events.add(sent(couple, sessions.get(7), TemplateKind.SESSION_BOOKED));
        events.publish();
        ReportFilter filter = new ReportFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                therapist, null, null, null, ReportFilter.DEFAULT_INSTRUMENT);
        TestAccounts.signIn(context, "supervisor");

        EngagementReport report = reports.engagement(filter);

        assertThat(report.withReminder()).isEqualTo(new EngagementReport.ByReminder(4, 1, 1, 0.25, 0.25));
        assertThat(report.withoutReminder()).isEqualTo(new EngagementReport.ByReminder(4, 1, 0, 0.25, 0.0));
        String csv = mvc.perform(get("/api/reports/engagement.csv").param("from", "2025-01-01").param("to", "2025-12-31")
                        .param("therapistId", therapist.toString())
                        .with(httpBasic("supervisor", ClinicIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("with a reminder sent,no-show rate,25%,4").contains("without a reminder sent,late-cancellation rate,0%,4")
                .contains("sessions,no-show rate,25%,8");

        // the front desk reads the same split without counts below 5, nor rates built on them
        TestAccounts.signIn(context, "frontdesk");
        assertThat(reports.engagement(filter).withReminder())
                .isEqualTo(new EngagementReport.ByReminder(null, null, null, null, null));
    }

    private static MessageSent sent(UUID couple, UUID session, TemplateKind template) {
        return new MessageSent(UUID.randomUUID(), couple, session, UUID.randomUUID(), Channel.EMAIL, template,
                ClinicEvents.noon(LocalDate.of(2025, 1, 1)));
    }
}
