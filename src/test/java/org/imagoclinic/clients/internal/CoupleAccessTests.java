package org.imagoclinic.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.IntakeDetails;
import org.imagoclinic.clients.ScreeningFlag;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who sees what of a couple: names and contacts for everyone at work, intake and screening for the care team. */
@ClinicIntegrationTest
class CoupleAccessTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Couples couples;
    @Autowired
    Screenings screenings;
    @Autowired
    AuditLog auditLog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFrontDeskSeesTheListAndContactsButIsRefusedIntakeAndScreeningWithTheRefusalAudited() {
        var therapist = TestAccounts.staff(context, "t", Roles.THERAPIST);
        var desk = TestAccounts.staff(context, "desk", Roles.FRONT_DESK);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, desk.username());

        assertThat(couples.find(CoupleQuery.byName(couple.partnerA().details().lastName()), 0, 10))
                .singleElement().satisfies(row -> assertThat(row.primaryTherapistId()).isEqualTo(therapist.staffId()));
        assertThat(couples.get(couple.id()).partnerB().details().email()).endsWith("@example.org");
        assertThatThrownBy(() -> couples.intakeOf(couple.id()))
                .isInstanceOf(ExplainedRefusal.class)
                .hasMessage("The front desk does not see clinical content such as intake details.");
        assertThatThrownBy(() -> screenings.historyOf(couple.id()))
                .hasMessage("The front desk does not see clinical content such as the suitability screen.");

        assertThat(entriesBy(desk.username(), couple.id())).extracting(AuditLogEntry::subjectType, AuditLogEntry::outcome)
                .containsExactlyInAnyOrder(tuple("Intake", AuditOutcome.DENIED),
                        tuple("Screening", AuditOutcome.DENIED));
    }

    @Test
    void theCouplesTherapistReadsTheIntakeAndTheReadIsAudited() {
        var therapist = TestAccounts.staff(context, "own", Roles.THERAPIST);
        Couple couple = TestCouples.unscreenedCaredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());

        assertThat(couples.intakeOf(couple.id()).details().presentingConcerns()).contains("same argument");

        assertThat(entriesBy(therapist.username(), couple.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.VIEW);
            assertThat(entry.subjectType()).isEqualTo("Intake");
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.ALLOWED);
        });

        // saved again, the intake is replaced, not added beside the first
        couples.updateIntake(couple.id(), new IntakeDetails("Money, more than chores.", List.of("finances"),
                null, null, "To argue less", true, "Two sessions in 2023"));
        assertThat(couples.intakeOf(couple.id()).details()).satisfies(details -> {
            assertThat(details.presentingConcerns()).isEqualTo("Money, more than chores.");
            assertThat(details.concernTags()).containsExactly("finances");
            assertThat(details.priorTherapy()).isTrue();
        });
    }

    @Test
    void aTherapistNotOnTheCareTeamIsRefused() {
        var own = TestAccounts.staff(context, "own", Roles.THERAPIST);
        var other = TestAccounts.staff(context, "other", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, own.staffId());
        TestAccounts.signIn(context, other.username());

        assertThatThrownBy(() -> couples.intakeOf(couple.id()))
                .isInstanceOf(ExplainedRefusal.class)
                .hasMessageContaining("You are not on this couple's care team");
        assertThatThrownBy(() -> screenings.record(couple.id(), TestCouples.flaggedScreen()))
                .isInstanceOf(ExplainedRefusal.class);
    }

    @Test
    void aSupervisorRoleAloneWithoutAStaffLinkIsRefused() {
        var therapist = TestAccounts.staff(context, "t", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        String unlinked = TestAccounts.create(context, "unlinked", "Una Linked", "unlinked-password-1", false,
                Roles.SUPERVISOR);
        TestAccounts.signIn(context, unlinked);

        assertThatThrownBy(() -> screenings.historyOf(couple.id()))
                .isInstanceOf(ExplainedRefusal.class)
                .hasMessageContaining("not linked to a staff member");
        assertThatThrownBy(() -> couples.find(new CoupleQuery(null, null, null, null, ScreeningFlag.OTHER), 0, 10))
                .isInstanceOf(ExplainedRefusal.class);
    }

    @Test
    void anAdministratorSeesTheListButRegistersNothingAndReadsNothingClinical() {
        var therapist = TestAccounts.staff(context, "t", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, "admin");

        assertThat(couples.count(CoupleQuery.byName(couple.partnerB().details().lastName()))).isEqualTo(1);
        assertThatThrownBy(() -> couples.register(TestCouples.registration())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> couples.intakeOf(couple.id()))
                .hasMessageContaining("Administrators see no clinical content");
    }

    @Test
    void aFlagFilterFindsOnlyTheTherapistsOwnCouplesAndEachOneShownIsAudited() {
        var therapist = TestAccounts.staff(context, "flags", Roles.THERAPIST);
        var colleague = TestAccounts.staff(context, "colleague", Roles.THERAPIST);
        Couple mine = TestCouples.caredForBy(context, therapist.staffId());
        Couple theirs = TestCouples.caredForBy(context, colleague.staffId());
        TestAccounts.signIn(context, colleague.username());
        screenings.record(theirs.id(), TestCouples.flaggedScreen());
        TestAccounts.signIn(context, therapist.username());
        screenings.record(mine.id(), TestCouples.flaggedScreen());

        var found = couples.find(new CoupleQuery(null, null, null, null, ScreeningFlag.INTIMATE_PARTNER_VIOLENCE), 0, 100);

        assertThat(found).extracting(row -> row.id()).contains(mine.id()).doesNotContain(theirs.id());
        assertThat(entriesBy(therapist.username(), mine.id())).extracting(AuditLogEntry::subjectType)
                .contains("ScreeningFlags");
        TestAccounts.signIn(context, "frontdesk");
        assertThatThrownBy(() -> couples.find(new CoupleQuery(null, null, null, null,
                ScreeningFlag.INTIMATE_PARTNER_VIOLENCE), 0, 10)).isInstanceOf(ExplainedRefusal.class);
    }

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
