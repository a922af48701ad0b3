package org.imagoclinic.scheduling.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.scheduling.TherapistProfile;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.staff.Clinician;
import org.imagoclinic.staff.Clinicians;
import org.springframework.stereotype.Service;

/** Therapists' names and calendar colours: the staff module's clinicians. */
@Service
class StaffTherapistProfiles implements TherapistProfiles {

    static final String NEUTRAL = "#607d8b";

    private final Clinicians clinicians;

    StaffTherapistProfiles(Clinicians clinicians) {
        this.clinicians = clinicians;
    }

    @Override
    public List<TherapistProfile> therapists() {
        return clinicians.active().stream().map(StaffTherapistProfiles::profile).toList();
    }

    @Override
    public TherapistProfile of(UUID staffId) {
        return clinicians.find(staffId).map(StaffTherapistProfiles::profile)
                .orElseGet(() -> new TherapistProfile(staffId, clinicians.nameOf(staffId), NEUTRAL));
    }

    @Override
    public Optional<String> whyNotBookable(UUID staffId) {
        return clinicians.whyNotAssignable(staffId);
    }

    /** Whether sessions can be booked with a staff member, and the name messages give them. */
    record Bookability(String name, Optional<String> whyNot) {
    }

    /** {@link #whyNotBookable} and the name {@link #of} gives. */
    Bookability bookability(UUID staffId) {
        return new Bookability(clinicians.nameOf(staffId), clinicians.whyNotAssignable(staffId));
    }

    @Override
    public void requireTherapist(UUID staffId) {
        if (clinicians.find(staffId).isEmpty()) {
            throw new NotFoundException("There is no therapist with this id.");
        }
    }

    private static TherapistProfile profile(Clinician clinician) {
        return new TherapistProfile(clinician.id(), clinician.displayName(),
                clinician.calendarColour() == null ? NEUTRAL : clinician.calendarColour());
    }
}
