package org.imagoclinic.scheduling.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Checks a time against a therapist's working hours and time off, as stored. */
@Component
class HoursChecker {

    private final AvailabilityRepository availability;
    private final TherapistProfilesLookup therapists;
    private final ClinicTime time;

    HoursChecker(AvailabilityRepository availability, TherapistProfilesLookup therapists, ClinicTime time) {
        this.availability = availability;
        this.therapists = therapists;
        this.time = time;
    }

    Optional<String> problem(UUID therapistId, LocalDateTime start, LocalDateTime end, boolean withDay) {
        return WorkingHoursRule.problem(therapists.nameOf(therapistId), availability.hoursOf(therapistId),
                availability.timeOff(therapistId, time.range(start, end), time), start, end, withDay);
    }
}
