package org.imagoclinic.scheduling.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.ClosureAdded;
import org.imagoclinic.scheduling.ClosureDay;
import org.imagoclinic.scheduling.ClosureDays;
import org.imagoclinic.scheduling.NewClosureDay;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.shared.PlausibleDates.When;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's closure days (ADR 0060): read by all staff, kept by administrators, audited. */
@Service
@PreAuthorize(SchedulingAccess.STAFF)
class ClosureDayService implements ClosureDays {

    static final String SUBJECT = "ClosureDay";
    /** The longest closure: a summer break fits, a typo of a year does not. */
    static final int LONGEST_DAYS = 92;

    private final ClosureCalendar calendar;
    private final AppointmentRepository appointments;
    private final AppointmentViews views;
    private final SchedulingAccess access;
    private final AuditTrail audit;
    private final ClinicTime time;

    ClosureDayService(ClosureCalendar calendar, AppointmentRepository appointments, AppointmentViews views,
                      SchedulingAccess access, AuditTrail audit, ClinicTime time) {
        this.calendar = calendar;
        this.appointments = appointments;
        this.views = views;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClosureDay> list() {
        LocalDate today = time.today();
        List<ClosureDay> all = calendar.all();
        return Stream.concat(all.stream().filter(closure -> !closure.lastDay().isBefore(today)),
                all.stream().filter(closure -> closure.lastDay().isBefore(today))
                        .sorted(Comparator.comparing(ClosureDay::firstDay).reversed())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClosureDay> between(LocalDate from, LocalDate to) {
        return calendar.between(from, to).days();
    }

    @Override
    @Transactional
    @PreAuthorize(SchedulingAccess.ADMINS)
    public ClosureAdded add(NewClosureDay request) {
        ClosureDay closure = checked(request);
        calendar.insert(closure, time.now().atZone(time.zone()).toOffsetDateTime(), access.myName());
        audit.record(new AuditRecord(AuditAction.CREATE, SUBJECT, closure.id().toString(), null, AuditOutcome.ALLOWED,
                "clinic closed: " + closure.describe()));
        var booked = appointments.find(AppointmentQuery.wholeClinic(closure.firstDay(), closure.lastDay()),
                time.days(closure.firstDay(), closure.lastDay())).stream()
                .filter(appointment -> appointment.status() == AppointmentStatus.SCHEDULED).toList();
        return new ClosureAdded(closure, views.of(booked));
    }

    /** Refuses a closure whose name or days are wrong, or that overlaps another (named), before anything is written. */
    private ClosureDay checked(NewClosureDay request) {
        Map<String, String> errors = new LinkedHashMap<>();
        InputLimits.checkText(errors, "name", request.name(), InputLimits.NAME);
        if (request.name() == null || request.name().isBlank()) {
            errors.putIfAbsent("name", "Name the closure, e.g. \"Christmas\".");
        }
        LocalDate today = time.today();
        LocalDate first = request.firstDay();
        LocalDate last = request.lastDay() == null ? first : request.lastDay();
        if (first == null) {
            errors.put("firstDay", "Choose the first day the clinic is closed.");
        } else {
            PlausibleDates.check(errors, "firstDay", first, When.PLANNED, today);
            PlausibleDates.check(errors, "lastDay", last, When.PLANNED, today);
            if (first.isBefore(today)) {
                errors.putIfAbsent("firstDay", "A closure starts today or later: past days are kept as they were.");
            }
            if (last.isBefore(first)) {
                errors.putIfAbsent("lastDay", "The last day closed is on or after the first.");
            } else if (ChronoUnit.DAYS.between(first, last) >= LONGEST_DAYS) {
                errors.putIfAbsent("lastDay", "A closure lasts at most " + LONGEST_DAYS + " days: check the dates.");
            }
        }
        if (errors.isEmpty()) {
            calendar.between(first, last).days().stream().findFirst().ifPresent(other -> errors.put("firstDay",
                    "These days overlap " + other.describe() + ": change that closure or choose other days."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ClosureDay(UUID.randomUUID(), request.name().strip(), first, last);
    }

    @Override
    @Transactional
    @PreAuthorize(SchedulingAccess.ADMINS)
    public void remove(UUID id) {
        ClosureDay closure = calendar.find(id).orElseThrow(() -> new NotFoundException("No closure with this id."));
        if (closure.lastDay().isBefore(time.today())) {
            throw new ConflictException(closure.describe() + " is over: past closures are kept for the record.");
        }
        calendar.delete(id);
        audit.record(new AuditRecord(AuditAction.UPDATE, SUBJECT, id.toString(), null, AuditOutcome.ALLOWED,
                "closure removed: " + closure.describe()));
    }
}
