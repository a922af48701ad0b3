package org.imagoclinic.scheduling.internal;

import java.util.Collection;
import java.util.UUID;
import java.util.function.Supplier;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ExplainedRefusal;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the schedule (ADR 0011): everyone who works at the clinic reads it; the front
 * desk and administrators book and change any appointment and may override working hours with a
 * reason; therapists and supervisors book and change only their own appointments.
 */
@Component
class SchedulingAccess {

    /** Anyone who works at the clinic. */
    static final String STAFF = "hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.THERAPIST + "', '"
            + Roles.SUPERVISOR + "', '" + Roles.ADMIN + "')";

    /** Those who keep rooms and working hours. */
    static final String ADMINS = "hasRole('" + Roles.ADMIN + "')";

    static final String APPOINTMENT = "Appointment";

    private final CurrentUser currentUser;

    SchedulingAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    SignedInAccount me() {
        return currentUser.require();
    }

    /** The name to record as who did it; "system" for background work. */
    String myName() {
        return currentUser.get().map(SignedInAccount::displayName).orElse("system");
    }

    /** Front desk or administrator: may book and change anyone's appointments. */
    boolean keepsTheDiary() {
        return currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK) || me.hasRole(Roles.ADMIN)).orElse(false);
    }

    /** Refuses a therapist acting on someone else's appointment. */
    void requireMayActFor(Collection<UUID> therapistIds, Supplier<String> therapistName) {
        if (keepsTheDiary()) {
            return;
        }
        SignedInAccount me = me();
        boolean mine = me.staffId().map(therapistIds::contains).orElse(false);
        if (!mine) {
            throw new ExplainedRefusal("You book and change only your own sessions; this one is " + therapistName.get()
                    + "'s. Ask the front desk.");
        }
    }

    void requireMayOverride() {
        if (!keepsTheDiary()) {
            throw new ExplainedRefusal("Only the front desk or an administrator may book outside working hours or during "
                    + "time off.");
        }
    }
}
