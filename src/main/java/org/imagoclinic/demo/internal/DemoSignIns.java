package org.imagoclinic.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.staff.Discipline;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.TherapistDetails;
import org.imagoclinic.staff.seeding.StaffSeeding;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's people, one per role, each with a sign-in whose password is written in the
 * README, and Dr Helen Okafor supervising Dr Daniel Lee. Only in the {@code demo} profile, and only
 * for the people not in the directory yet. Runs before the initial-administrator check, so a demo
 * clinic has its administrator already.
 */
@Component
@Profile("demo")
@Order(10)
class DemoSignIns implements ApplicationRunner {

    /** Written in the README; never used outside the demo profile. */
    static final String DEMO_PASSWORD = "imago-demo-2026";

    static final List<StaffMemberDetails> PEOPLE = List.of(
            new StaffMemberDetails(null, "Morgan", "Ellis", "morgan.ellis@demo.imagoclinic.org", "+1 555 0100",
                    Set.of(Roles.ADMIN), "admin", null),
            new StaffMemberDetails(null, "Priya", "Shah", "priya.shah@demo.imagoclinic.org", "+1 555 0101",
                    Set.of(Roles.FRONT_DESK), "frontdesk", null),
            new StaffMemberDetails("Dr", "Daniel", "Lee", "daniel.lee@demo.imagoclinic.org", "+1 555 0102",
                    Set.of(Roles.THERAPIST), "therapist",
                    new TherapistDetails("PhD, AMFT, Imago therapist in training", "AMFT 128455", "1234567893",
                            Discipline.MARRIAGE_AND_FAMILY_THERAPY, "#2e7d32", true)),
            new StaffMemberDetails("Dr", "Helen", "Okafor", "helen.okafor@demo.imagoclinic.org", "+1 555 0103",
                    Set.of(Roles.SUPERVISOR, Roles.THERAPIST), "supervisor",
                    new TherapistDetails("PhD, Certified Imago Therapist and Consultant", "PSY 22817", "1000000004",
                            Discipline.CLINICAL_PSYCHOLOGY, "#6a1b9a", false)));

    private static final Logger log = LoggerFactory.getLogger(DemoSignIns.class);

    private final StaffDirectory directory;
    private final StaffSeeding seeding;
    private final Clock clock;

    DemoSignIns(StaffDirectory directory, StaffSeeding seeding, Clock clock) {
        this.directory = directory;
        this.seeding = seeding;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        AsClinicSetUp.run(() -> {
            Map<String, @Nullable UUID> ids = new HashMap<>();
            PEOPLE.forEach(person -> ids.put(person.username(), ensure(person)));
            UUID therapist = ids.get("therapist");
            UUID supervisor = ids.get("supervisor");
            if (therapist != null && supervisor != null && directory.supervisionHistory(therapist).isEmpty()) {
                directory.assignSupervisor(therapist, supervisor, LocalDate.now(clock).withDayOfMonth(1).minusMonths(3));
            }
        });
    }

    private @Nullable UUID ensure(StaffMemberDetails person) {
        var existing = seeding.idOf(person.email());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            UUID id = seeding.addWithKnownPassword(person, DEMO_PASSWORD);
            log.info("Demo profile: added {} with the sign-in '{}'",
                    StaffMember.displayName(person.title(), person.firstName(), person.lastName()), person.username());
            return id;
        } catch (ConflictException taken) {
            // e.g. a data folder from before the staff directory, whose demo accounts have no entry
            log.warn("Demo profile: could not add {}: {} Delete the data folder to start afresh.",
                    person.email(), taken.getMessage());
            return null;
        }
    }
}
