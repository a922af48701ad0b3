package org.imagoclinic.scheduling.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Booking;
import org.imagoclinic.scheduling.Clash;
import org.imagoclinic.scheduling.HoursRuleException;
import org.imagoclinic.scheduling.Reschedule;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.shared.PlausibleDates.When;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Moves appointments with the same checks as a booking (hours and time off, room, clashes decided by
 * PostgreSQL), remembering where each was. "This and following" moves the later sessions of the
 * series by the same wall-clock amount, so a weekly 10:00 moved to 14:00 stays at 14:00 across a
 * change of the clocks.
 */
@Component
class Mover {

    private final AppointmentRepository appointments;
    private final RoomRepository rooms;
    private final HoursChecker hours;
    private final ClashGuard guard;
    private final ClashDescriber clashes;
    private final SessionEvents events;
    private final AppointmentViews views;
    private final SchedulingAccess access;
    private final TherapistProfilesLookup therapists;
    private final AuditTrail audit;
    private final ClinicTime time;

    Mover(AppointmentRepository appointments, RoomRepository rooms, HoursChecker hours, ClashGuard guard,
          ClashDescriber clashes, SessionEvents events, AppointmentViews views, SchedulingAccess access,
          TherapistProfilesLookup therapists, AuditTrail audit, ClinicTime time) {
        this.appointments = appointments;
        this.rooms = rooms;
        this.hours = hours;
        this.guard = guard;
        this.clashes = clashes;
        this.events = events;
        this.views = views;
        this.access = access;
        this.therapists = therapists;
        this.audit = audit;
        this.time = time;
    }

    /** A planned move of one appointment. */
    private record Target(StoredAppointment before, OffsetDateTime start, OffsetDateTime end, @Nullable UUID roomId) {
    }

    Booking move(UUID appointmentId, Reschedule reschedule) {
        StoredAppointment appointment = appointments.findForUpdate(appointmentId)
                .orElseThrow(() -> new NotFoundException("No appointment with this id."));
        access.requireMayActFor(appointment.therapistIds(), () -> therapists.nameOf(appointment.therapistId()));
        LocalDateTime newStart = validStart(reschedule, time.today());
        if (appointment.status() != AppointmentStatus.SCHEDULED) {
            throw new ConflictException("Only a scheduled session can be moved; this one is "
                    + appointment.status().label().toLowerCase() + ".");
        }
        UUID roomId = appointment.telehealth() || reschedule.roomId() == null ? appointment.roomId() : reschedule.roomId();
        if (roomId != null && !roomId.equals(appointment.roomId())) {
            checkRoom(rooms.room(roomId).orElseThrow(() -> new NotFoundException("No room with this id.")), appointment);
        }
        LocalDateTime oldStart = time.local(appointment.start());
        Duration length = reschedule.end() == null ? Duration.between(appointment.start(), appointment.end())
                : Duration.between(newStart, reschedule.end());
        if (length.isNegative() || length.isZero() || length.compareTo(AppointmentRepository.LONGEST) > 0) {
            throw new InvalidInputException("end", "The end must be after the start, at most 12 hours later.");
        }
        Duration shift = Duration.between(oldStart, newStart);
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(appointment, time.offset(newStart), time.offset(newStart).plus(length), roomId));
        if (reschedule.withFollowing() && appointment.seriesId() != null) {
            for (StoredAppointment later : appointments.laterInSeries(appointment.seriesId(), appointment.seriesIndex())) {
                OffsetDateTime start = time.offset(time.local(later.start()).plus(shift));
                targets.add(new Target(later, start, start.plus(length), roomId != null && later.roomId() != null
                        ? roomId : later.roomId()));
            }
        }
        checkHours(targets, reschedule.hoursOverrideReason());
        OffsetDateTime now = time.now().atZone(time.zone()).toOffsetDateTime();
        List<UUID> ids = targets.stream().map(target -> target.before().id()).toList();
        guard.write(heldBy(targets), () -> targets.forEach(target -> appointments.move(target.before().id(),
                ClinicTime.range(target.start(), target.end()), target.roomId(), now)), () -> describe(targets, ids));
        String reason = reschedule.reason() == null || reschedule.reason().isBlank() ? null : reschedule.reason().strip();
        List<StoredAppointment> moved = new ArrayList<>();
        for (Target target : targets) {
            StoredAppointment before = target.before();
            appointments.recordMove(before.id(), ClinicTime.range(before.start(), before.end()),
                    ClinicTime.range(target.start(), target.end()), before.roomId(), target.roomId(), reason, now,
                    access.myName());
            audit.record(new AuditRecord(AuditAction.UPDATE, SchedulingAccess.APPOINTMENT, before.id().toString(),
                    before.coupleId(), AuditOutcome.ALLOWED, "moved from " + time.span(time.local(before.start()),
                    time.local(before.end()), true) + overrideNote(reschedule)));
            StoredAppointment after = appointments.find(before.id()).orElseThrow();
            events.rescheduled(before, after);
            moved.add(after);
        }
        return new Booking(appointment.seriesId(), views.of(moved));
    }

    private static LocalDateTime validStart(Reschedule reschedule, LocalDate today) {
        if (reschedule == null || reschedule.start() == null) {
            throw new InvalidInputException("start", "Choose the new start.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        PlausibleDates.problem(reschedule.start(), When.PLANNED, today).ifPresent(problem -> errors.put("start", problem));
        InputLimits.checkText(errors, "reason", reschedule.reason(), InputLimits.LINE);
        InputLimits.checkText(errors, "hoursOverrideReason", reschedule.hoursOverrideReason(), InputLimits.LINE);
        InputLimits.refuseAny(errors);
        return reschedule.start();
    }

    private static String overrideNote(Reschedule reschedule) {
        return reschedule.hoursOverrideReason() == null || reschedule.hoursOverrideReason().isBlank() ? ""
                : "; outside working hours or during time off: " + reschedule.hoursOverrideReason().strip();
    }

    private static void checkRoom(Room room, StoredAppointment appointment) {
        if (!room.active()) {
            throw new BusinessRuleException(room.label() + " is no longer in use: choose another room.");
        }
        int people = appointment.personsOf(null).size() + appointment.therapistIds().size();
        if (room.capacity() < people) {
            throw new BusinessRuleException(room.label() + " holds " + room.capacity() + " people; this session needs "
                    + "room for " + people + ".");
        }
    }

    private void checkHours(List<Target> targets, @Nullable String overrideReason) {
        List<String> problems = new ArrayList<>();
        // each therapist's hours and time off read once for the whole span, not once per session moved
        LocalDateTime from = targets.stream().map(target -> time.local(target.start())).min(Comparator.naturalOrder()).orElseThrow();
        LocalDateTime to = targets.stream().map(target -> time.local(target.end())).max(Comparator.naturalOrder()).orElseThrow();
        Map<UUID, HoursChecker.Availability> read = new HashMap<>();
        for (Target target : targets) {
            for (UUID therapist : target.before().therapistIds()) {
                read.computeIfAbsent(therapist, id -> hours.availability(id, from, to))
                        .problem(time.local(target.start()), time.local(target.end()), true)
                        .ifPresent(problems::add);
            }
        }
        if (problems.isEmpty()) {
            return;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new HoursRuleException(String.join(" ", problems) + (access.keepsTheDiary()
                    ? " To move it anyway, give a reason for the exception." : ""), access.keepsTheDiary());
        }
        access.requireMayOverride();
    }

    /** Everyone and everything the moved appointments hold, before and after the move. */
    private static Set<UUID> heldBy(List<Target> targets) {
        Set<UUID> held = new HashSet<>();
        for (Target target : targets) {
            held.addAll(target.before().therapistIds());
            target.before().attendees().forEach(attendee -> held.add(attendee.personId()));
            if (target.before().roomId() != null) {
                held.add(target.before().roomId());
            }
            if (target.roomId() != null) {
                held.add(target.roomId());
            }
        }
        return held;
    }

    private List<Clash> describe(List<Target> targets, List<UUID> ids) {
        List<Clash> found = new ArrayList<>();
        for (Target target : targets) {
            StoredAppointment a = target.before();
            List<Hold> holds = new ArrayList<>();
            a.therapistIds().forEach(id -> holds.add(Hold.therapist(id)));
            if (target.roomId() != null) {
                holds.add(Hold.room(target.roomId()));
            }
            a.attendees().stream().filter(attendee -> !attendee.released())
                    .forEach(attendee -> holds.add(Hold.person(attendee.personId(), attendee.coupleId())));
            Map<UUID, String> names = new LinkedHashMap<>();
            found.addAll(clashes.clashes(holds, target.start(), target.end(), names, ids, true));
        }
        return found;
    }
}
