package org.imagoclinic.scheduling.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Booking;
import org.imagoclinic.scheduling.BookingCheck;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Cancellation;
import org.imagoclinic.scheduling.CancellationNotice;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.Clash;
import org.imagoclinic.scheduling.ClosureDayException;
import org.imagoclinic.scheduling.HoursRuleException;
import org.imagoclinic.scheduling.Reschedule;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books and cancels sessions. The clash rule is PostgreSQL's: the appointment and what it holds are
 * inserted inside a savepoint and the exclusion constraint decides ({@link ClashGuard}).
 */
@Service
@PreAuthorize(SchedulingAccess.STAFF)
class BookingService implements Bookings {

    private final BookingPlanner planner;
    private final AppointmentRepository appointments;
    private final ClashGuard guard;
    private final ClashDescriber clashes;
    private final SessionEvents events;
    private final Canceller canceller;
    private final Mover mover;
    private final Enrolments enrolments;
    private final AppointmentViews views;
    private final SchedulingAccess access;
    private final ClinicalAccess clinicalAccess;
    private final TherapistProfilesLookup therapists;
    private final AuditTrail audit;
    private final ClinicTime time;
    private final ClosureCalendar closures;

    BookingService(BookingPlanner planner, AppointmentRepository appointments, ClashGuard guard, ClashDescriber clashes,
                   SessionEvents events, Canceller canceller, Mover mover, Enrolments enrolments, AppointmentViews views,
                   SchedulingAccess access, ClinicalAccess clinicalAccess, TherapistProfilesLookup therapists,
                   AuditTrail audit, ClinicTime time, ClosureCalendar closures) {
        this.closures = closures;
        this.planner = planner;
        this.appointments = appointments;
        this.guard = guard;
        this.clashes = clashes;
        this.events = events;
        this.canceller = canceller;
        this.mover = mover;
        this.enrolments = enrolments;
        this.views = views;
        this.access = access;
        this.clinicalAccess = clinicalAccess;
        this.therapists = therapists;
        this.audit = audit;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public BookingCheck check(BookingRequest request) {
        BookingPlan plan = planner.plan(request);
        List<RuleProblem> problems = planner.problems(plan);
        List<Clash> found = new ArrayList<>();
        for (BookingPlan.Slot slot : plan.slots()) {
            found.addAll(clashes.clashes(plan.holds(), time.offset(slot.start()), time.offset(slot.end()),
                    plan.personNames(), List.of(), plan.slots().size() > 1));
        }
        return new BookingCheck(found, problems.stream().map(RuleProblem::message).toList(),
                problems.stream().allMatch(RuleProblem::overridable), plan.skipped(), plan.closure());
    }

    @Override
    @Transactional
    public Booking book(BookingRequest request) {
        BookingPlan plan = planner.plan(request);
        access.requireMayActFor(plan.therapistIds(), () -> plan.therapistNames().get(plan.therapistId()));
        if (plan.coupleId() != null) {
            clinicalAccess.require(RecordKind.SCHEDULE, plan.coupleId(), AuditAction.CREATE,
                    SchedulingAccess.APPOINTMENT, plan.coupleId());
        }
        if (plan.closure() != null) {
            throw new ClosureDayException(plan.closure());
        }
        List<RuleProblem> problems = planner.problems(plan);
        enforce(problems, plan.overrideReason());
        String overridden = problems.isEmpty() ? null : plan.overrideReason();
        OffsetDateTime now = time.now().atZone(time.zone()).toOffsetDateTime();
        String by = access.myName();
        UUID seriesId = plan.recurrence() == null ? null : UUID.randomUUID();
        List<StoredAppointment> made = new ArrayList<>();
        for (int i = 0; i < plan.slots().size(); i++) {
            made.add(toStore(plan, plan.slots().get(i), seriesId, seriesId == null ? null : i + 1, overridden));
        }
        guard.write(plan.holds().stream().map(Hold::resourceId).toList(), () -> {
            if (seriesId != null) {
                appointments.insertSeries(seriesId, plan.recurrence().frequency(), plan.recurrence().occurrences(),
                        plan.recurrence().until(), now, by);
            }
            for (StoredAppointment appointment : made) {
                appointments.insert(appointment, now, by);
                appointments.hold(appointment.id(), plan.holds(), ClinicTime.range(appointment.start(), appointment.end()));
            }
        }, () -> describe(plan));
        for (StoredAppointment appointment : made) {
            audit.record(new AuditRecord(AuditAction.CREATE, SchedulingAccess.APPOINTMENT, appointment.id().toString(),
                    plan.coupleId(), AuditOutcome.ALLOWED, (appointment.hoursOverrideReason() == null ? "booked"
                    : "booked outside working hours or during time off: " + appointment.hoursOverrideReason())
                    + (request.onClosureDayRequested() ? closedNote(appointment) : "")));
            if (plan.coupleId() != null) {
                events.scheduled(appointment, new SessionEvents.Party(plan.coupleId(), plan.personIds(), plan.episodeId()));
            }
        }
        // the answer from what was written, not read back: a new appointment is exactly what was inserted
        return new Booking(seriesId, views.of(made, plan.coupleName()), plan.skipped());
    }

    /** For the audit trail: a session booked anyway on a day the clinic is closed says so. */
    private String closedNote(StoredAppointment appointment) {
        return closures.between(time.local(appointment.start()).toLocalDate(), time.local(appointment.start()).toLocalDate())
                .days().stream().findFirst().map(closure -> "; on a closure day, booked anyway: " + closure.describe())
                .orElse("");
    }

    /** Refuses a plan that breaks a rule, unless it breaks only hours rules and someone allowed gave a reason. */
    void enforce(List<RuleProblem> problems, @Nullable String overrideReason) {
        List<RuleProblem> hard = problems.stream().filter(problem -> !problem.overridable()).toList();
        if (!hard.isEmpty()) {
            throw new BusinessRuleException(String.join(" ", hard.stream().map(RuleProblem::message).toList()));
        }
        if (problems.isEmpty()) {
            return;
        }
        String messages = String.join(" ", problems.stream().map(RuleProblem::message).toList());
        if (overrideReason == null) {
            throw new HoursRuleException(messages + (access.keepsTheDiary()
                    ? " To book it anyway, give a reason for the exception." : ""), access.keepsTheDiary());
        }
        access.requireMayOverride();
    }

    private List<Clash> describe(BookingPlan plan) {
        List<Clash> found = new ArrayList<>();
        for (BookingPlan.Slot slot : plan.slots()) {
            found.addAll(clashes.clashes(plan.holds(), time.offset(slot.start()), time.offset(slot.end()),
                    plan.personNames(), List.of(), plan.slots().size() > 1));
        }
        return found;
    }

    private StoredAppointment toStore(BookingPlan plan, BookingPlan.Slot slot, @Nullable UUID seriesId,
                                      @Nullable Integer index, @Nullable String overridden) {
        return new StoredAppointment(UUID.randomUUID(), plan.kind(), AppointmentStatus.SCHEDULED, plan.coupleId(),
                plan.partnerId(), plan.episodeId(), plan.therapistId(), plan.coTherapistId(),
                plan.room() == null ? null : plan.room().id(), plan.telehealth(), plan.meetingLink(), plan.title(),
                plan.capacity(), time.offset(slot.start()), time.offset(slot.end()), seriesId, index,
                overridden, null, null, null, null, null, null,
                plan.personIds().stream().map(person -> new StoredAppointment.Attendee(person, plan.coupleId(), false))
                        .toList(), List.of(), false, null);
    }

    @Override
    @Transactional
    public Booking reschedule(UUID appointmentId, Reschedule reschedule) {
        return mover.move(appointmentId, reschedule);
    }

    @Override
    @Transactional
    public Booking cancel(UUID appointmentId, Cancellation cancellation) {
        StoredAppointment appointment = appointments.findForUpdate(appointmentId)
                .orElseThrow(() -> new NotFoundException("No appointment with this id."));
        access.requireMayActFor(appointment.therapistIds(), () -> therapists.nameOf(appointment.therapistId()));
        Map<String, String> errors = new LinkedHashMap<>();
        if (cancellation == null || cancellation.by() == null) {
            errors.put("by", "Say who cancels: the clinic or the client.");
        }
        if (cancellation == null || cancellation.reason() == null || cancellation.reason().isBlank()) {
            errors.put("reason", "Say why the session is cancelled.");
        } else {
            InputLimits.checkText(errors, "reason", cancellation.reason(), InputLimits.LINE);
        }
        if (cancellation != null) {
            InputLimits.checkText(errors, "waiveLateReason", cancellation.waiveLateReason(), InputLimits.LINE);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (appointment.status() != AppointmentStatus.SCHEDULED) {
            throw new ConflictException("Only a scheduled session can be cancelled; this one is "
                    + appointment.status().label().toLowerCase() + ".");
        }
        String waiver = cancellation.waiveLateReason() == null || cancellation.waiveLateReason().isBlank() ? null
                : cancellation.waiveLateReason().strip();
        if (waiver != null && !canceller.late(appointment)) {
            throw new InvalidInputException("waiveLateReason", "This cancellation is not late: there is nothing to waive.");
        }
        List<StoredAppointment> targets = new ArrayList<>(List.of(appointment));
        if (cancellation.withFollowing() && appointment.seriesId() != null) {
            targets.addAll(appointments.laterInSeries(appointment.seriesId(), appointment.seriesIndex()));
        }
        for (StoredAppointment target : targets) {
            canceller.cancel(target, cancellation.by(), cancellation.reason().strip(), waiver);
        }
        return new Booking(appointment.seriesId(),
                views.of(targets.stream().map(a -> appointments.find(a.id()).orElseThrow()).toList()));
    }

    @Override
    @Transactional(readOnly = true)
    public CancellationNotice cancellationNotice(UUID appointmentId) {
        StoredAppointment appointment = appointments.find(appointmentId)
                .orElseThrow(() -> new NotFoundException("No appointment with this id."));
        access.requireMayActFor(appointment.therapistIds(), () -> therapists.nameOf(appointment.therapistId()));
        return canceller.notice(appointment);
    }

    @Override
    @Transactional
    public Appointment enrol(UUID workshopId, UUID coupleId) {
        return enrolments.enrol(workshopId, coupleId);
    }

    @Override
    @Transactional
    public Appointment withdraw(UUID workshopId, UUID coupleId, CancelledBy by, String reason) {
        return enrolments.withdraw(workshopId, coupleId, by, reason);
    }
}
