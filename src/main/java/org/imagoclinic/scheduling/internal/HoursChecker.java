package org.imagoclinic.scheduling.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.scheduling.HoursBlock;
import org.imagoclinic.scheduling.TimeOff;
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

    /** As {@link #availability(UUID, String, LocalDateTime, LocalDateTime)}, with the name looked up. */
    Availability availability(UUID therapistId, LocalDateTime from, LocalDateTime to) {
        return availability(therapistId, therapists.nameOf(therapistId), from, to);
    }

    /**
     * A therapist's usual week and their time off between {@code from} and {@code to}, read once (one
     * statement) for every session of a booking in that span.
     */
    Availability availability(UUID therapistId, String name, LocalDateTime from, LocalDateTime to) {
        AvailabilityRepository.HoursAndTimeOff read = availability.hoursAndTimeOff(therapistId, time.range(from, to), time);
        return new Availability(name, read.hours(), read.timeOff());
    }

    /** What one therapist's hours rule needs, read; {@link #problem} asks {@link WorkingHoursRule} per session. */
    record Availability(String name, List<HoursBlock> hours, List<TimeOff> timeOff) {

        Optional<String> problem(LocalDateTime start, LocalDateTime end, boolean withDay) {
            return WorkingHoursRule.problem(name, hours, timeOff, start, end, withDay);
        }
    }
}
