package org.imagoclinic.scheduling.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.BookingEligibility.CoupleAtAGlance;
import org.imagoclinic.clients.BookingEligibility.JointSessionPurpose;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Couples enrolling in and withdrawing from a workshop. The workshop's row is locked while its list
 * changes, so two enrolments can't both take the last place; each partner's clash is PostgreSQL's.
 */
@Component
class Enrolments {

    private final AppointmentRepository appointments;
    private final BookingEligibility eligibility;
    private final ClashGuard guard;
    private final ClashDescriber clashes;
    private final SessionEvents events;
    private final AppointmentViews views;
    private final SchedulingAccess access;
    private final TherapistProfilesLookup therapists;
    private final AuditTrail audit;
    private final ClinicTime time;
    private final SchedulingSettings settings;

    Enrolments(AppointmentRepository appointments, BookingEligibility eligibility, ClashGuard guard,
               ClashDescriber clashes, SessionEvents events, AppointmentViews views, SchedulingAccess access,
               TherapistProfilesLookup therapists, AuditTrail audit, ClinicTime time, SchedulingSettings settings) {
        this.appointments = appointments;
        this.eligibility = eligibility;
        this.guard = guard;
        this.clashes = clashes;
        this.events = events;
        this.views = views;
        this.access = access;
        this.therapists = therapists;
        this.audit = audit;
        this.time = time;
        this.settings = settings;
    }

    Appointment enrol(UUID workshopId, UUID coupleId) {
        List<StoredAppointment> days = lockedWorkshop(workshopId);
        StoredAppointment workshop = days.getFirst();
        if (workshop.enrolledCouples().contains(coupleId)) {
            return views.of(workshop);
        }
        if (workshop.capacity() != null && workshop.enrolledCouples().size() >= workshop.capacity()) {
            throw new BusinessRuleException("The workshop is full: all " + workshop.capacity()
                    + " places are taken. Withdraw a couple first, or add the couple to the waitlist.");
        }
        CoupleAtAGlance couple = eligibility.atAGlance(coupleId);
        BookingEligibility.Answer answer = couple.jointSession(JointSessionPurpose.TREATMENT);
        if (!answer.allowed()) {
            throw new BusinessRuleException(answer.reason());
        }
        UUID episodeId = couple.openEpisode().map(BookingEligibility.OpenEpisode::episodeId).orElse(null);
        OffsetDateTime now = now();
        Map<UUID, String> names = Map.of(couple.partnerA().personId(), couple.partnerA().displayName(),
                couple.partnerB().personId(), couple.partnerB().displayName());
        List<Hold> holds = couple.partnerIds().stream().map(person -> Hold.person(person, coupleId)).toList();
        List<UUID> dayIds = days.stream().map(StoredAppointment::id).toList();
        guard.write(couple.partnerIds(), () -> days.forEach(day -> appointments.enrol(day.id(), coupleId, episodeId, couple.partnerIds(),
                        ClinicTime.range(day.start(), day.end()), now, access.myName())),
                () -> days.stream().flatMap(day -> clashes.clashes(holds, day.start(), day.end(), names, dayIds,
                        days.size() > 1).stream()).toList());
        for (StoredAppointment day : days) {
            audit.record(new AuditRecord(AuditAction.UPDATE, SchedulingAccess.APPOINTMENT, day.id().toString(), coupleId,
                    AuditOutcome.ALLOWED, "enrolled in the workshop"));
            StoredAppointment after = appointments.find(day.id()).orElseThrow();
            events.scheduled(after, events.partyOf(after, coupleId));
        }
        return views.of(appointments.find(workshop.id()).orElseThrow());
    }

    Appointment withdraw(UUID workshopId, UUID coupleId, CancelledBy by, String reason) {
        if (by == null || reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say who withdraws the couple and why.");
        }
        InputLimits.requireText("reason", reason, InputLimits.LINE);
        List<StoredAppointment> days = lockedWorkshop(workshopId);
        if (!days.getFirst().enrolledCouples().contains(coupleId)) {
            throw new NotFoundException("This couple is not enrolled in the workshop.");
        }
        for (StoredAppointment day : days) {
            if (day.enrolledCouples().contains(coupleId)) {
                withdrawQuietly(day, coupleId, by, reason.strip());
            }
        }
        return views.of(appointments.find(days.getFirst().id()).orElseThrow());
    }

    /** Withdraws a couple without asking who is signed in: for the closing of an episode. */
    void withdrawQuietly(StoredAppointment workshop, UUID coupleId, CancelledBy by, String reason) {
        SessionEvents.Party party = events.partyOf(workshop, coupleId);
        boolean late = LateCancellation.isLate(time.now(), workshop.start().toInstant(), time.zone(),
                settings.lateCancelNotice());
        appointments.withdraw(workshop.id(), coupleId, now());
        audit.record(new AuditRecord(AuditAction.UPDATE, SchedulingAccess.APPOINTMENT, workshop.id().toString(), coupleId,
                AuditOutcome.ALLOWED, "withdrawn from the workshop by " + by.label() + ": " + reason));
        events.cancelled(workshop, party, by, late, reason);
    }

    /**
     * The workshop's days still to be held, locked in order (a workshop over several days is a series
     * with one enrolment list): the one asked for and, when it is one day of several, its other days.
     */
    private List<StoredAppointment> lockedWorkshop(UUID workshopId) {
        StoredAppointment asked = appointments.find(workshopId)
                .orElseThrow(() -> new NotFoundException("No appointment with this id."));
        access.requireMayActFor(asked.therapistIds(), () -> therapists.nameOf(asked.therapistId()));
        if (asked.kind() != AppointmentKind.WORKSHOP) {
            throw new ConflictException("Only a workshop takes enrolments; this is a " + asked.kind().label()
                    .toLowerCase() + ".");
        }
        List<StoredAppointment> days = asked.seriesId() == null
                ? appointments.findForUpdate(workshopId).stream().toList()
                : appointments.laterInSeries(asked.seriesId(), 0);
        if (days.stream().noneMatch(day -> day.id().equals(workshopId))
                || days.getFirst().status() != AppointmentStatus.SCHEDULED) {
            throw new ConflictException("The workshop is " + asked.status().label().toLowerCase()
                    + ": its list can no longer change.");
        }
        if (asked.seriesId() != null && days.getFirst().seriesIndex() != 1) {
            throw new ConflictException("The workshop has begun: its list can no longer change.");
        }
        return days;
    }

    private OffsetDateTime now() {
        return time.now().atZone(time.zone()).toOffsetDateTime();
    }
}
