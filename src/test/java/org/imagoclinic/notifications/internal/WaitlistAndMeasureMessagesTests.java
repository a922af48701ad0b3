package org.imagoclinic.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.format.DateTimeFormatter;
import org.awaitility.Awaitility;
import org.imagoclinic.assessments.MeasuresDue;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.ClinicContact;
import org.imagoclinic.notifications.MessagePreferences;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.notifications.MessageTemplate;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.notifications.MessageTemplates;
import org.imagoclinic.notifications.Outbox;
import org.imagoclinic.notifications.OutboxMessage;
import org.imagoclinic.notifications.OutboxQuery;
import org.imagoclinic.notifications.PartnerPreferences;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Cancellation;
import org.imagoclinic.scheduling.NewWaitlistEntry;
import org.imagoclinic.scheduling.Priority;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.Mails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What a waiting couple and a partner with a questionnaire due receive (ADR 0046): only the partner
 * who consented, the minimum (day, time, place, by when to call; a short questionnaire and the
 * portal's sign-in page), never the other couple or the instrument.
 */
@ClinicIntegrationTest
class WaitlistAndMeasureMessagesTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Dispatcher dispatcher;
    @Autowired
    LocalMailServer mailServer;
    @Autowired
    Outbox outbox;
    @Autowired
    MessagePreferences preferences;
    @Autowired
    NotificationSettings settings;

    TestClinic clinic;
    TestStaff lee;

    @BeforeEach
    void theClinicsOwnWording() {
        clinic = new TestClinic(context);
        lee = clinic.therapist();
        // other classes (the hostile-input tests) may have changed the wording
        TestAccounts.signIn(context, "admin");
        MessageTemplates templates = context.getBean(MessageTemplates.class);
        templates.replace(new MessageTemplate(TemplateKind.WAITLIST_OFFER, "A session on {{date}} at {{time}} has come free",
                "Dear {{name}},\n{{place}}\nCall {{clinicPhone}} by {{replyBy}}.", "<p>{{place}} by {{replyBy}}</p>"));
        templates.replaceClinicContact(new ClinicContact("Imago Clinic", "12 Main Street", "+44 20 7946 0000",
                "Tell us a day ahead if you cannot come."));
        templates.replace(new MessageTemplate(TemplateKind.MEASURE_DUE, "A short questionnaire from {{clinicName}}",
                "Dear {{name}},\nit is time for a short questionnaire: {{link}}", "<p><a href=\"{{link}}\">Sign in</a></p>"));
    }

    @Test
    void aWaitingCoupleHearsOfTheFreedSlotWithTheDayPlaceAndWhenToAnswerButNothingOfWhoCancelled() throws Exception {
        Couple cancelling = clinic.couple(lee.staffId());
        Couple waiting = clinic.couple(lee.staffId());
        TestAccounts.signIn(context, "frontdesk");
        preferences.record(waiting.id(), new PartnerPreferences(waiting.partnerA().personId(), true, false, Channel.EMAIL,
                false, null, null));
        context.getBean(Waitlist.class).add(new NewWaitlistEntry(waiting.id(), lee.staffId(), null, null, null,
                Priority.URGENT, null));
        LocalDateTime start = TestClinic.mondayIn(3).atTime(15, 0);
        Bookings bookings = context.getBean(Bookings.class);
        Appointment session = bookings.book(BookingRequest.joint(cancelling.id(), lee.staffId(), clinic.room().id(), start))
                .first();
        bookings.cancel(session.id(), Cancellation.byClinic("The therapist is unwell"));

        List<OutboxMessage> planned = await(waiting, TemplateKind.WAITLIST_OFFER, 2);
        assertThat(planned).filteredOn(m -> m.status() == MessageStatus.QUEUED).singleElement()
                .satisfies(m -> assertThat(m.partnerId()).isEqualTo(waiting.partnerA().personId()));
        dispatcher.deliverDue();

        MimeMessage mail = onlyMailTo(waiting.partnerA().details().email());
        String day = start.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.UK));
        assertThat(mail.getSubject()).isEqualTo("A session on " + day + " at 15:00 has come free");
        String replyBy = LocalDateTime.now(context.getBean(java.time.Clock.class)).plusHours(24)
                .format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm", Locale.UK));
        assertThat(Mails.textOf(mail)).contains("Dear " + waiting.partnerA().details().firstName())
                .contains(clinic.room().name()).contains("by " + replyBy)
                .doesNotContain(cancelling.partnerA().details().lastName())
                .doesNotContain(cancelling.partnerB().details().lastName())
                .doesNotContain(waiting.partnerB().details().firstName());
        assertThat(mailsTo(waiting.partnerB().details().email())).isEmpty();
    }

    @Test
    void aPartnerWhoConsentedHearsThatAShortQuestionnaireIsDueWithThePortalsSignInPageAndNoInstrumentNamed()
            throws Exception {
        Couple couple = clinic.couple(lee.staffId());
        TestAccounts.signIn(context, "frontdesk");
        preferences.record(couple.id(), new PartnerPreferences(couple.partnerB().personId(), true, false, Channel.EMAIL,
                false, null, null));
        TestAccounts.signIn(context, lee.username());

        context.getBean(MeasuresDue.class).planClosingMeasure(couple.id());

        List<OutboxMessage> planned = await(couple, TemplateKind.MEASURE_DUE, 2);
        assertThat(planned).filteredOn(m -> m.partnerId().equals(couple.partnerA().personId())).singleElement()
                .satisfies(m -> assertThat(m.reason()).isEqualTo("no consent to messages"));
        dispatcher.deliverDue();

        MimeMessage mail = onlyMailTo(couple.partnerB().details().email());
        assertThat(mail.getSubject()).isEqualTo("A short questionnaire from Imago Clinic");
        assertThat(Mails.textOf(mail)).contains(settings.publicUrl() + "/portal/signin")
                .doesNotContain("CSI").doesNotContain("Satisfaction").doesNotContain("closing")
                .doesNotContain(couple.partnerA().details().firstName());
        assertThat(mailsTo(couple.partnerA().details().email())).isEmpty();
    }

    private List<OutboxMessage> await(Couple couple, TemplateKind kind, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            TestAccounts.signIn(context, "frontdesk");
            return outbox.find(new OutboxQuery(couple.id(), null, null, null)).stream()
                    .filter(m -> m.template() == kind).toList();
        }, found -> found.size() >= count);
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
}
