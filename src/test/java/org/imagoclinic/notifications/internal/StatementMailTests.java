package org.imagoclinic.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imagoclinic.notifications.internal.db.Tables.DOCUMENT_MAIL;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.imagoclinic.billing.Fee;
import org.imagoclinic.billing.FeeSchedule;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.billing.MonthlyStatements;
import org.imagoclinic.billing.NewPayment;
import org.imagoclinic.billing.Packages;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.billing.PayerKind;
import org.imagoclinic.billing.PaymentMethod;
import org.imagoclinic.billing.Payments;
import org.imagoclinic.billing.Service;
import org.imagoclinic.billing.Statements;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
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
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.Mails;
import org.imagoclinic.support.TestClinicClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Monthly statements by email (ADR 0047): billing asks, notifications mails each paying partner who
 * consented to email, the PDF attached and no session named; a partner without consent gets nothing,
 * and the outbox says why.
 */
@ClinicIntegrationTest
class StatementMailTests {

    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Autowired
    ApplicationContext context;
    @Autowired
    LocalMailServer mailServer;
    @Autowired
    Outbox outbox;
    @Autowired
    MessagePreferences preferences;
    @Autowired
    Statements statements;
    @Autowired
    Invoices invoices;
    @Autowired
    DSLContext db;

    Couple couple;

    @BeforeEach
    void aCoupleWhoOwes230() {
        // other classes (the hostile-input tests) may have changed the wording
        TestAccounts.signIn(context, "admin");
        MessageTemplates templates = context.getBean(MessageTemplates.class);
        templates.replace(new MessageTemplate(TemplateKind.STATEMENT, "Your statement for {{month}} from {{clinicName}}",
                "Dear {{name}},\nyour statement for {{month}} is attached. Due: {{amountDue}}.",
                "<p>Due: {{amountDue}}</p>"));
        templates.replaceClinicContact(new ClinicContact("Imago Clinic", "12 Main Street", "+44 20 7946 0000",
                "Tell us a day ahead if you cannot come."));
        TestStaff therapist = TestAccounts.staff(context, "stmther", Roles.THERAPIST);
        couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, "frontdesk");
        Fee hour = context.getBean(FeeSchedule.class).fees().stream()
                .filter(f -> f.service() == Service.JOINT && f.minutes() == 60).findFirst().orElseThrow();
        context.getBean(Packages.class).sell(couple.id(), hour.id(), 3, new BigDecimal("330.00"));
        invoices.issue(couple.id());
        context.getBean(Payments.class).record(couple.id(), new NewPayment(new BigDecimal("100.00"), PaymentMethod.CASH,
                null, null, LocalDate.parse("2026-12-07"), null));
    }

    @Test
    void thePartnerWhoConsentedGetsTheStatementPdfAndThePartnerWhoDidNotGetsNothingWithTheReasonInTheOutbox()
            throws Exception {
        preferences.record(couple.id(), new PartnerPreferences(couple.partnerA().personId(), true, false, Channel.EMAIL,
                false, null, null));

        assertThat(statements.email(couple.id(), DECEMBER).partnerIds())
                .containsExactlyInAnyOrder(couple.partnerA().personId(), couple.partnerB().personId());

        List<OutboxMessage> messages = Awaitility.await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50)).until(this::statementMessages,
                        found -> found.size() == 2 && found.stream().noneMatch(m -> m.status() == MessageStatus.QUEUED));
        assertThat(messages).filteredOn(m -> m.partnerId().equals(couple.partnerB().personId())).singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(MessageStatus.SUPPRESSED);
                    assertThat(m.reason()).isEqualTo("no consent to email");
                });
        assertThat(messages).filteredOn(m -> m.partnerId().equals(couple.partnerA().personId())).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.SENT));

        MimeMessage mail = onlyMailTo(couple.partnerA().details().email());
        assertThat(mail.getSubject()).isEqualTo("Your statement for December 2026 from Imago Clinic");
        assertThat(Mails.textOf(mail)).contains("Dear " + couple.partnerA().details().firstName(), "Due: 230.00")
                .doesNotContain(couple.partnerB().details().firstName()).doesNotContain("session");
        Part pdf = attachment(mail);
        assertThat(pdf.getFileName()).isEqualTo("statement-2026-12.pdf");
        assertThat(pdfText(pdf)).contains("Statement for December 2026", "Due 230.00",
                        "To: " + couple.partnerA().details().firstName())
                .doesNotContain("90847").doesNotContain(couple.partnerB().details().lastName());
        assertThat(mailsTo(couple.partnerB().details().email())).isEmpty();
        assertThat(db.fetchCount(DOCUMENT_MAIL, DOCUMENT_MAIL.MESSAGE_ID.in(messages.stream().map(OutboxMessage::id)
                .toList()))).as("PDFs kept after sending").isZero();
    }

    @Test
    void aThirdPartyWhoPaysGetsItsStatementAndInvoicesAtItsOwnAddressWithoutCptCodesOnceItHasOne() throws Exception {
        Invoice partners = invoices.ofCouple(couple.id()).getFirst();
        invoices.choosePayer(new Payer(couple.id(), PayerKind.THIRD_PARTY, null, null, "Acme employee assistance",
                "1 Work Street", null));
        assertThatThrownBy(() -> statements.email(couple.id(), DECEMBER))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessage()).contains("print"));
        assertThat(statementMessages()).as("no address, nothing mailed").isEmpty();

        invoices.choosePayer(new Payer(couple.id(), PayerKind.THIRD_PARTY, null, null, "Acme employee assistance",
                "1 Work Street", "eap@acme.example"));
        Fee hour = context.getBean(FeeSchedule.class).fees().stream()
                .filter(f -> f.service() == Service.JOINT && f.minutes() == 60).findFirst().orElseThrow();
        context.getBean(Packages.class).sell(couple.id(), hour.id(), 2, new BigDecimal("200.00"));
        Invoice acmes = invoices.issue(couple.id()).getFirst();
        assertThatThrownBy(() -> invoices.emailToThirdParty(partners.id()))
                .as("an invoice addressed to the partners").isInstanceOf(BusinessRuleException.class);

        assertThat(statements.email(couple.id(), DECEMBER).thirdParty()).isEqualTo("eap@acme.example");
        assertThat(invoices.emailToThirdParty(acmes.id())).isEqualTo("eap@acme.example");

        List<OutboxMessage> sent = Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> toThePayer(), found -> found.size() == 2
                        && found.stream().allMatch(m -> m.status() == MessageStatus.SENT));
        assertThat(sent).allSatisfy(m -> {
            assertThat(m.partnerId()).isNull();
            assertThat(m.recipient()).isEqualTo("eap@acme.example");
            assertThat(m.recipientName()).isEqualTo("Acme employee assistance");
        });
        List<MimeMessage> mails = mailsTo("eap@acme.example");
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Your statement for December 2026 from Imago Clinic", "Invoice " + acmes.number() + " from Imago Clinic");
        for (MimeMessage mail : mails) {
            assertThat(Mails.textOf(mail)).contains("Dear Acme employee assistance")
                    .doesNotContain(couple.partnerA().details().firstName(), couple.partnerB().details().firstName());
            String pdf = pdfText(attachment(mail));
            assertThat(pdf).contains("Acme employee assistance").doesNotContain("90847", "CPT", partners.number());
            if (mail.getSubject().startsWith("Invoice")) {
                assertThat(pdf).contains("Invoice " + acmes.number(), "Due 200.00");
            } else {
                assertThat(pdf).contains("Invoice " + acmes.number(), "Due 200.00");
            }
        }
        assertThat(mailsTo(couple.partnerA().details().email())).isEmpty();
        assertThat(db.fetchCount(DOCUMENT_MAIL, DOCUMENT_MAIL.MESSAGE_ID.in(sent.stream().map(OutboxMessage::id)
                .toList()))).as("PDFs kept after sending").isZero();
    }

    private List<OutboxMessage> toThePayer() {
        TestAccounts.signIn(context, "frontdesk");
        return outbox.find(new OutboxQuery(couple.id(), null, null, null)).stream()
                .filter(m -> m.partnerId() == null).toList();
    }

    @Test
    void onTheClinicsDayLastMonthsStatementGoesByItselfOnceHoweverOftenTheDailyTaskRuns() {
        preferences.record(couple.id(), new PartnerPreferences(couple.partnerA().personId(), true, false, Channel.EMAIL,
                false, null, null));
        TestAccounts.signIn(context, "admin");
        MonthlyStatements monthly = context.getBean(MonthlyStatements.class);
        assertThatThrownBy(() -> monthly.change(true, 31)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("dayOfMonth"));
        assertThat(monthly.change(true, 5).enabled()).isTrue();
        SecurityContextHolder.clearContext();
        try {
            TestClinicClock.setTo(Instant.parse("2027-01-04T09:00:00Z"));
            monthly.sendDue();
            assertThat(statementMessages()).as("the day before the clinic's day").isEmpty();
            TestClinicClock.setTo(Instant.parse("2027-01-05T09:30:00Z"));
            SecurityContextHolder.clearContext();
            // the daily task needs nobody signed in; run twice, as a restart or a second instance would
            monthly.sendDue();
            monthly.sendDue();

            List<OutboxMessage> messages = Awaitility.await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(50)).until(this::statementMessages,
                            found -> found.size() == 2 && found.stream().noneMatch(m -> m.status() == MessageStatus.QUEUED));
            assertThat(messages).filteredOn(m -> m.status() == MessageStatus.SENT).singleElement()
                    .satisfies(m -> assertThat(m.partnerId()).isEqualTo(couple.partnerA().personId()));
            assertThat(onlyMailTo(couple.partnerA().details().email()).getSubject())
                    .isEqualTo("Your statement for December 2026 from Imago Clinic");
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            TestClinicClock.reset();
            TestAccounts.signIn(context, "admin");
            monthly.change(false, 5);
        }
    }

    private List<OutboxMessage> statementMessages() {
        TestAccounts.signIn(context, "frontdesk");
        return outbox.find(new OutboxQuery(couple.id(), null, null, null)).stream()
                .filter(m -> m.template() == TemplateKind.STATEMENT).toList();
    }

    private static Part attachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
        }
        throw new AssertionError("no attachment");
    }

    private static String pdfText(Part part) throws Exception {
        try (PDDocument document = Loader.loadPDF(part.getInputStream().readAllBytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError("the attachment is no PDF", e);
        }
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
