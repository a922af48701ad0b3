package org.imagoclinic.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Therapists' working hours (their usual week) and time off, which bookings must respect. Everyone
 * reads them; administrators change working hours; administrators, the front desk and the
 * therapist themselves record time off. Changes are audited.
 */
public interface TherapistAvailability {

    /** The therapist's usual week, by day and time; empty when none has been entered. */
    List<HoursBlock> hoursOf(UUID therapistId);

    /** Replaces the therapist's usual week; blocks of one day must not overlap. */
    List<HoursBlock> replaceHours(UUID therapistId, List<HoursBlock> hours);

    /** Time off that overlaps these days (both included). */
    List<TimeOff> timeOff(UUID therapistId, LocalDate from, LocalDate to);

    TimeOff addTimeOff(UUID therapistId, NewTimeOff timeOff);

    void removeTimeOff(UUID therapistId, UUID timeOffId);
}
