package org.imagoclinic.staff;

import java.util.Set;
import java.util.UUID;
import org.imagoclinic.security.Roles;

/** Staff members for tests, each with a unique email address so that tests sharing a database don't collide. */
public final class StaffExamples {

    private StaffExamples() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static StaffMemberDetails frontDesk(String firstName, String lastName) {
        return new StaffMemberDetails(null, firstName, lastName, email(firstName, lastName), null,
                Set.of(Roles.FRONT_DESK), null, null);
    }

    public static StaffMemberDetails therapist(String firstName, String lastName, boolean underSupervision) {
        return new StaffMemberDetails("Dr", firstName, lastName, email(firstName, lastName), "+1 555 0199",
                Set.of(Roles.THERAPIST), null, new TherapistDetails("LMFT, Certified Imago Therapist", "LMFT 1", null,
                Discipline.MARRIAGE_AND_FAMILY_THERAPY, "#336699", underSupervision));
    }

    public static StaffMemberDetails supervisor(String firstName, String lastName) {
        return new StaffMemberDetails("Dr", firstName, lastName, email(firstName, lastName), null,
                Set.of(Roles.THERAPIST, Roles.SUPERVISOR), null, new TherapistDetails("PhD, Imago Consultant",
                "PSY 2", "1234567893", Discipline.CLINICAL_PSYCHOLOGY, "#993366", false));
    }

    /** A person with no role: in the directory, without a sign-in. */
    public static StaffMemberDetails withoutRole(String firstName, String lastName) {
        return new StaffMemberDetails(null, firstName, lastName, email(firstName, lastName), null, Set.of(), null, null);
    }

    private static String email(String firstName, String lastName) {
        return (firstName + "." + lastName).toLowerCase().replaceAll("[^a-z.]", "") + "." + unique() + "@example.org";
    }
}
