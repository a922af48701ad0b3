package org.imagoclinic.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.security.BreakGlassCategory;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.clients.EpisodeClosing;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.ClinicalAccess.BreakGlassGrant;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The care-team rule in the running application: decisions, the audit trail, break-glass. The
 * couples and their care teams come from the clients module's real API.
 */
@ClinicIntegrationTest
class ClinicalAccessTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ClinicalAccess access;
    @Autowired
    AuditLog auditLog;
    @Autowired
    BreakGlassGrants grants;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCouplesTherapistOpensTheirNotesAndTheReadIsAudited() {
        var therapist = TestAccounts.staff(context, "lee", Roles.THERAPIST);
        UUID couple = coupleCaredForBy(therapist.staffId());
        TestAccounts.signIn(context, therapist.username());

        access.require(RecordKind.SESSION_NOTE, couple, AuditAction.VIEW, "SessionNote", "note-1");

        assertThat(entriesBy(therapist.username(), couple)).singleElement().satisfies(entry -> {
            assertThat(entry.staffId()).isEqualTo(therapist.staffId());
            assertThat(entry.action()).isEqualTo(AuditAction.VIEW);
            assertThat(entry.subjectId()).isEqualTo("note-1");
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.ALLOWED);
        });
    }

    @Test
    void anotherTherapistIsRefusedInPlainWordsAndTheRefusalIsAuditedAsDenied() {
        var own = TestAccounts.staff(context, "own", Roles.THERAPIST);
        var other = TestAccounts.staff(context, "other", Roles.THERAPIST);
        UUID couple = coupleCaredForBy(own.staffId());
        TestAccounts.signIn(context, other.username());

        assertThatThrownBy(() -> access.require(RecordKind.IMAGO_PROFILE, couple, AuditAction.VIEW, "ImagoProfile", 7))
                .isInstanceOf(ExplainedRefusal.class)
                .hasMessageContaining("not on this couple's care team");

        assertThat(entriesBy(other.username(), couple)).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(entry.reason()).contains("break-glass");
        });
        assertThat(access.may(RecordKind.IMAGO_PROFILE, couple)).isFalse();
    }

    @Test
    void theFrontDeskSeesContactsButNeverClinicalContent() {
        var therapist = TestAccounts.staff(context, "t", Roles.THERAPIST);
        var desk = TestAccounts.staff(context, "desk", Roles.FRONT_DESK);
        UUID couple = coupleCaredForBy(therapist.staffId());
        TestAccounts.signIn(context, desk.username());

        access.require(RecordKind.COUPLE_CONTACTS, couple, AuditAction.VIEW, "Couple", couple);
        assertThat(access.may(RecordKind.SCHEDULE, couple)).isTrue();
        assertThatThrownBy(() -> access.require(RecordKind.MEASURE, couple, AuditAction.VIEW, "Measure", 1))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("The front desk does not see clinical content such as outcome measures.");
        assertThat(entriesBy(desk.username(), couple)).extracting(AuditLogEntry::outcome)
                .containsExactly(AuditOutcome.DENIED);
    }

    @Test
    void breakGlassOpensTheCoupleForOneHourWithTheReasonOnRecord() {
        var own = TestAccounts.staff(context, "own", Roles.THERAPIST);
        var covering = TestAccounts.staff(context, "cover", Roles.THERAPIST);
        UUID couple = coupleCaredForBy(own.staffId());
        TestAccounts.signIn(context, covering.username());

        BreakGlassGrant grant = access.breakGlass(couple, BreakGlassCategory.COVERING_ABSENT_THERAPIST, "Covering an urgent call while Dr Own is on leave");
        access.require(RecordKind.SESSION_NOTE, couple, AuditAction.VIEW, "SessionNote", "n");

        assertThat(ChronoUnit.MINUTES.between(grant.grantedAt(), grant.expiresAt())).isEqualTo(60);
        List<AuditLogEntry> entries = entriesBy(covering.username(), couple);
        assertThat(entries).extracting(AuditLogEntry::action, AuditLogEntry::outcome)
                .containsExactly(tuple(AuditAction.VIEW, AuditOutcome.ALLOWED),
                        tuple(AuditAction.BREAK_GLASS, AuditOutcome.ALLOWED));
        assertThat(entries.getLast().reason()).isEqualTo("Covering for the couple's therapist, who is away: Covering an urgent call while Dr Own is on leave");
    }

    @Test
    void anExpiredBreakGlassGrantOpensNothing() {
        var own = TestAccounts.staff(context, "own", Roles.THERAPIST);
        var covering = TestAccounts.staff(context, "late", Roles.SUPERVISOR);
        UUID couple = coupleCaredForBy(own.staffId());
        UUID accountId = context.getBean(AccountRepository.class).findByUsername(covering.username()).orElseThrow()
                .account().id();
        Instant twoHoursAgo = TestClinicClock.current().minus(2, ChronoUnit.HOURS);
        grants.insert(new BreakGlassGrant(UUID.randomUUID(), covering.staffId(), covering.username(), couple,
                BreakGlassCategory.URGENT_CONTACT, "Urgent cover two hours ago", twoHoursAgo,
                twoHoursAgo.plus(1, ChronoUnit.HOURS), null, null), accountId);
        TestAccounts.signIn(context, covering.username());

        assertThat(access.may(RecordKind.SESSION_NOTE, couple)).isFalse();
        assertThatThrownBy(() -> access.require(RecordKind.SESSION_NOTE, couple, AuditAction.VIEW, "SessionNote", "n"))
                .isInstanceOf(ExplainedRefusal.class);
    }

    @Test
    void breakGlassNeedsAReasonAndAClinicalRole() {
        var therapist = TestAccounts.staff(context, "terse", Roles.THERAPIST);
        var desk = TestAccounts.staff(context, "desk", Roles.FRONT_DESK);
        UUID couple = coupleCaredForBy(TestAccounts.staff(context, "elsewhere", Roles.THERAPIST).staffId());

        TestAccounts.signIn(context, therapist.username());
        assertThatThrownBy(() -> access.breakGlass(couple, BreakGlassCategory.COVERING_ABSENT_THERAPIST, "urgent"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 10 characters");
        // eight letters written as sixteen UTF-16 units are still eight characters, too few
        assertThatThrownBy(() -> access.breakGlass(couple, BreakGlassCategory.COVERING_ABSENT_THERAPIST, "\uD835\uDC00".repeat(8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 10 characters");

        TestAccounts.signIn(context, desk.username());
        assertThatThrownBy(() -> access.breakGlass(couple, BreakGlassCategory.COVERING_ABSENT_THERAPIST, "I would like to read the notes please"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(access.may(RecordKind.SESSION_NOTE, couple)).isFalse();
    }

    @Test
    void breakGlassIsListedForReviewByAdministratorsAndSupervisors() {
        var covering = TestAccounts.staff(context, "cover", Roles.THERAPIST);
        UUID couple = coupleCaredForBy(TestAccounts.staff(context, "elsewhere", Roles.THERAPIST).staffId());
        TestAccounts.signIn(context, covering.username());
        access.breakGlass(couple, BreakGlassCategory.COVERING_ABSENT_THERAPIST, "Client in crisis called the clinic out of hours");

        TestAccounts.signIn(context, "admin");
        LocalDate today = LocalDate.now(TestClinicClock.clinic());
        assertThat(access.breakGlassLog(today.minusDays(1), today.plusDays(1)))
                .anySatisfy(grant -> {
                    assertThat(grant.coupleId()).isEqualTo(couple);
                    assertThat(grant.username()).isEqualTo(covering.username());
                });

        TestAccounts.signIn(context, covering.username());
        assertThatThrownBy(() -> access.breakGlassLog(today, today)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whenTheEpisodeClosesTheTherapistStillFinishesTheRecord() {
        var therapist = TestAccounts.staff(context, "leaving", Roles.THERAPIST);
        UUID couple = coupleCaredForBy(therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
        assertThat(access.may(RecordKind.SESSION_NOTE, couple)).isTrue();

        var episodes = context.getBean(EpisodesOfCare.class);
        UUID episode = episodes.episodesOf(couple).getFirst().id();
        episodes.close(couple, episode, new EpisodeClosing(EpisodeEnding.DROPPED_OUT, "Stopped coming after the intake.",
                null));

        // for 30 days (EpisodeLifecycleTests has the day after): the closing note comes after the last session
        assertThat(access.may(RecordKind.SESSION_NOTE, couple)).isTrue();
    }

    private UUID coupleCaredForBy(UUID therapistStaffId) {
        return TestCouples.unscreenedCaredForBy(context, therapistStaffId).id();
    }

    /** What one person did to one couple, newest first (registering the couple was someone else's doing). */
    private List<AuditLogEntry> entriesBy(String username, UUID couple) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signIn(context, "admin");
        try {
            return auditLog.find(new AuditQuery(username, null, couple, null, null, null), 0, 100);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
