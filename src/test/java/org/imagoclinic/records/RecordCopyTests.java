package org.imagoclinic.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imagoclinic.assessments.AdministrationRequest;
import org.imagoclinic.assessments.ImagoProfile;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.NewImagoRecord;
import org.imagoclinic.assessments.NewSessionNote;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.MeasureAdministrations;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.assessments.WoundExploration;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.clients.AffairStatus;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleRegistration;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.NewPartner;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.Relationship;
import org.imagoclinic.clients.RiskStatus;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.records.RecordCopies.RecordCopy;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A partner's copy of their record holds their own content and the couple's joint content, and none of
 * the other partner's private content, in the PDF as in the JSON; copies are audited, answer the
 * request on record, and are refused to anyone else (ADR 0040).
 */
@ClinicIntegrationTest
class RecordCopyTests {

    /** Each partner's private content, by kind, seeded with words no other test uses. */
    private static final List<String> PRIVATE_KINDS = List.of("email", "address", "screen", "profile", "wound", "note");

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    // built once for the class (the records take seconds to write); no test changes what another reads
    static TestStaff therapist;
    static Couple couple;
    static String tag;

    @BeforeEach
    void aCoupleWhoseTherapistRecordedPrivateContentForEachPartner() {
        if (couple != null) {
            return;
        }
        tag = TestCouples.uniqueName();
        therapist = TestAccounts.staff(context, "copies", Roles.THERAPIST);
        CoupleRegistration basic = TestCouples.registration();
        Relationship relationship = basic.relationship();
        couple = TestCouples.asFrontDesk(context, () -> context.getBean(Couples.class).register(new CoupleRegistration(
                withPrivateContacts(basic.partnerA(), "A"), withPrivateContacts(basic.partnerB(), "B"),
                new Relationship(relationship.status(), relationship.togetherSince(), relationship.childrenCount(),
                        relationship.childrenAges(), relationship.referralSource(), ConfidentialityPolicy.NO_SECRETS),
                basic.intake(), basic.consents(), therapist.staffId(), null, null)));
        TestAccounts.asStaff(context, therapist.staffId(), () -> {
            for (Partner partner : List.of(couple.partnerA(), couple.partnerB())) {
                context.getBean(Screenings.class).record(couple.id(), new NewScreen(null, partner.slot(), RiskStatus.NONE,
                        RiskStatus.NONE, AffairStatus.NONE, RiskStatus.NONE, false, null, false, seed("screen", partner.slot())));
            }
            TestClinic clinic = new TestClinic(context, "admin");
            for (Partner partner : List.of(couple.partnerA(), couple.partnerB())) {
                recordPrivateContent(partner, completedSession(clinic, partner, sessionHour(partner.slot())));
            }
            SessionNotes notes = context.getBean(SessionNotes.class);
            notes.sign(notes.write(couple.id(), new NewSessionNote(completedSession(clinic, null, 13),
                    new NoteDraft("Joint session note " + tag, List.of(), null, null))).id());
            return null;
        });
    }

    @Test
    void eachPartnersCopyHoldsTheirOwnAndJointRecordAndNoneOfTheOtherPartnersPrivateContent() throws IOException {
        for (Partner partner : List.of(couple.partnerA(), couple.partnerB())) {
            Partner other = partner.slot() == PartnerSlot.A ? couple.partnerB() : couple.partnerA();
            RecordCopy copy = TestAccounts.asStaff(context, therapist.staffId(),
                    () -> context.getBean(RecordCopies.class).partnerCopy(couple.id(), partner.personId()));
            Map<String, String> files = unzipped(copy.zip());
            String json = files.get("record.json");
            String pdf = files.get("record.pdf");

            for (String text : List.of(json, pdf)) {
                for (String kind : PRIVATE_KINDS) {
                    assertThat(text).as(kind + " of the partner whose copy it is").contains(seed(kind, partner.slot()));
                    assertThat(text).as(kind + " of the other partner").doesNotContain(seed(kind, other.slot()));
                }
                assertThat(text).contains("Joint session note " + tag)
                        .doesNotContain("Process jotting " + tag);
            }
            assertThat(json).as("sessions: the joint one and the partner's own individual one, not the other's")
                    .contains("\"start\" : \"13:00:00\"", "\"start\" : \"" + sessionHour(partner.slot()) + ":00:00\"")
                    .doesNotContain("\"start\" : \"" + sessionHour(other.slot()) + ":00:00\"");
            assertThat(pdf).contains(sessionHour(partner.slot()) + ":00–").doesNotContain(sessionHour(other.slot()) + ":00–");
            assertThat(json).as("the other partner appears nowhere by id: no record, measure or screen of theirs")
                    .doesNotContain(other.personId().toString())
                    .contains("\"instrumentCode\" : \"CSI-4\"");
            assertThat(pdf).contains("CSI-4 on");
        }
    }

    @Test
    void aPartnersCopyHoldsTheCouplesInvoicesWithoutTheOtherPartnersSessionsAndOnlyMessagesToThemselves() throws IOException {
        TestClinic clinic = new TestClinic(context, "admin");
        clinic.as("frontdesk", () -> context.getBean(Bookings.class).book(BookingRequest.joint(couple.id(),
                therapist.staffId(), clinic.room().id(), TestClinic.mondayIn(1).atTime(13, 0))
                .withOverride("Booked outside hours for the test")));
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Integer.class, "%" + couple.id() + "%") == 0);
        clinic.as("admin", () -> context.getBean(Invoices.class).issue(couple.id()));

        Map<String, String> files = unzipped(TestAccounts.asStaff(context, therapist.staffId(),
                () -> context.getBean(RecordCopies.class).partnerCopy(couple.id(), couple.partnerA().personId())).zip());

        JsonNode copy = new ObjectMapper().readTree(files.get("record.json"));
        assertThat(copy.get("schemaVersion").asInt()).isEqualTo(2);
        java.util.List<JsonNode> lines = new java.util.ArrayList<>();
        copy.get("invoices").forEach(invoice -> invoice.get("lines").forEach(lines::add));
        assertThat(lines).as("the joint session and A's own; B's own invoice is left out altogether").hasSize(2)
                .noneMatch(line -> line.get("serviceDate").isNull());
        int toA = jdbc.queryForObject("select count(*) from notifications.outbox_message where partner_id = ?",
                Integer.class, couple.partnerA().personId());
        int toBoth = jdbc.queryForObject("select count(*) from notifications.outbox_message where couple_id = ?",
                Integer.class, couple.id());
        assertThat(toA).as("the booking's message went to each partner").isPositive().isLessThan(toBoth);
        assertThat(copy.get("messages")).as("A's messages, not B's").hasSize(toA);
        assertThat(files.get("record.json") + files.get("record.pdf")).doesNotContain(seed("email", PartnerSlot.B));
        assertThat(copy.get("invoices")).as("the joint invoice and A's own").hasSize(2);
        assertThat(files.get("record.pdf")).contains("Messages sent to you", "The other partner's own invoices");
    }

    @Test
    void anAdministratorCopiesOnlyOnARequestOnRecordWhichTheCopyFulfilsAndEveryCopyIsAudited() {
        Couple couple = TestCouples.unscreenedCaredForBy(context, therapist.staffId());
        UUID alex = couple.partnerA().personId();
        RecordCopies copies = context.getBean(RecordCopies.class);
        RecordRequests requests = context.getBean(RecordRequests.class);
        TestAccounts.signIn(context, "admin");
        assertThatThrownBy(() -> copies.partnerCopy(couple.id(), alex)).isInstanceOf(ExplainedRefusal.class)
                .hasMessageContaining("request on record");

        LocalDate received = LocalDate.now(TestClinicClock.clinic()).minusDays(3);
        TestCouples.asFrontDesk(context, () -> requests.record(couple.id(),
                new NewRecordRequest(RecordRequestKind.PARTNER_COPY, alex, received, "Letter of 4 December")));
        assertThat(requests.open()).filteredOn(request -> request.coupleId().equals(couple.id()))
                .singleElement().satisfies(request -> {
                    assertThat(request.dueBy()).isEqualTo(received.plusDays(30));
                    assertThat(request.partnerName()).isEqualTo(couple.partnerA().displayName());
                });
        assertThat(copies.mayCopy(couple.id(), alex)).isTrue();
        assertThat(copies.mayCopy(couple.id(), couple.partnerB().personId())).isFalse();

        RecordCopy copy = copies.partnerCopy(couple.id(), alex);

        assertThat(copy.fileName()).endsWith(".zip");
        assertThat(requests.open()).noneMatch(request -> request.coupleId().equals(couple.id()));
        assertThat(requests.ofCouple(couple.id())).singleElement().satisfies(request ->
                assertThat(request.fulfilledOn()).isEqualTo(LocalDate.now(TestClinicClock.clinic())));
        List<AuditLogEntry> exports = context.getBean(AuditLog.class)
                .find(new AuditQuery(null, null, couple.id(), AuditAction.EXPORT, null, null), 0, 10);
        assertThat(exports).extracting(AuditLogEntry::outcome).containsExactlyInAnyOrder(AuditOutcome.DENIED, AuditOutcome.ALLOWED);
        assertThat(exports).filteredOn(entry -> entry.outcome() == AuditOutcome.ALLOWED).singleElement()
                .satisfies(entry -> assertThat(entry.reason()).contains("administrator").contains(received.toString()));
        SecurityContextHolder.clearContext();
    }

    @Test
    void theJointCopyWaitsForBothPartnersAndHoldsJointContentOnly() throws IOException {
        RecordCopies copies = context.getBean(RecordCopies.class);
        RecordRequests requests = context.getBean(RecordRequests.class);
        TestCouples.asFrontDesk(context, () -> requests.record(couple.id(),
                new NewRecordRequest(RecordRequestKind.COUPLE_COPY, couple.partnerA().personId(), null, null)));
        assertThatThrownBy(() -> TestAccounts.asStaff(context, therapist.staffId(), () -> copies.coupleCopy(couple.id())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("both partners");
        TestCouples.asFrontDesk(context, () -> requests.record(couple.id(),
                new NewRecordRequest(RecordRequestKind.COUPLE_COPY, couple.partnerB().personId(), null, null)));

        RecordCopy copy = TestAccounts.asStaff(context, therapist.staffId(), () -> copies.coupleCopy(couple.id()));

        Map<String, String> files = unzipped(copy.zip());
        for (String text : files.values()) {
            assertThat(text).contains("Joint session note " + tag);
            for (String kind : PRIVATE_KINDS) {
                assertThat(text).doesNotContain(seed(kind, PartnerSlot.A)).doesNotContain(seed(kind, PartnerSlot.B));
            }
        }
        assertThat(files.get("record.json")).doesNotContain(couple.partnerA().personId().toString())
                .doesNotContain(couple.partnerB().personId().toString());
    }

    @Test
    void aCorrectionIsAnAddendumThatSaysWhichRequestItAnswersToANoteThePartnerMayRead() {
        RecordRequests requests = context.getBean(RecordRequests.class);
        SessionNotes notes = context.getBean(SessionNotes.class);
        LocalDate received = LocalDate.now(TestClinicClock.clinic()).minusDays(2);
        RecordRequest request = TestCouples.asFrontDesk(context, () -> requests.record(couple.id(), new NewRecordRequest(
                RecordRequestKind.CORRECTION, couple.partnerA().personId(), received, "My note says 2019; it was 2018.")));

        RecordRequest decided = TestAccounts.asStaff(context, therapist.staffId(), () -> {
            SessionNote othersNote = signedOf(notes.notesOf(couple.id(), couple.partnerB().personId(), false));
            assertThatThrownBy(() -> requests.decide(request.id(),
                    new CorrectionDecision(CorrectionDecision.Outcome.AMENDED, othersNote.id(), "The year was 2018.")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("asking partner");
            assertThat(notes.get(othersNote.id(), false).history()).isEmpty();
            SessionNote own = signedOf(notes.notesOf(couple.id(), couple.partnerA().personId(), false));
            RecordRequest answered = requests.decide(request.id(),
                    new CorrectionDecision(CorrectionDecision.Outcome.AMENDED, own.id(), "The year was 2018."));
            SessionNote amended = notes.get(own.id(), false);
            assertThat(amended.draft().content()).as("a signed note never changes").isEqualTo(own.draft().content());
            assertThat(amended.history()).singleElement().satisfies(addendum -> assertThat(addendum.text())
                    .startsWith("In answer to the request for a correction received on " + received.getDayOfMonth())
                    .endsWith("The year was 2018."));
            return answered;
        });

        assertThat(decided.open()).isFalse();
        assertThat(decided.decision()).isEqualTo(CorrectionDecision.Outcome.AMENDED);
        assertThatThrownBy(() -> TestAccounts.asStaff(context, therapist.staffId(), () -> requests.decide(request.id(),
                new CorrectionDecision(CorrectionDecision.Outcome.DECLINED, null, "Already answered."))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aTherapistOfAnotherCareTeamIsRefusedOverRest() throws Exception {
        TestStaff stranger = TestAccounts.staff(context, "stranger", Roles.THERAPIST);
        UserDetails user = users.loadUserByUsername(stranger.username());
        mvc.perform(post("/api/couples/{coupleId}/partners/{partnerId}/record-copy", couple.id(), couple.partnerA().personId())
                        .with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))))
                .andExpect(status().isForbidden());
    }

    private void recordPrivateContent(Partner partner, UUID ownSession) {
        PartnerSlot slot = partner.slot();
        ImagoRecords records = context.getBean(ImagoRecords.class);
        records.record(couple.id(), NewImagoRecord.of(partner.personId(), new ImagoProfile(
                List.of(new ImagoProfile.Caregiver("mother", List.of(new ImagoProfile.Trait("warm", true)),
                        List.of(new ImagoProfile.Trait("distant", true)))),
                seed("profile", slot), "lonely", "withdrew", List.of("kind"), List.of("busy"), null, null)));
        records.record(couple.id(), NewImagoRecord.of(partner.personId(), new WoundExploration(seed("wound", slot), null)));
        SessionNotes notes = context.getBean(SessionNotes.class);
        notes.sign(notes.write(couple.id(), new NewSessionNote(ownSession,
                new NoteDraft(seed("note", slot), List.of(), null, "Process jotting " + tag))).id());
        context.getBean(MeasureAdministrations.class).record(couple.id(),
                new AdministrationRequest("CSI-4", partner.personId(), yesterday(), List.of(4, 3, 3, 4)));
    }

    /** A session of the couple (or one partner's) held yesterday at this hour, completed. */
    private UUID completedSession(TestClinic clinic, @Nullable Partner partner, int hour) {
        BookingRequest request = BookingRequest.joint(couple.id(), therapist.staffId(), clinic.room().id(),
                yesterday().atTime(hour, 0)).withOverride("Entered afterwards for the test");
        BookingRequest booking = partner == null ? request
                : request.withKind(AppointmentKind.INDIVIDUAL).withPartner(partner.personId());
        UUID session = clinic.as("frontdesk", () -> context.getBean(Bookings.class).book(booking).first().id());
        context.getBean(Attendance.class).complete(session);
        return session;
    }

    private static SessionNote signedOf(List<SessionNote> notes) {
        return notes.stream().filter(note -> note.status().signed()).findFirst().orElseThrow();
    }

    private static int sessionHour(PartnerSlot slot) {
        return slot == PartnerSlot.A ? 11 : 15;
    }

    private NewPartner withPrivateContacts(NewPartner partner, String slot) {
        PartnerDetails details = partner.details();
        return NewPartner.of(new PartnerDetails(details.firstName(), details.lastName(), null, details.pronouns(),
                details.dateOfBirth(), seed("email", PartnerSlot.valueOf(slot)), details.phone(),
                seed("address", PartnerSlot.valueOf(slot)), null));
    }

    /** The distinctive words of one kind of a partner's private content. */
    private String seed(String kind, PartnerSlot slot) {
        String who = slot.name().toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case "email" -> "private." + who + "." + tag.toLowerCase(java.util.Locale.ROOT) + "@example.org";
            case "address" -> who.toUpperCase(java.util.Locale.ROOT) + " Hiddenway " + tag;
            default -> kind + " words of " + who.toUpperCase(java.util.Locale.ROOT) + " " + tag;
        };
    }

    private static LocalDate yesterday() {
        return LocalDate.now(TestClinicClock.clinic()).minusDays(1);
    }

    /** The archive's files as text: the JSON as written, the PDF as its text with whitespace made single spaces. */
    private static Map<String, String> unzipped(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith(".pdf")) {
                    try (PDDocument pdf = Loader.loadPDF(content)) {
                        files.put(entry.getName(), new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "));
                    }
                } else {
                    files.put(entry.getName(), new String(content, StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(files).containsOnlyKeys("record.pdf", "record.json");
        return files;
    }
}
