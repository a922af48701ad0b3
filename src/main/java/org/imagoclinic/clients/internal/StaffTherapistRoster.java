package org.imagoclinic.clients.internal;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.staff.Clinicians;
import org.springframework.stereotype.Component;

/** The therapists a couple may be assigned to: the staff module's active clinicians. */
@Component
class StaffTherapistRoster implements TherapistRoster {

    private final Clinicians clinicians;

    StaffTherapistRoster(Clinicians clinicians) {
        this.clinicians = clinicians;
    }

    @Override
    public void checkAssignable(UUID staffId, String field) {
        clinicians.whyNotAssignable(staffId).ifPresent(whyNot -> {
            throw new InvalidInputException(field, whyNot);
        });
    }

    @Override
    public List<Therapist> assignable() {
        return clinicians.active().stream().map(clinician -> new Therapist(clinician.id(), clinician.displayName())).toList();
    }

    @Override
    public String nameOf(UUID staffId) {
        return clinicians.nameOf(staffId);
    }
}
