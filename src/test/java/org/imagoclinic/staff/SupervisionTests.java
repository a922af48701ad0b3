package org.imagoclinic.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imagoclinic.staff.StaffExamples.frontDesk;
import static org.imagoclinic.staff.StaffExamples.supervisor;
import static org.imagoclinic.staff.StaffExamples.therapist;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.SupervisionDirectory;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Who supervises whom: one supervisor at a time, the history kept, and the answers the care-team rule gets. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(roles = Roles.ADMIN)
class SupervisionTests {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 5);
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    @Autowired
    StaffDirectory directory;

    @Autowired
    SupervisionDirectory supervision;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewSupervisorEndsTheCurrentLinkTheDayTheNewOneStartsAndTheHistoryStays() {
        StaffMember supervisee = add(therapist("Lia", "Moreno", true));
        StaffMember first = add(supervisor("Max", "Fell"));
        StaffMember second = add(supervisor("Nia", "Osei"));

        directory.assignSupervisor(supervisee.id(), first.id(), JANUARY);
        directory.assignSupervisor(supervisee.id(), second.id(), MARCH);

        assertThat(directory.supervisionHistory(supervisee.id()))
                .extracting(SupervisionLink::supervisorId, SupervisionLink::startsOn, SupervisionLink::endsOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(second.id(), MARCH, null),
                        org.assertj.core.groups.Tuple.tuple(first.id(), JANUARY, MARCH));
        assertThat(supervision.currentSupervisorOf(supervisee.id())).contains(second.id());
        assertThat(supervision.currentSuperviseesOf(second.id())).containsExactly(supervisee.id());
        assertThat(supervision.currentSuperviseesOf(first.id())).isEmpty();
    }

    @Test
    void theDatabaseRefusesTwoLinksOfOneSuperviseeThatOverlap() {
        StaffMember supervisee = add(therapist("Omar", "Haddad", true));
        StaffMember one = add(supervisor("Pia", "Lind"));
        StaffMember other = add(supervisor("Quin", "Roe"));
        directory.assignSupervisor(supervisee.id(), one.id(), JANUARY);

        assertThatThrownBy(() -> jdbc.update("insert into staff.supervision (id, supervisee_id, supervisor_id, starts_on, created_at) "
                + "values (?, ?, ?, ?, ?)", UUID.randomUUID(), supervisee.id(), other.id(), MARCH, java.time.OffsetDateTime.now(TestClinicClock.clinic())))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("supervision_one_supervisor_at_a_time");
    }

    @Test
    void onlyAnActiveSupervisorMaySupervise() {
        StaffMember supervisee = add(therapist("Rae", "Sato", true));
        StaffMember colleague = add(therapist("Sol", "Tan", false));
        StaffMember clerk = add(frontDesk("Tia", "Umar"));

        assertRefusedOnSupervisor(supervisee, colleague);
        assertRefusedOnSupervisor(supervisee, clerk);
        assertThat(directory.supervisionHistory(supervisee.id())).isEmpty();
    }

    @Test
    void nobodySupervisesThemselves() {
        StaffMember both = add(new StaffMemberDetails(null, "Uma", "Vale", "uma." + StaffExamples.unique()
                + "@example.org", null, Set.of(Roles.THERAPIST, Roles.SUPERVISOR), null,
                new TherapistDetails("LPC", null, null, Discipline.COUNSELLING, "#123456", true)));

        assertRefusedOnSupervisor(both, both);
    }

    @Test
    void aTherapistNotUnderSupervisionGetsNoSupervisor() {
        StaffMember licensed = add(therapist("Val", "Wren", false));
        StaffMember senior = add(supervisor("Wes", "Yeo"));

        assertThatThrownBy(() -> directory.assignSupervisor(licensed.id(), senior.id(), JANUARY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not a therapist under supervision");
    }

    @Test
    void historyIsNeverRewrittenByAStartBeforeTheCurrentOne() {
        StaffMember supervisee = add(therapist("Xia", "Zorn", true));
        StaffMember first = add(supervisor("Yan", "Abel"));
        StaffMember second = add(supervisor("Zed", "Bold"));
        directory.assignSupervisor(supervisee.id(), first.id(), MARCH);

        assertThatThrownBy(() -> directory.assignSupervisor(supervisee.id(), second.id(), JANUARY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.fieldErrors()).containsKey("startsOn"));
        assertThat(supervision.currentSupervisorOf(supervisee.id())).contains(first.id());
    }

    @Test
    void aSupervisorWhoLeavesNoLongerSupervisesAnyone() {
        StaffMember supervisee = add(therapist("Ada", "Cole", true));
        StaffMember leaving = add(supervisor("Bo", "Dunn"));
        directory.assignSupervisor(supervisee.id(), leaving.id(), JANUARY);

        directory.deactivate(leaving.id());

        assertThat(supervision.currentSupervisorOf(supervisee.id())).isEmpty();
        assertThat(supervision.currentSuperviseesOf(leaving.id())).isEmpty();
        assertThat(directory.supervisionHistory(supervisee.id())).singleElement()
                .satisfies(link -> assertThat(link.endsOn()).isNotNull());
    }

    @Test
    void aSupervisorWhoLosesTheRoleNoLongerSupervisesAnyone() {
        StaffMember supervisee = add(therapist("Cy", "Eck", true));
        StaffMember senior = add(supervisor("Di", "Fox"));
        directory.assignSupervisor(supervisee.id(), senior.id(), JANUARY);
        StaffMemberDetails asTherapistOnly = new StaffMemberDetails(senior.title(), senior.firstName(),
                senior.lastName(), senior.email(), null, Set.of(Roles.THERAPIST), null, senior.therapist());

        directory.change(senior.id(), asTherapistOnly);

        assertThat(supervision.currentSupervisorOf(supervisee.id())).isEmpty();
    }

    private void assertRefusedOnSupervisor(StaffMember supervisee, StaffMember candidate) {
        assertThatThrownBy(() -> directory.assignSupervisor(supervisee.id(), candidate.id(), JANUARY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.fieldErrors()).containsOnlyKeys("supervisorId"));
    }

    private StaffMember add(StaffMemberDetails details) {
        return directory.add(details).member();
    }
}
