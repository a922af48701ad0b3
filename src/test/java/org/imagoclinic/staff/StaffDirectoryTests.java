package org.imagoclinic.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imagoclinic.staff.StaffExamples.frontDesk;
import static org.imagoclinic.staff.StaffExamples.supervisor;
import static org.imagoclinic.staff.StaffExamples.therapist;
import static org.imagoclinic.staff.StaffExamples.withoutRole;

import java.time.LocalDate;
import java.util.Set;
import org.imagoclinic.security.AccountManagement;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The staff module with the modules it depends on (security, audit, shared), on a database of its
 * own: what the directory publishes, and how it keeps sign-in accounts and the audit trail in step.
 * Runs as an administrator; the security module's account management is the real one.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(roles = Roles.ADMIN)
class StaffDirectoryTests {

    @Autowired
    StaffDirectory directory;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clinicians clinicians;

    /** What every therapist picker offers and every assignment checks, from one place. */
    @Test
    void cliniciansAreTheActiveTherapistsAndSupervisorsByNameAndEveryOtherIdSaysWhyNot() {
        StaffMember zed = directory.add(therapist("Zed", "Aalto", false)).member();
        StaffMember cleo = directory.add(StaffExamples.supervisor("Cleo", "Aaltonen")).member();
        StaffMember desk = directory.add(frontDesk("Fay", "Aab")).member();
        StaffMember gone = directory.add(therapist("Gil", "Aalt", false)).member();
        directory.deactivate(gone.id());

        assertThat(clinicians.active()).extracting(Clinician::displayName)
                .containsSubsequence("Dr Zed Aalto", "Dr Cleo Aaltonen")
                .doesNotContain("Fay Aab", "Dr Gil Aalt");
        assertThat(clinicians.activeSupervisors()).extracting(Clinician::id).contains(cleo.id()).doesNotContain(zed.id());
        assertThat(clinicians.whyNotAssignable(zed.id())).isEmpty();
        assertThat(clinicians.whyNotAssignable(gone.id())).contains("Dr Gil Aalt no longer works at the clinic.");
        assertThat(clinicians.whyNotAssignable(desk.id())).contains("Fay Aab is not a therapist or supervisor.");
        assertThat(clinicians.whyNotAssignable(java.util.UUID.fromString("00000000-0000-0000-0000-0000000000ab")))
                .contains("There is no staff member with this id.");
        assertThat(clinicians.nameOf(gone.id())).isEqualTo("Dr Gil Aalt");
        assertThat(clinicians.nameOf(java.util.UUID.fromString("1a2b3c4d-0000-0000-0000-000000000000")))
                .isEqualTo("Staff member 1a2b3c4d");
        assertThat(clinicians.find(desk.id())).isEmpty();
    }

    @Test
    void addingSomeonePublishesStaffMemberAdded(Scenario scenario) {
        scenario.stimulate(() -> directory.add(therapist("Ana", "Ruiz", false)))
                .andWaitForEventOfType(StaffMemberAdded.class)
                .matchingMappedValue(StaffMemberAdded::displayName, "Dr Ana Ruiz")
                .toArriveAndVerify((event, saved) -> {
                    assertThat(event.staffId()).isEqualTo(saved.member().id());
                    assertThat(event.roles()).containsExactly(Roles.THERAPIST);
                });
    }

    @Test
    void assigningASupervisorPublishesSupervisionAssigned(Scenario scenario) {
        StaffMember supervisee = directory.add(therapist("Ben", "Okoro", true)).member();
        StaffMember supervisor = directory.add(StaffExamples.supervisor("Cleo", "Marsh")).member();
        LocalDate startsOn = LocalDate.of(2026, 2, 1);

        scenario.stimulate(() -> directory.assignSupervisor(supervisee.id(), supervisor.id(), startsOn))
                .andWaitForEventOfType(SupervisionAssigned.class)
                .matchingMappedValue(SupervisionAssigned::superviseeId, supervisee.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.supervisorId()).isEqualTo(supervisor.id());
                    assertThat(event.startsOn()).isEqualTo(startsOn);
                    assertThat(event.previousSupervisorId()).isNull();
                });
    }

    @Test
    void deactivatingSomeonePublishesStaffMemberDeactivated(Scenario scenario) {
        StaffMember member = directory.add(frontDesk("Dara", "Quinn")).member();

        scenario.stimulate(() -> directory.deactivate(member.id()))
                .andWaitForEventOfType(StaffMemberDeactivated.class)
                .matchingMappedValue(StaffMemberDeactivated::staffId, member.id())
                .toArrive();
    }

    @Test
    void someoneWithRolesGetsASignInWithAOneTimePasswordAndTheirDirectoryEntry() {
        SavedStaffMember saved = directory.add(frontDesk("Eli", "Stone"));

        assertThat(saved.newSignIn()).isNotNull();
        assertThat(saved.newSignIn().username()).startsWith("estone");
        assertThat(saved.newSignIn().oneTimePassword()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(saved.member().username()).isEqualTo(saved.newSignIn().username());
        var account = accounts.ofStaff(saved.member().id()).orElseThrow();
        assertThat(account.roles()).containsExactly(Roles.FRONT_DESK);
        assertThat(account.enabled()).isTrue();
    }

    @Test
    void theProposedUserNameSkipsThoseAlreadyTaken() {
        String lastName = "Moss" + StaffExamples.unique().replaceAll("[0-9]", "x");
        String first = directory.add(frontDesk("Alma", lastName)).newSignIn().username();

        assertThat(first).isEqualTo("a" + lastName.toLowerCase());
        assertThat(directory.suggestUsername("Abe", lastName)).isEqualTo(first + "2");
        assertThat(directory.add(frontDesk("Abe", lastName)).newSignIn().username()).isEqualTo(first + "2");
    }

    @Test
    void someoneWithoutARoleGetsNoSignInUntilTheyAreGivenOne() {
        StaffMember member = directory.add(withoutRole("Fay", "Lund")).member();
        assertThat(member.username()).isNull();
        assertThat(accounts.ofStaff(member.id())).isEmpty();

        SavedStaffMember changed = directory.change(member.id(), withoutRole("Fay", "Lund")
                .withRoles(Set.of(Roles.FRONT_DESK)));

        assertThat(changed.newSignIn()).isNotNull();
        assertThat(accounts.ofStaff(member.id()).orElseThrow().roles()).containsExactly(Roles.FRONT_DESK);
    }

    @Test
    void changingRolesChangesTheAccountAndIsAuditedAsAPermissionChange() {
        StaffMember member = directory.add(frontDesk("Gus", "Hale")).member();
        StaffMemberDetails details = new StaffMemberDetails(null, "Gus", "Hale-Berg", member.email(), null,
                Set.of(Roles.FRONT_DESK, Roles.ADMIN), null, null);

        directory.change(member.id(), details);

        var account = accounts.ofStaff(member.id()).orElseThrow();
        assertThat(account.roles()).containsExactlyInAnyOrder(Roles.FRONT_DESK, Roles.ADMIN);
        assertThat(directory.get(member.id()).lastName()).isEqualTo("Hale-Berg");
        assertThat(auditActions(member)).contains("CREATE", "UPDATE", "PERMISSION_CHANGE");
    }

    @Test
    void aRefusedChangeWritesNothingAtAll() {
        StaffMember member = directory.add(frontDesk("Hana", "Ito")).member();
        int auditBefore = auditActions(member).size();
        StaffMemberDetails broken = new StaffMemberDetails(null, "", "Ito", member.email(), null,
                Set.of(Roles.ADMIN), null, null);

        assertThatThrownBy(() -> directory.change(member.id(), broken))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.fieldErrors()).containsOnlyKeys("firstName"));

        assertThat(directory.get(member.id()).firstName()).isEqualTo("Hana");
        assertThat(accounts.ofStaff(member.id()).orElseThrow().roles()).containsExactly(Roles.FRONT_DESK);
        assertThat(auditActions(member)).hasSize(auditBefore);
    }

    @Test
    void anNpiWhoseCheckDigitIsWrongIsRefusedAndARightOneIsOnTheProviderIdentity() {
        StaffMemberDetails supervisor = supervisor("Nia", "Pell");
        TherapistDetails details = supervisor.therapist();
        StaffMemberDetails mistyped = new StaffMemberDetails(supervisor.title(), "Nia", "Pell", supervisor.email(), null,
                supervisor.roles(), null, new TherapistDetails(details.credentials(), details.licenceNumber(), "1234567890",
                details.discipline(), details.calendarColour(), false));

        assertThatThrownBy(() -> directory.add(mistyped)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldErrors()).containsOnlyKeys("therapist.npi"));
        StaffMember saved = directory.add(supervisor).member();
        assertThat(clinicians.providerIdentity(saved.id())).hasValueSatisfying(provider -> {
            assertThat(provider.npi()).isEqualTo("1234567893");
            assertThat(provider.licenceNumber()).isEqualTo("PSY 2");
        });
    }

    @Test
    void aTakenUserNameRollsBackTheWholeAddition() {
        String username = "taken" + StaffExamples.unique();
        directory.add(named(frontDesk("Ida", "Park"), username));
        StaffMemberDetails second = named(frontDesk("Ivo", "Park"), username.toUpperCase());
        int before = count();

        assertThatThrownBy(() -> directory.add(second))
                .isInstanceOfSatisfying(AlreadyTakenException.class, taken -> assertThat(taken.field()).isEqualTo("username"));

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aDeactivatedPersonStaysInTheDirectoryAsInactiveAndLosesTheirSignIn() {
        StaffMember member = directory.add(frontDesk("Jo", "Vance")).member();

        directory.deactivate(member.id());

        assertThat(directory.get(member.id()).active()).isFalse();
        assertThat(accounts.ofStaff(member.id()).orElseThrow().enabled()).isFalse();
        assertThat(directory.find(new StaffQuery(member.email(), false), 0, 10)).extracting(StaffMember::id)
                .containsExactly(member.id());
        assertThat(directory.find(new StaffQuery(member.email(), true), 0, 10)).isEmpty();
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThatThrownBy(() -> directory.get(java.util.UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithMockUser(roles = Roles.THERAPIST)
    void anyoneSignedInReadsButOnlyAdministratorsWrite() {
        assertThat(directory.count(StaffQuery.everyone())).isNotNegative();

        assertThatThrownBy(() -> directory.add(frontDesk("Kai", "West"))).isInstanceOf(AccessDeniedException.class);
    }

    private static StaffMemberDetails named(StaffMemberDetails details, String username) {
        return new StaffMemberDetails(details.title(), details.firstName(), details.lastName(), details.email(),
                details.phone(), details.roles(), username, details.therapist());
    }

    private java.util.List<String> auditActions(StaffMember member) {
        return jdbc.queryForList("select action from audit.audit_entry where subject_type = 'StaffMember' "
                + "and subject_id = ? order by id", String.class, member.id().toString());
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from staff.staff_member", Integer.class);
    }
}
