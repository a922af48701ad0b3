package org.imagoclinic.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagoclinic.demo.CarePath;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoSession;
import org.imagoclinic.demo.DemoStaffMember;
import org.imagoclinic.security.Roles;
import org.junit.jupiter.api.Test;

/** The demo clinic's plan, without a database: the same seed plans the same clinic, and the clinic is believable. */
class DemoClinicPlanTests {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 0);

    private static List<CouplePlanner.Planned> plan(long seed, int couples) {
        DemoClinic clinic = new DemoClinic(seed, NOW, couples, 12);
        List<DemoStaffMember> staff = StaffPlanner.plan(clinic).stream().map(StaffPlanner.Planned::member).toList();
        return CouplePlanner.plan(clinic, staff.stream().filter(member -> member.hasRole(Roles.THERAPIST)).toList());
    }

    private static List<String> fingerprint(List<CouplePlanner.Planned> plan) {
        return plan.stream().map(planned -> planned.couple().lastNames() + " " + planned.couple().path() + " "
                + planned.couple().registeredAt() + " " + (planned.couple().therapist() == null ? "-"
                : planned.couple().therapist().username()) + " " + planned.couple().sessions().stream()
                .map(session -> session.start() + ":" + session.outcome()).collect(Collectors.joining(","))).toList();
    }

    @Test
    void theSameSeedPlansTheSameClinicAndAnotherSeedAnother() {
        assertThat(fingerprint(plan(7, 150))).isEqualTo(fingerprint(plan(7, 150)));
        assertThat(fingerprint(plan(8, 150))).isNotEqualTo(fingerprint(plan(7, 150)));
        DemoClinic one = new DemoClinic(7, NOW, 150, 12);
        DemoClinic two = new DemoClinic(7, NOW, 150, 12);
        assertThat(StaffPlanner.plan(one).stream().map(p -> p.member().name()).toList())
                .isEqualTo(StaffPlanner.plan(two).stream().map(p -> p.member().name()).toList());
    }

    @Test
    void theReadmesDemoPartnersAreTheSameCoupleWhateverTheDayTheClinicIsMade() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        List<String> firstSeen = null;
        for (LocalDateTime now : List.of(NOW, NOW.plusDays(37), NOW.plusDays(200).withHour(16))) {
            DemoClinic clinic = new DemoClinic(20261126, now, 150, 12);
            List<DemoStaffMember> staff = StaffPlanner.plan(clinic).stream().map(StaffPlanner.Planned::member).toList();
            CouplePlanner.plan(clinic, staff.stream().filter(member -> member.hasRole(Roles.THERAPIST)).toList())
                    .forEach(planned -> clinic.couples().add(planned.couple()));
            List<DemoCouple> practising = HomePracticeStep.practising(clinic,
                    clinic.today().minusDays(HomePracticeStep.PRACTICE_DAYS));
            assertThat(practising).hasSize(HomePracticeStep.COUPLES);
            assertThat(practising.subList(0, 2)).as("the demo partners and the couple that stopped: Dr Lee's")
                    .allMatch(couple -> couple.therapist().username().equals(StaffPlanner.EXISTING_THERAPIST));
            DemoCouple first = practising.getFirst();
            List<String> partners = List.of(first.registration().partnerA().details().email(),
                    first.registration().partnerB().details().email());
            if (firstSeen == null) {
                firstSeen = partners;
                System.out.println("README's demo partners: " + first.firstNameA() + " " + partners.get(0) + ", "
                        + first.firstNameB() + " " + partners.get(1));
            }
            assertThat(partners).isEqualTo(firstSeen);
        }
        assertThat(readme).as("the README lists the demo partners' sign-ins").contains(firstSeen);
    }

    @Test
    void theStaffAreEightTherapistsTwoSupervisorsTwoAtTheFrontDeskAndAnAdministratorKeepingTheDemoSignIns() {
        List<StaffPlanner.Planned> staff = StaffPlanner.plan(new DemoClinic(7, NOW, 150, 12));

        assertThat(staff.stream().filter(p -> p.member().roles().equals(Set.of(Roles.THERAPIST)))).hasSize(8);
        assertThat(staff.stream().filter(p -> p.member().hasRole(Roles.SUPERVISOR))).hasSize(2);
        assertThat(staff.stream().filter(p -> p.member().hasRole(Roles.FRONT_DESK))).hasSize(2);
        assertThat(staff.stream().filter(p -> p.member().hasRole(Roles.ADMIN))).hasSize(1);
        assertThat(staff.stream().filter(p -> p.details() != null && p.details().therapist() != null
                && p.details().therapist().underSupervision())).hasSize(1);
        assertThat(staff.stream().filter(p -> p.details() == null).map(p -> p.member().username()))
                .containsExactly("admin", "frontdesk", "therapist", "supervisor");
    }

    @Test
    void everyPathOfCareIsThereAndAYearOfSessionsHasRealisticAttendance() {
        List<DemoCouple> couples = plan(20261126, 150).stream().map(CouplePlanner.Planned::couple).toList();

        assertThat(couples.stream().map(DemoCouple::path).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(CarePath.class));
        assertThat(couples.stream().filter(c -> c.path() == CarePath.ACTIVE).count()).isBetween(35L, 65L);
        List<DemoSession> past = couples.stream().flatMap(c -> c.sessions().stream())
                .filter(s -> s.end().isBefore(NOW) && s.outcome() != DemoSession.Outcome.CALLED_OFF).toList();
        long completed = past.stream().filter(DemoSession::held).count();
        long noShows = past.stream().filter(s -> s.outcome() == DemoSession.Outcome.NO_SHOW).count();
        long late = past.stream().filter(s -> s.outcome() == DemoSession.Outcome.LATE_CANCELLED).count();
        assertThat(past.size()).isGreaterThan(800);
        assertThat((double) completed / past.size()).isBetween(0.75, 0.92);
        assertThat(noShows).isPositive();
        assertThat(late).isPositive();
        assertThat(couples.stream().flatMap(c -> c.sessions().stream()).map(DemoSession::start)
                .filter(start -> start.isBefore(NOW.minusMonths(11)))).isNotEmpty();
        assertThat(couples.stream().filter(c -> c.path() == CarePath.ACTIVE)).allSatisfy(active -> assertThat(
                active.sessions().stream().filter(s -> s.outcome() == DemoSession.Outcome.SCHEDULED
                        && s.start().isBefore(NOW.plusWeeks(4)))).isNotEmpty());
    }
}
