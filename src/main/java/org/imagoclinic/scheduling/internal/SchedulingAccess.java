package org.imagoclinic.scheduling.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.SupervisionDirectory;
import org.imagoclinic.shared.ExplainedRefusal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the schedule (ADR 0011, 0044): the front desk and administrators read, book and
 * change any appointment and waitlist entry and may override working hours with a reason; therapists
 * and supervisors book and change only their own appointments, see whose a session is only for their
 * own sessions and the couples the care-team rule opens to them (a colleague's other sessions show as
 * busy), and keep the waitlist entries that prefer them (or, for a supervisor, a supervisee) or are of
 * such couples.
 */
@Component
class SchedulingAccess {

    /** Anyone who works at the clinic. */
    static final String STAFF = "hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.THERAPIST + "', '"
            + Roles.SUPERVISOR + "', '" + Roles.ADMIN + "')";

    /** Those who keep rooms and working hours. */
    static final String ADMINS = "hasRole('" + Roles.ADMIN + "')";

    static final String APPOINTMENT = "Appointment";

    /** What a colleague's calendar shows instead of the couple's name. */
    static final String BUSY = "Busy";

    private final CurrentUser currentUser;
    private final ClinicalAccess clinicalAccess;
    private final ObjectProvider<SupervisionDirectory> supervision;
    private final AuditTrail audit;

    SchedulingAccess(CurrentUser currentUser, ClinicalAccess clinicalAccess, ObjectProvider<SupervisionDirectory> supervision,
                     AuditTrail audit) {
        this.currentUser = currentUser;
        this.clinicalAccess = clinicalAccess;
        this.supervision = supervision;
        this.audit = audit;
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

    /**
     * Whether the signed-in person may see whose session this is: the front desk and administrators
     * always; a clinician for their own sessions, sessions of no couple (workshops) and the couples the
     * care-team rule opens to them.
     */
    boolean maySee(Appointment appointment) {
        return visibleToMe().test(appointment);
    }

    /**
     * Whether the signed-in person may see whose a session with these therapists is; true for work done
     * by the system itself, which shows nobody anything.
     */
    boolean maySeeCouple(@Nullable UUID coupleId, Collection<UUID> therapistIds) {
        if (currentUser.get().isEmpty() || keepsTheDiary() || coupleId == null) {
            return true;
        }
        return me().staffId().map(therapistIds::contains).orElse(false) || clinicalAccess.onCareTeam(coupleId);
    }

    /** {@link #maySee} for many sessions at once, asking the care-team rule once per couple. */
    Predicate<Appointment> visibleToMe() {
        if (keepsTheDiary()) {
            return appointment -> true;
        }
        Optional<UUID> mine = me().staffId();
        Map<UUID, Boolean> couples = new HashMap<>();
        return appointment -> appointment.coupleId() == null || mine.map(appointment::hasTherapist).orElse(false)
                || couples.computeIfAbsent(appointment.coupleId(), clinicalAccess::onCareTeam);
    }

    /** Refuses (403, audited in a transaction of its own) a clinician's read or change of a session they may not see. */
    void requireMaySee(Appointment appointment, AuditAction action) {
        if (!maySee(appointment)) {
            throw refused(action, APPOINTMENT, appointment.id(), appointment.coupleId(), "This session is of a couple "
                    + "outside your care team: the front desk or the couple's therapist can help.");
        }
    }

    /** The session as a colleague's calendar shows it to someone who may not see whose it is: busy, nothing more. */
    static Appointment busy(Appointment appointment) {
        Appointment.Cancellation cancellation = appointment.cancellation() == null ? null
                : new Appointment.Cancellation(appointment.cancellation().by(), "", appointment.cancellation().late(),
                appointment.cancellation().at(), null);
        return new Appointment(appointment.id(), appointment.kind(), appointment.status(), null, BUSY, null, null,
                appointment.therapistId(), appointment.coTherapistId(), appointment.roomId(), appointment.telehealth(), null,
                null, null, List.of(), appointment.start(), appointment.end(), appointment.seriesId(),
                appointment.seriesIndex(), null, cancellation, appointment.checkedInAt(), appointment.finishedAt(),
                appointment.moved());
    }

    /**
     * Whether the signed-in person may see or act on a couple's waitlist entry: the front desk and
     * administrators always; a clinician when it prefers them (a supervisor: or one of their
     * supervisees) or the care-team rule opens the couple to them.
     */
    boolean maySeeWaiting(UUID coupleId, @Nullable UUID preferredTherapistId) {
        if (keepsTheDiary()) {
            return true;
        }
        Optional<UUID> mine = me().staffId();
        if (preferredTherapistId != null && mine.isPresent() && (preferredTherapistId.equals(mine.get())
                || me().hasRole(Roles.SUPERVISOR) && superviseesOf(mine.get()).contains(preferredTherapistId))) {
            return true;
        }
        return clinicalAccess.onCareTeam(coupleId);
    }

    /** Refuses (403, audited) a clinician's change of a waitlist entry they may not see. */
    void requireMaySeeWaiting(UUID entryId, UUID coupleId, @Nullable UUID preferredTherapistId, AuditAction action) {
        if (!maySeeWaiting(coupleId, preferredTherapistId)) {
            throw refused(action, "WaitlistEntry", entryId, coupleId, "This couple waits for another therapist and is "
                    + "outside your care team: the front desk keeps their place on the list.");
        }
    }

    private Set<UUID> superviseesOf(UUID supervisorId) {
        SupervisionDirectory directory = supervision.getIfAvailable();
        return directory == null ? Set.of() : directory.currentSuperviseesOf(supervisorId);
    }

    private ExplainedRefusal refused(AuditAction action, String subjectType, UUID subject, @Nullable UUID coupleId,
                                     String reason) {
        SignedInAccount me = me();
        audit.recordIndependently(new AuditRecord(action, subjectType, subject.toString(), coupleId, AuditOutcome.DENIED,
                reason), new AuditActor(me.accountId(), me.staffId().orElse(null), me.username(), Set.copyOf(me.roles())));
        return new ExplainedRefusal(reason);
    }

    void requireMayOverride() {
        if (!keepsTheDiary()) {
            throw new ExplainedRefusal("Only the front desk or an administrator may book outside working hours or during "
                    + "time off.");
        }
    }
}
