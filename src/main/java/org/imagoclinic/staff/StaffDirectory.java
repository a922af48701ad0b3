package org.imagoclinic.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The clinic's staff directory: everyone who works at the clinic, their sign-in accounts and who
 * supervises whom. Anyone signed in may read it (it holds no clinical content); only
 * administrators change it. Every change is audited and happens in one transaction with the
 * sign-in account it touches: when a change is refused, nothing of it is written.
 *
 * <p>Refusals: {@link org.imagoclinic.shared.InvalidInputException} with a plain-words message per
 * field ("firstName", "therapist.calendarColour", "supervisorId", …);
 * {@link AlreadyTakenException} for an email address or user name in use;
 * {@link org.imagoclinic.shared.ConflictException} when the person's state forbids the change
 * (e.g. deactivated); {@link org.imagoclinic.shared.NotFoundException} for an unknown id.
 */
public interface StaffDirectory {

    /** One page of staff members ordered by last and first name. */
    List<StaffMember> find(StaffQuery query, int offset, int limit);

    /** How many staff members match. */
    int count(StaffQuery query);

    /** The staff member with this id; throws {@link org.imagoclinic.shared.NotFoundException} when there is none. */
    StaffMember get(UUID id);

    /** Active staff members with the SUPERVISOR role, by name: who can be assigned as a supervisor. */
    List<StaffMember> activeSupervisors();

    /** Every supervision link of a therapist as supervisee, newest first. */
    List<SupervisionLink> supervisionHistory(UUID superviseeId);

    /** The links in which a supervisor supervises someone today. */
    List<SupervisionLink> currentSupervisees(UUID supervisorId);

    /** A free user name derived from the name, e.g. "hokafor" or "hokafor2"; what the form proposes. */
    String suggestUsername(String firstName, String lastName);

    /** The state of the person's sign-in account, if they have one. Administrators only. */
    Optional<SignInStatus> signInOf(UUID id);

    /**
     * Adds someone. With one or more roles they also get a sign-in account with a one-time password,
     * returned once in {@link SavedStaffMember#newSignIn()}. Publishes {@link StaffMemberAdded}.
     */
    SavedStaffMember add(StaffMemberDetails details);

    /**
     * Changes someone's details and roles, and their sign-in account with them. Someone without an
     * account who is given a role gets one (see {@link #add}); someone with an account keeps at least
     * one role. A supervisor who loses the SUPERVISOR role, or a therapist who no longer works under
     * supervision, has their current supervision links ended today.
     */
    SavedStaffMember change(UUID id, StaffMemberDetails details);

    /**
     * Deactivates someone: they can no longer sign in, their supervision links end today, and they
     * stay on every record as inactive. Doing it twice changes nothing. Publishes
     * {@link StaffMemberDeactivated}.
     */
    StaffMember deactivate(UUID id);

    /**
     * Makes {@code supervisorId} the supervisor of a therapist under supervision from {@code startsOn};
     * the current link ends that day. The supervisor must hold the SUPERVISOR role and be active, and
     * is never the supervisee. The start must lie after the current link's start, so history is
     * never rewritten. Publishes {@link SupervisionAssigned}.
     */
    SupervisionLink assignSupervisor(UUID superviseeId, UUID supervisorId, LocalDate startsOn);

    /** Replaces the person's password with a one-time password, returned once. */
    NewSignIn resetPassword(UUID id);

    /** Lifts a lock-out of the person's user name after too many failed sign-ins. */
    void unlock(UUID id);
}
