package org.imagoclinic.scheduling.internal;

import org.imagoclinic.shared.PlausibleDates.When;
import org.imagoclinic.shared.PlausibleDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.scheduling.HoursBlock;
import org.imagoclinic.scheduling.NewTimeOff;
import org.imagoclinic.scheduling.TherapistAvailability;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.scheduling.TimeOff;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Working hours (administrators) and time off (administrators, front desk, the therapist themselves). */
@Service
@PreAuthorize(SchedulingAccess.STAFF)
class AvailabilityService implements TherapistAvailability {

    private final AvailabilityRepository availability;
    private final SchedulingAccess access;
    private final AuditTrail audit;
    private final ClinicTime time;
    private final TherapistProfiles therapists;

    AvailabilityService(AvailabilityRepository availability, SchedulingAccess access, AuditTrail audit, ClinicTime time,
                        TherapistProfiles therapists) {
        this.availability = availability;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.therapists = therapists;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HoursBlock> hoursOf(UUID therapistId) {
        return availability.hoursOf(therapistId);
    }

    @Override
    @Transactional
    @PreAuthorize(SchedulingAccess.ADMINS)
    public List<HoursBlock> replaceHours(UUID therapistId, List<HoursBlock> hours) {
        List<HoursBlock> blocks = hours == null ? List.of() : hours;
        therapists.whyNotBookable(therapistId).ifPresent(why -> {
            throw new InvalidInputException("therapistId", why);
        });
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            HoursBlock block = blocks.get(i);
            if (block == null || block.day() == null || block.from() == null || block.to() == null) {
                errors.put("hours[" + i + "]", "Give the day, the start and the end.");
            } else if (!block.to().isAfter(block.from())) {
                errors.put("hours[" + i + "].to", "The end must be after the start.");
            }
        }
        if (errors.isEmpty()) {
            for (int i = 0; i < blocks.size(); i++) {
                for (int j = 0; j < i; j++) {
                    HoursBlock a = blocks.get(i);
                    HoursBlock b = blocks.get(j);
                    if (a.day() == b.day() && a.from().isBefore(b.to()) && b.from().isBefore(a.to())) {
                        errors.put("hours[" + i + "]", "This block overlaps another one on the same day.");
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<HoursBlock> sorted = new ArrayList<>(blocks);
        sorted.sort((a, b) -> a.day() != b.day() ? a.day().compareTo(b.day()) : a.from().compareTo(b.from()));
        availability.replaceHours(therapistId, sorted);
        audit.record(new AuditRecord(AuditAction.UPDATE, "WorkingHours", therapistId.toString(), null,
                AuditOutcome.ALLOWED, sorted.size() + " blocks a week"));
        return availability.hoursOf(therapistId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimeOff> timeOff(UUID therapistId, LocalDate from, LocalDate to) {
        therapists.requireTherapist(therapistId);
        return availability.timeOff(therapistId, time.days(from, to), time);
    }

    @Override
    @Transactional
    public TimeOff addTimeOff(UUID therapistId, NewTimeOff timeOff) {
        requireMayKeepTimeOff(therapistId);
        therapists.requireTherapist(therapistId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (timeOff == null || timeOff.from() == null) {
            errors.put("from", "Give the start of the time off.");
        }
        if (timeOff == null || timeOff.to() == null) {
            errors.put("to", "Give the end of the time off.");
        } else if (timeOff.from() != null && !timeOff.to().isAfter(timeOff.from())) {
            errors.put("to", "The end must be after the start.");
        }
        if (timeOff == null || timeOff.reason() == null || timeOff.reason().isBlank()) {
            errors.put("reason", "Say why, e.g. \"Annual leave\" or \"Conference\".");
        }
        if (timeOff != null) {
            PlausibleDates.problem(timeOff.from(), When.PLANNED, time.today()).ifPresent(p -> errors.putIfAbsent("from", p));
            PlausibleDates.problem(timeOff.to(), When.PLANNED, time.today()).ifPresent(p -> errors.putIfAbsent("to", p));
            InputLimits.checkText(errors, "reason", timeOff.reason(), InputLimits.LINE);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = UUID.randomUUID();
        availability.insertTimeOff(id, therapistId, time.range(timeOff.from(), timeOff.to()), timeOff.reason().strip(),
                time.now().atZone(time.zone()).toOffsetDateTime(), access.myName());
        audit.record(new AuditRecord(AuditAction.CREATE, "TimeOff", id.toString(), null, AuditOutcome.ALLOWED,
                timeOff.reason().strip()));
        return new TimeOff(id, therapistId, timeOff.from(), timeOff.to(), timeOff.reason().strip());
    }

    @Override
    @Transactional
    public void removeTimeOff(UUID therapistId, UUID timeOffId) {
        requireMayKeepTimeOff(therapistId);
        if (!availability.deleteTimeOff(therapistId, timeOffId)) {
            throw new NotFoundException("This therapist has no time off with this id.");
        }
        audit.record(new AuditRecord(AuditAction.UPDATE, "TimeOff", timeOffId.toString(), null, AuditOutcome.ALLOWED,
                "removed"));
    }

    private void requireMayKeepTimeOff(UUID therapistId) {
        var me = access.me();
        boolean mine = me.staffId().filter(therapistId::equals).isPresent();
        if (!mine && !me.hasRole(Roles.ADMIN) && !me.hasRole(Roles.FRONT_DESK)) {
            throw new ExplainedRefusal("You record only your own time off; the front desk or an administrator records "
                    + "a colleague's.");
        }
    }
}
