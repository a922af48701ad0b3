package org.imagoclinic.records.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.assessments.NewSessionNote;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.EpisodeClosing;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.records.CorrectionDecision;
import org.imagoclinic.records.Disposal;
import org.imagoclinic.records.DisposalCause;
import org.imagoclinic.records.DisposalHold;
import org.imagoclinic.records.DisposalStatus;
import org.imagoclinic.records.NewRecordRequest;
import org.imagoclinic.records.RecordDisposals;
import org.imagoclinic.records.RecordRequest;
import org.imagoclinic.records.RecordRequestKind;
import org.imagoclinic.records.RecordRequests;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Retention and disposal (ADR 0049): the daily list names a couple once their retention has ended, an
 * administrator holds or approves, and after approval no table of any schema holds the couple's names,
 * and none but the audit trail (whose tombstone stays) holds their ids, while the reports keep their
 * counts under a pseudonym. Erasure on request is declined, with the reason, while the record is kept.
 */
@ClinicIntegrationTest
class DisposalTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToThePinnedClock() {
        TestClinicClock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anApprovedDisposalLeavesNoTraceOfTheCoupleInAnySchemaButTheTombstoneAndTheReportsCounts() {
        // earlier than the other classes' couples, so that seven years on the list holds few besides this one
        TestClinicClock.setTo(Instant.parse("2026-01-05T10:00:00Z"));
        TestClinic clinic = new TestClinic(context, "admin");
        TestStaff therapist = clinic.therapist();
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        List<String> names = List.of(couple.partnerA().details().lastName(), couple.partnerB().details().lastName());
        LocalDate today = LocalDate.now(TestClinicClock.clinic());
        UUID session = clinic.as("frontdesk", () -> context.getBean(Bookings.class).book(BookingRequest.joint(couple.id(),
                therapist.staffId(), clinic.room().id(), today.minusDays(1).atTime(13, 0))
                .withOverride("Entered afterwards for the test")).first().id());
        TestAccounts.asStaff(context, therapist.staffId(), () -> {
            context.getBean(Attendance.class).complete(session);
            SessionNotes notes = context.getBean(SessionNotes.class);
            UUID note = notes.write(couple.id(), new NewSessionNote(session,
                    new NoteDraft("Both spoke of " + names.get(0) + " family holidays.", List.of(), null, null))).id();
            notes.sign(note);
            notes.addAddendum(note, "Addendum: " + names.get(1) + " called the next day.");
            return null;
        });
        awaitNoPublicationMentioning(List.of(couple.id()));
        clinic.as("admin", () -> context.getBean(Invoices.class).issue(couple.id()));
        TestCouples.asFrontDesk(context, () -> context.getBean(RecordRequests.class).record(couple.id(),
                new NewRecordRequest(RecordRequestKind.PARTNER_COPY, couple.partnerA().personId(), null,
                        "Letter signed " + names.get(0))));
        TestAccounts.asStaff(context, therapist.staffId(), () -> context.getBean(EpisodesOfCare.class).close(couple.id(),
                context.getBean(EpisodesOfCare.class).episodesOf(couple.id()).getFirst().id(),
                new EpisodeClosing(EpisodeEnding.COMPLETED, "Goals met", today)));
        List<UUID> ids = List.of(couple.id(), couple.partnerA().personId(), couple.partnerB().personId());
        awaitNoPublicationMentioning(ids);
        int sessionsReported = jdbc.queryForObject("select count(*) from reporting.session where couple_id = ?",
                Integer.class, couple.id());
        assertThat(sessionsReported).isPositive();
        assertThat(rowsMentioning(names, false)).as("the couple's names before disposal").isNotEmpty();

        TestClinicClock.setTo(today.plusYears(7).atTime(3, 0).atZone(TestClinicClock.clinic().getZone()).toInstant());
        TestAccounts.signIn(context, "admin");
        RecordDisposals disposals = context.getBean(RecordDisposals.class);
        disposals.listDue();
        Disposal listed = entryOf(couple.id());
        assertThat(listed.cause()).isEqualTo(DisposalCause.RETENTION_ENDED);
        assertThat(listed.retentionEndedOn()).isEqualTo(today.plusYears(7));
        assertThat(listed.coupleName()).isEqualTo(couple.displayName());
        assertThatThrownBy(() -> disposals.hold(listed.id(), new DisposalHold(" "))).isInstanceOf(InvalidInputException.class);
        assertThat(disposals.hold(listed.id(), new DisposalHold("Legal hold until the court rules")).status())
                .isEqualTo(DisposalStatus.HELD);

        assertThat(disposals.approve(listed.id()).status()).isEqualTo(DisposalStatus.APPROVED);
        awaitNoPublicationMentioning(ids);
        assertThat(context.getBean(DisposalService.class).finishApproved()).isPositive();

        assertThat(rowsMentioning(names, false)).as("names in any table of any schema").isEmpty();
        assertThat(rowsMentioning(ids.stream().map(UUID::toString).toList(), true))
                .as("ids in any table but the audit trail").isEmpty();
        UUID pseudonym = jdbc.queryForObject("select couple_id from records.disposal where id = ?", UUID.class, listed.id());
        assertThat(jdbc.queryForObject("select count(*) from reporting.session where couple_id = ?", Integer.class, pseudonym))
                .as("the reports keep their counts").isEqualTo(sessionsReported);
        List<AuditLogEntry> tombstone = context.getBean(AuditLog.class)
                .find(new AuditQuery(null, null, couple.id(), AuditAction.DISPOSE, null, null), 0, 10);
        assertThat(tombstone).extracting(AuditLogEntry::reason).anyMatch(reason -> reason.contains("held"))
                .anyMatch(reason -> reason.contains("approved")).anyMatch(reason -> reason.contains("completed"));
        assertThat(tombstone).extracting(AuditLogEntry::username).contains("admin");
        assertThat(disposals.list()).noneMatch(entry -> entry.id().equals(listed.id()));
    }

    @Test
    void erasureIsDeclinedWithTheReasonWhileTheRecordMustBeKeptAndOtherwiseWaitsForApproval() {
        TestStaff therapist = TestAccounts.staff(context, "erasure", Roles.THERAPIST);
        RecordRequests requests = context.getBean(RecordRequests.class);
        Couple inCare = TestCouples.caredForBy(context, therapist.staffId());

        RecordRequest declined = TestCouples.asFrontDesk(context, () -> requests.record(inCare.id(),
                new NewRecordRequest(RecordRequestKind.ERASURE, inCare.partnerA().personId(), null, null)));

        assertThat(declined.decision()).isEqualTo(CorrectionDecision.Outcome.DECLINED);
        assertThat(declined.fulfilledOn()).isEqualTo(LocalDate.now(TestClinicClock.clinic()));
        assertThat(declined.decisionReason()).contains("episode of care").contains("must by law be kept");

        Couple enquiry = TestCouples.asFrontDesk(context, () -> context.getBean(Couples.class).register(
                TestCouples.registration()));
        RecordRequest erasure = TestCouples.asFrontDesk(context, () -> requests.record(enquiry.id(),
                new NewRecordRequest(RecordRequestKind.ERASURE, enquiry.partnerB().personId(), null, "By phone")));

        assertThat(erasure.fulfilledOn()).as("open until an administrator approves").isNull();
        TestAccounts.signIn(context, "admin");
        List<Disposal> listed = context.getBean(RecordDisposals.class).list();
        assertThat(listed).noneMatch(entry -> entry.coupleId().equals(inCare.id()));
        assertThat(listed).filteredOn(entry -> entry.coupleId().equals(enquiry.id())).singleElement()
                .satisfies(entry -> assertThat(entry.cause()).isEqualTo(DisposalCause.ERASURE_REQUESTED));
    }

    private Disposal entryOf(UUID coupleId) {
        return context.getBean(RecordDisposals.class).list().stream().filter(entry -> entry.coupleId().equals(coupleId))
                .findFirst().orElseThrow();
    }

    private void awaitNoPublicationMentioning(List<UUID> ids) {
        String any = ids.stream().map(id -> "'%" + id + "%'").collect(Collectors.joining(", "));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like any (array["
                        + any + "])", Integer.class) == 0);
    }

    /** Every table of every schema (but the audit trail's, when asked) with rows whose text holds one of the words. */
    private Map<String, Integer> rowsMentioning(List<String> words, boolean leaveOutAudit) {
        String any = words.stream().map(word -> "'%" + word + "%'").collect(Collectors.joining(", "));
        List<String> tables = jdbc.queryForList("select format('%I.%I', table_schema, table_name) from information_schema.tables"
                + " where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')"
                + (leaveOutAudit ? " and table_schema <> 'audit'" : ""), String.class);
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String table : tables) {
            int rows = jdbc.queryForObject("select count(*) from " + table + " t where t::text ilike any (array[" + any + "])",
                    Integer.class);
            if (rows > 0) {
                counts.put(table, rows);
            }
        }
        return counts;
    }
}
