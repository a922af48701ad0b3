package org.imagoclinic.clients.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffQuery;
import org.springframework.stereotype.Component;

/** The therapists a couple may be assigned to: active staff members with a clinical role, from the staff directory. */
@Component
class StaffTherapistRoster implements TherapistRoster {

    private static final int MAX_CLINICIANS = 500;

    private final StaffDirectory directory;

    StaffTherapistRoster(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void checkAssignable(UUID staffId, String field) {
        StaffMember member;
        try {
            member = directory.get(staffId);
        } catch (NotFoundException unknown) {
            throw new InvalidInputException(field, "There is no staff member with this id.");
        }
        if (!member.active()) {
            throw new InvalidInputException(field, member.displayName() + " no longer works at the clinic.");
        }
        if (!member.clinician()) {
            throw new InvalidInputException(field, member.displayName() + " is not a therapist or supervisor.");
        }
    }

    @Override
    public List<Therapist> assignable() {
        return directory.find(new StaffQuery(null, true), 0, MAX_CLINICIANS).stream()
                .filter(StaffMember::clinician)
                .sorted(Comparator.comparing(StaffMember::lastName).thenComparing(StaffMember::firstName))
                .map(member -> new Therapist(member.id(), member.displayName()))
                .toList();
    }

    @Override
    public String nameOf(UUID staffId) {
        try {
            return directory.get(staffId).displayName();
        } catch (NotFoundException unknown) {
            return "staff member " + staffId.toString().substring(0, 8);
        }
    }
}
