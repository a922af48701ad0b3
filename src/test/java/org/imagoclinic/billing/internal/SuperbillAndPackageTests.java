package org.imagoclinic.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imagoclinic.billing.internal.db.Tables.DIAGNOSIS;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.billing.Charge;
import org.imagoclinic.billing.ChargeCorrection;
import org.imagoclinic.billing.Charges;
import org.imagoclinic.billing.Diagnoses;
import org.imagoclinic.billing.Fee;
import org.imagoclinic.billing.FeeSchedule;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.NewDiagnosis;
import org.imagoclinic.billing.NewPayment;
import org.imagoclinic.billing.Packages;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.billing.PayerKind;
import org.imagoclinic.billing.PaymentMethod;
import org.imagoclinic.billing.Payments;
import org.imagoclinic.billing.Service;
import org.imagoclinic.billing.SessionPackage;
import org.imagoclinic.billing.Statements;
import org.imagoclinic.billing.Superbills;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.TherapistDetails;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Superbills per partner with that partner's diagnoses only, prepaid packages drawn down session by
 * session, and invoices and statements that never show one partner the other's individual sessions.
 */
@ClinicIntegrationTest
class SuperbillAndPackageTests {

    static final Instant NOVEMBER = Instant.parse("2026-11-02T10:00:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    Diagnoses diagnoses;
    @Autowired
    Superbills superbills;
    @Autowired
    Invoices invoices;
    @Autowired
    Payments payments;
    @Autowired
    Packages packages;
    @Autowired
    Charges charges;
    @Autowired
    Statements statements;
    @Autowired
    FeeSchedule fees;
    @Autowired
    AuditLog auditLog;
    @Autowired
    DSLContext db;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPartnersSuperbillShowsTheirDiagnosisAndSessionsButNeverTheOtherPartnersAndIsAudited() throws IOException {
        TestStaff therapist = TestAccounts.staff(context, "sbther", Roles.THERAPIST);
        giveLicenceAndNpi(therapist);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        UUID alex = couple.partnerA().personId();
        UUID other = couple.partnerB().personId();
        TestAccounts.signIn(context, therapist.username());
        diagnoses.record(couple.id(), new NewDiagnosis(alex, "z630", "Problems in relationship with spouse or partner",
                LocalDate.parse("2026-10-01")));
        diagnoses.record(couple.id(), new NewDiagnosis(other, "F43.23",
                "Adjustment disorder with mixed anxiety and depressed mood", LocalDate.parse("2026-10-01")));
        SessionChargeListener listener = new SessionChargeListener(context.getBean(SessionCharges.class));
        listener.on(session(couple, List.of(alex, other), AppointmentKind.JOINT, 0, 60, therapist));
        listener.on(session(couple, List.of(alex), AppointmentKind.INDIVIDUAL, 1, 60, therapist));
        listener.on(session(couple, List.of(other), AppointmentKind.INDIVIDUAL, 2, 45, therapist));
        TestAccounts.signIn(context, "frontdesk");
        // the joint session, and each partner's individual session on an invoice of their own: all paid
        List<Invoice> issued = invoices.issue(couple.id());
        assertThat(issued).hasSize(3);
        // each invoice by whoever it is addressed to: the couple's money pays no partner's own invoice
        issued.forEach(invoice -> payments.record(couple.id(), new NewPayment(invoice.total().amount(),
                PaymentMethod.CASH, invoice.ownOf(), null, LocalDate.parse("2026-12-01"), null)));

        String text = text(superbills.pdf(couple.id(), alex, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")));

        assertThat(text).contains("Z63.0 Problems in relationship with spouse or partner", "90847", "90837",
                "licence LMFT 77", "NPI 1234567893", "Total 230.00 230.00", "Place of service: 11");
        assertThat(text).doesNotContain("F43.23", "90834", "Adjustment disorder");
        assertThatThrownBy(() -> diagnoses.ofCouple(couple.id())).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(context, "admin");
        assertThat(auditLog.find(new AuditQuery(null, null, couple.id(), AuditAction.PRINT, null, null), 0, 10))
                .anyMatch(entry -> "Superbill".equals(entry.subjectType()) && alex.toString().equals(entry.subjectId()));
    }

    @Test
    void aCodeThatIsNotIcd10IsRefusedNextToItsFieldAndNothingIsWritten() {
        TestStaff therapist = TestAccounts.staff(context, "sbther", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());

        assertThatThrownBy(() -> diagnoses.record(couple.id(), new NewDiagnosis(couple.partnerA().personId(), "63.0",
                "relationship distress", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("ICD-10"));
        assertThat(db.fetchCount(DIAGNOSIS, DIAGNOSIS.COUPLE_ID.eq(couple.id()))).isZero();
        TestAccounts.signIn(context, "frontdesk");
        assertThatThrownBy(() -> superbills.pdf(couple.id(), couple.partnerA().personId(), LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30"))).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aPackageOfThreeCoversThreeSessionsOnceEachAndTheFourthIsChargedAsUsualAndTheStatementNamesNoSession()
            throws IOException {
        TestStaff therapist = TestAccounts.staff(context, "pkther", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, "frontdesk");
        Fee hour = fees.fees().stream().filter(f -> f.service() == Service.JOINT && f.minutes() == 60).findFirst().orElseThrow();
        packages.sell(couple.id(), hour.id(), 3, new BigDecimal("330.00"));
        SessionChargeListener listener = new SessionChargeListener(context.getBean(SessionCharges.class));
        List<UUID> both = List.of(couple.partnerA().personId(), couple.partnerB().personId());
        SessionCompleted first = session(couple, both, AppointmentKind.JOINT, 0, 60, therapist);
        listener.on(first);
        listener.on(first);
        for (int week = 1; week <= 3; week++) {
            listener.on(session(couple, both, AppointmentKind.JOINT, 7 * week, 60, therapist));
        }

        SessionPackage sold = packages.ofCouple(couple.id()).getFirst();
        assertThat(sold.used()).isEqualTo(3);
        assertThat(sold.remaining()).isZero();
        assertThat(charges.ofCouple(couple.id())).extracting(c -> c.net().toString())
                .containsExactlyInAnyOrder("330.00", "0.00", "0.00", "0.00", "120.00");
        Charge covered = charges.ofCouple(couple.id()).stream().filter(Charge::coveredByPackage).findFirst().orElseThrow();
        assertThat(charges.ofCouple(couple.id()).stream().filter(Charge::coveredByPackage)).hasSize(3);
        assertThatThrownBy(() -> charges.correct(covered.id(), new ChargeCorrection(false, new BigDecimal("20.00"),
                "raised by mistake"))).isInstanceOf(ConflictException.class).hasMessageContaining("prepaid package");
        Invoice invoice = invoices.issue(couple.id()).getFirst();
        assertThat(invoice.total().toString()).isEqualTo("450.00");
        payments.record(couple.id(), new NewPayment(new BigDecimal("200.00"), PaymentMethod.CASH, null, null,
                LocalDate.parse("2026-12-07"), null));

        String statement = text(statements.monthly(couple.id(), YearMonth.of(2026, 12)));
        assertThat(statement).contains("Statement for December 2026", "Balance brought forward 0.00",
                "Invoice " + invoice.number() + " 450.00 450.00", "Payment received, cash -200.00 250.00", "Due 250.00");
        assertThat(statement).doesNotContain("Couple session", "package", "90847");
    }

    @Test
    void underTheConfidentialPolicyAPartnersInvoicesAndStatementNeverListTheOtherPartnersIndividualSessions()
            throws IOException {
        TestStaff therapist = TestAccounts.staff(context, "cfther", Roles.THERAPIST);
        Couple couple = new ImagoTestClinic(context, "admin").couple(therapist.staffId(),
                ConfidentialityPolicy.CONFIDENTIAL_INDIVIDUAL_SESSIONS);
        UUID alex = couple.partnerA().personId();
        UUID sam = couple.partnerB().personId();
        SessionChargeListener listener = new SessionChargeListener(context.getBean(SessionCharges.class));
        listener.on(session(couple, List.of(alex, sam), AppointmentKind.JOINT, 0, 60, therapist));
        listener.on(session(couple, List.of(alex), AppointmentKind.INDIVIDUAL, 1, 50, therapist));
        listener.on(session(couple, List.of(sam), AppointmentKind.INDIVIDUAL, 2, 50, therapist));
        TestAccounts.signIn(context, "frontdesk");
        invoices.choosePayer(new Payer(couple.id(), PayerKind.SPLIT, alex, new BigDecimal("60"), null, null, null));

        List<Invoice> issued = invoices.issue(couple.id());
        assertThat(issued).extracting(Invoice::payerName).containsExactly(
                couple.partnerA().displayName() + " (60 %) and " + couple.partnerB().displayName() + " (40 %)",
                couple.partnerA().displayName(), couple.partnerB().displayName());
        Invoice joint = issued.get(0);
        Invoice alexOwn = issued.get(1);
        Invoice samOwn = issued.get(2);
        assertThat(joint.lines()).singleElement().satisfies(line -> assertThat(line.cptCode()).isEqualTo("90847"));
        assertThat(alexOwn.lines()).singleElement().satisfies(line -> assertThat(line.serviceDate()).isEqualTo("2026-11-03"));
        assertThat(text(invoices.pdf(joint.id()))).doesNotContainIgnoringCase("individual");
        String alexInvoice = text(invoices.pdf(alexOwn.id()));
        assertThat(alexInvoice).contains("For the sessions of " + couple.partnerA().displayName() + " Date",
                "3 November 2026");
        assertThat(alexInvoice).doesNotContain(couple.partnerB().displayName(), "4 November 2026");
        payments.record(couple.id(), new NewPayment(samOwn.total().amount(), PaymentMethod.CARD_TERMINAL, sam,
                "slip 4411", LocalDate.parse("2026-12-07"), samOwn.id()));

        String couplesCopy = text(statements.monthly(couple.id(), YearMonth.of(2026, 12)));
        assertThat(couplesCopy).as("the split couple's printed copy: the joint invoice only")
                .contains("Invoice " + joint.number(), "Due " + joint.total())
                .doesNotContain(alexOwn.number(), samOwn.number());

        invoices.choosePayer(new Payer(couple.id(), PayerKind.PARTNER, alex, null, null, null, null));
        assertThat(text(statements.monthly(couple.id(), YearMonth.of(2026, 12))))
                .as("the couple's copy, now to Alex who pays: still the joint invoice only")
                .contains("To: " + couple.partnerA().displayName(), "Invoice " + joint.number())
                .doesNotContain(alexOwn.number(), samOwn.number());
        String alexStatement = text(statements.ofPartner(couple.id(), YearMonth.of(2026, 12), alex));
        assertThat(alexStatement).contains("To: " + couple.partnerA().displayName(), "Invoice " + joint.number(),
                "Invoice " + alexOwn.number(), "Due " + joint.total().plus(alexOwn.total()));
        assertThat(alexStatement).doesNotContain(samOwn.number(), "Payment received", couple.partnerB().displayName());
        assertThat(text(statements.ofPartner(couple.id(), YearMonth.of(2026, 12), sam)))
                .as("Sam's own statement: the joint invoice issued when they split, her own invoice, never Alex's own")
                .contains("Invoice " + joint.number(), "Invoice " + samOwn.number()).doesNotContain(alexOwn.number());
        // Sam is mailed a statement of her own invoice; Alex pays the joint work
        assertThat(statements.email(couple.id(), YearMonth.of(2026, 12)).partnerIds()).containsExactly(alex, sam);
    }

    private void giveLicenceAndNpi(TestStaff therapist) {
        TestAccounts.signIn(context, "admin");
        StaffDirectory directory = context.getBean(StaffDirectory.class);
        StaffMember member = directory.get(therapist.staffId());
        TherapistDetails details = member.therapist();
        directory.change(member.id(), new StaffMemberDetails(member.title(), member.firstName(), member.lastName(),
                member.email(), member.phone(), member.roles(), member.username(), new TherapistDetails(
                details.credentials(), "LMFT 77", "1234567893", details.discipline(), details.calendarColour(),
                details.underSupervision())));
    }

    private static SessionCompleted session(Couple couple, List<UUID> people, AppointmentKind kind, int day, int minutes,
                                            TestStaff therapist) {
        Instant start = NOVEMBER.plus(Duration.ofDays(day));
        return new SessionCompleted(UUID.randomUUID(), kind, couple.id(), people, null, List.of(therapist.staffId()),
                start, start.plus(Duration.ofMinutes(minutes)), kind.joint(), start.plus(Duration.ofMinutes(minutes)));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
