package org.imagoclinic.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import java.util.concurrent.CyclicBarrier;
import org.awaitility.Awaitility;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.ClinicContact;
import org.imagoclinic.notifications.MessageTemplate;
import org.imagoclinic.notifications.MessageTemplates;
import org.imagoclinic.notifications.MessagePreferences;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.notifications.Outbox;
import org.imagoclinic.notifications.OutboxMessage;
import org.imagoclinic.notifications.OutboxQuery;
import org.imagoclinic.notifications.PartnerPreferences;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Cancellation;
import org.imagoclinic.scheduling.Reschedule;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.Mails;
import org.imagoclinic.support.TestClinicClock;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The clinic's messages end to end: a booking, a move and a cancellation reach each partner who
 * consented, by real SMTP into the application's own mail server, at the times the clinic clock says,
 * never in quiet hours, and never to the other partner of an individual session.
 */
@ClinicIntegrationTest
class NotificationsTests {

    static final RequestPostProcessor FRONT_DESK = httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD);
    static final RequestPostProcessor THERAPIST = httpBasic("therapist", ClinicIntegrationTest.DEMO_PASSWORD);

    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;
    @Autowired
    MessagePreferences preferences;
    @Autowired
    Outbox outbox;
    @Autowired
    Dispatcher dispatcher;
    @Autowired
    LocalMailServer mailServer;
    @Autowired
    MockMvc mvc;

    TestClinic clinic;
    TestStaff lee;
    Couple couple;
    UUID alex;
    UUID sam;

    @BeforeEach
    void aCoupleWhoseFirstPartnerTakesEmails() {
        clinic = new TestClinic(context);
        lee = clinic.therapist();
        couple = clinic.couple(lee.staffId());
        alex = couple.partnerA().personId();
        sam = couple.partnerB().personId();
        TestAccounts.signIn(context, "admin");
        // other classes (the hostile-input tests) may have changed the wording: these tests read the clinic's own
        MessageTemplates templates = context.getBean(MessageTemplates.class);
        templates.replace(new MessageTemplate(TemplateKind.SESSION_BOOKED, "Your appointment on {{date}}",
                "Dear {{name}},\n\nyour appointment is booked for {{date}} at {{time}}.\nWhere: {{place}}\n\n{{clinicName}}",
                "<p>Dear {{name}},</p><p>{{date}} at {{time}}, {{place}}</p><p>{{clinicName}}</p>"));
        templates.replaceClinicContact(new ClinicContact("Imago Clinic", "12 Main Street", "+44 20 7946 0000",
                "Tell us a day ahead if you cannot come."));
        TestAccounts.signIn(context, "frontdesk");
        preferences.record(couple.id(), new PartnerPreferences(alex, true, false, Channel.EMAIL, false, null, null));
    }

    @AfterEach
    void backToTheClassesStart() {
        TestClinicClock.reset();
    }

    @Test
    void aBookedSessionIsEmailedToThePartnerWhoConsentedWithItsCalendarEntryAndAOneClickUnsubscribe() throws Exception {
        LocalDateTime start = TestClinic.mondayIn(2).atTime(10, 0);
        Appointment session = book(BookingRequest.joint(couple.id(), lee.staffId(), clinic.room().id(), start));

        List<OutboxMessage> planned = awaitMessages(session.id(), 4);
        assertThat(planned).filteredOn(m -> m.partnerId().equals(sam)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MessageStatus.SUPPRESSED);
            assertThat(m.reason()).isEqualTo("no consent to messages");
        });
        assertThat(planned).filteredOn(m -> m.partnerId().equals(alex)).extracting(OutboxMessage::template)
                .containsExactlyInAnyOrder(TemplateKind.SESSION_BOOKED, TemplateKind.REMINDER, TemplateKind.REMINDER);

        dispatcher.deliverDue();

        MimeMessage mail = onlyMailTo(couple.partnerA().details().email());
        String day = start.format(java.time.format.DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", java.util.Locale.UK));
        assertThat(mail.getSubject()).isEqualTo("Your appointment on " + day);
        String text = Mails.textOf(mail);
        assertThat(text).contains("Dear Alex,").contains(day + " at 10:00").contains(clinic.room().name())
                .contains("Imago Clinic").doesNotContain("Sam").doesNotContain(couple.partnerB().details().lastName());
        assertThat(calendarOf(mail)).contains("BEGIN:VEVENT").contains("DTSTART:" + start.toLocalDate().toString().replace("-", "") + "T100000Z")
                .contains("UID:" + session.id() + "@imagoclinic.org");
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(outbox.find(new OutboxQuery(couple.id(), MessageStatus.SENT, null, null))).singleElement()
                .satisfies(sent -> {
                    assertThat(sent.recipient()).isEqualTo(couple.partnerA().details().email());
                    assertThat(sent.sentAt()).isNotNull();
                });

        // what a mail client does with the header (RFC 8058): a POST with no sign-in and no CSRF token
        String link = unsubscribe.substring(unsubscribe.indexOf("/notifications/"), unsubscribe.length() - 1);
        mvc.perform(post(link).contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        mvc.perform(post(link.replace("&t=", "&t=x"))).andExpect(status().isNotFound());
        TestAccounts.signIn(context, "frontdesk");
        assertThat(preferences.of(alex).emailConsent()).isFalse();

        // the reminders wait for their time; by then Alex has opted out
        TestClinicClock.setTo(start.atZone(context.getBean(java.time.Clock.class).getZone()).toInstant().minusSeconds(3600));
        dispatcher.deliverDue();
        assertThat(outbox.find(new OutboxQuery(couple.id(), null, null, null)))
                .filteredOn(m -> m.template() == TemplateKind.REMINDER)
                .allSatisfy(reminder -> assertThat(reminder.status()).isEqualTo(MessageStatus.SUPPRESSED));
        assertThat(mailsTo(couple.partnerA().details().email())).hasSize(1);
    }

    @Test
    void remindersGoAtTheirOffsetsOutsideQuietHoursAndFollowTheSessionWhenItMovesOrIsCancelled() {
        LocalDate monday = TestClinic.mondayIn(3);
        Appointment session = book(BookingRequest.joint(couple.id(), lee.staffId(), clinic.room().id(), monday.atTime(9, 0)));
        awaitMessages(session.id(), 4);
        assertThat(dueTimesOfQueuedReminders(session.id())).containsExactlyInAnyOrder(
                // 48 hours before: Saturday 09:00; 2 hours before would be 07:00, in quiet hours: Sunday 20:59
                monday.minusDays(2).atTime(9, 0), monday.minusDays(1).atTime(20, 59));

        bookings.reschedule(session.id(), Reschedule.to(monday.atTime(14, 0)));
        List<OutboxMessage> afterMove = awaitMessages(session.id(), 7);
        assertThat(afterMove).filteredOn(m -> m.reason() != null && m.reason().equals("the session moved"))
                .extracting(OutboxMessage::template)
                .containsExactlyInAnyOrder(TemplateKind.SESSION_BOOKED, TemplateKind.REMINDER, TemplateKind.REMINDER);
        assertThat(dueTimesOfQueuedReminders(session.id())).containsExactlyInAnyOrder(
                monday.minusDays(2).atTime(14, 0), monday.atTime(12, 0));

        bookings.cancel(session.id(), Cancellation.byClient("They are travelling"));
        List<OutboxMessage> afterCancel = awaitMessages(session.id(), 9);
        assertThat(afterCancel).filteredOn(m -> m.status() == MessageStatus.QUEUED).extracting(OutboxMessage::template)
                .containsExactly(TemplateKind.SESSION_CANCELLED);
    }

    @Test
    void aPartnerWhoConsentsAfterTheBookingGetsTheRemindersOfTheSessionsToCome() {
        Appointment session = book(BookingRequest.joint(couple.id(), lee.staffId(), clinic.room().id(),
                TestClinic.mondayIn(2).atTime(13, 0)));
        awaitMessages(session.id(), 4);
        assertThat(messagesOf(session.id())).filteredOn(m -> m.partnerId().equals(sam))
                .extracting(OutboxMessage::status).containsExactly(MessageStatus.SUPPRESSED);

        PartnerPreferences consent = new PartnerPreferences(sam, true, false, Channel.EMAIL, false, null, null);
        preferences.record(couple.id(), consent);
        preferences.record(couple.id(), consent);
        assertThat(messagesOf(session.id())).filteredOn(m -> m.partnerId().equals(sam)
                        && m.status() == MessageStatus.QUEUED).extracting(OutboxMessage::template)
                .containsExactly(TemplateKind.REMINDER, TemplateKind.REMINDER);
    }

    @Test
    void anIndividualSessionIsNeverAnnouncedToTheOtherPartnerAndASafeContactPartnerHearsOnlyAtTheSafeAddress() throws Exception {
        preferences.record(couple.id(), new PartnerPreferences(sam, true, false, Channel.EMAIL, false, null, null));
        preferences.record(couple.id(), new PartnerPreferences(alex, true, false, Channel.EMAIL, true, Channel.EMAIL,
                "alex.safe@example.net"));
        Appointment individual = book(BookingRequest.joint(couple.id(), lee.staffId(), clinic.room().id(),
                TestClinic.mondayIn(2).atTime(15, 0)).withKind(AppointmentKind.INDIVIDUAL).withPartner(alex)
                .withTimes(TestClinic.mondayIn(2).atTime(15, 0), null));

        List<OutboxMessage> planned = awaitMessages(individual.id(), 3);
        assertThat(planned).extracting(OutboxMessage::partnerId).containsOnly(alex);
        dispatcher.deliverDue();

        assertThat(mailsTo(couple.partnerB().details().email())).isEmpty();
        assertThat(mailsTo(couple.partnerA().details().email())).isEmpty();
        MimeMessage safe = onlyMailTo("alex.safe@example.net");
        assertThat(Mails.textOf(safe)).doesNotContain("Sam").doesNotContain(couple.partnerB().details().lastName());
    }

    @Test
    void twoSchedulersOnOneDatabaseSendADueReminderOnceAndAReminderPlannedBeforeThemIsNotLost() throws Exception {
        LocalDateTime start = TestClinic.mondayIn(2).atTime(11, 0);
        Appointment session = book(BookingRequest.joint(couple.id(), lee.staffId(), clinic.room().id(), start));
        awaitMessages(session.id(), 4);
        dispatcher.deliverDue();
        String alexEmail = couple.partnerA().details().email();
        assertThat(mailsTo(alexEmail)).hasSize(1);

        // two application instances come up after the reminders were planned; the 48-hour one is due
        Instant reminderDue = start.atZone(context.getBean(java.time.Clock.class).getZone()).toInstant()
                .minus(Duration.ofHours(48)).plusSeconds(60);
        TestClinicClock.setTo(reminderDue);
        List<ManualScheduler> instances = List.of(instance(reminderDue), instance(reminderDue));
        runTogether(instances);
        assertThat(mailsTo(alexEmail)).hasSize(2);
        assertThat(messagesOf(session.id())).filteredOn(m -> m.status() == MessageStatus.SENT
                && m.template() == TemplateKind.REMINDER).singleElement()
                .satisfies(sent -> assertThat(sent.attempts()).isEqualTo(1));

        // the next round of both finds nothing more to send
        instances.forEach(instance -> instance.tick(Duration.ofMinutes(1)));
        runTogether(instances);
        assertThat(mailsTo(alexEmail)).hasSize(2);
    }

    private ManualScheduler instance(Instant now) {
        SettableClock clock = new SettableClock();
        clock.set(now);
        ManualScheduler instance = (ManualScheduler) TestHelper.createManualScheduler(
                        context.getBean(javax.sql.DataSource.class), List.of())
                .clock(clock)
                .startTasks(List.of(context.getBean(DispatchSchedule.class).task()))
                .tableName(DispatchSchedule.TABLE)
                .build();
        instance.start();
        return instance;
    }

    private static void runTogether(List<ManualScheduler> instances) throws Exception {
        CyclicBarrier together = new CyclicBarrier(instances.size());
        List<Thread> threads = instances.stream().map(instance -> Thread.ofPlatform().start(() -> {
            try {
                together.await();
                instance.runAnyDueExecutions();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(20));
        }
    }

    @Test
    void theOutboxIsForTheFrontDeskAndAdministratorsWithBadFiltersRefusedByName() throws Exception {
        mvc.perform(get("/api/notifications").param("coupleId", couple.id().toString()).with(FRONT_DESK))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("application/json"));
        mvc.perform(get("/api/notifications").with(THERAPIST)).andExpect(status().isForbidden());
        mvc.perform(get("/api/notifications").param("status", "LOST").with(FRONT_DESK))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.status").exists());
        mvc.perform(get("/api/notifications").param("from", "2026-12-10").param("to", "2026-12-01").with(FRONT_DESK))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.to").exists());
    }

    private Appointment book(BookingRequest request) {
        return bookings.book(request).first();
    }

    private List<OutboxMessage> awaitMessages(UUID appointmentId, int count) {
        return Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> messagesOf(appointmentId), messages -> messages.size() >= count);
    }

    private List<OutboxMessage> messagesOf(UUID appointmentId) {
        return outbox.find(new OutboxQuery(couple.id(), null, null, null)).stream()
                .filter(m -> appointmentId.equals(m.appointmentId())).toList();
    }

    private List<LocalDateTime> dueTimesOfQueuedReminders(UUID appointmentId) {
        java.time.ZoneId zone = context.getBean(java.time.Clock.class).getZone();
        return messagesOf(appointmentId).stream()
                .filter(m -> m.template() == TemplateKind.REMINDER && m.status() == MessageStatus.QUEUED)
                .map(m -> LocalDateTime.ofInstant(m.nextAttemptAt(), zone)).toList();
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mailServer.received()) {
            if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                found.add(message);
            }
        }
        return found;
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).as("mails to " + address).hasSize(1);
        return mails.getFirst();
    }

    static String calendarOf(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            Object content = part.getContent();
            if (content instanceof InputStream in) {
                try (in) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return content.toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String calendar = calendarOf(multipart.getBodyPart(i));
                if (!calendar.isEmpty()) {
                    return calendar;
                }
            }
        }
        return "";
    }
}
