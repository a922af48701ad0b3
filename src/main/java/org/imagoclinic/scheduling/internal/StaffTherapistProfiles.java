package org.imagoclinic.scheduling.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.scheduling.TherapistProfile;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

/** Therapists' names and calendar colours from the staff directory. */
@Service
class StaffTherapistProfiles implements TherapistProfiles {

    static final String NEUTRAL = "#607d8b";
    private static final int MAX_CLINICIANS = 500;

    private final StaffDirectory directory;

    StaffTherapistProfiles(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<TherapistProfile> therapists() {
        return directory.find(new StaffQuery(null, true), 0, MAX_CLINICIANS).stream().filter(StaffMember::clinician)
                .sorted(Comparator.comparing(StaffMember::lastName).thenComparing(StaffMember::firstName))
                .map(StaffTherapistProfiles::profile).toList();
    }

    @Override
    public TherapistProfile of(UUID staffId) {
        return member(staffId).map(StaffTherapistProfiles::profile)
                .orElseGet(() -> new TherapistProfile(staffId, "Staff member " + staffId.toString().substring(0, 8), NEUTRAL));
    }

    @Override
    public Optional<String> whyNotBookable(UUID staffId) {
        Optional<StaffMember> member = member(staffId);
        if (member.isEmpty()) {
            return Optional.of("There is no staff member with this id.");
        }
        if (!member.get().active()) {
            return Optional.of(member.get().displayName() + " no longer works at the clinic.");
        }
        if (!member.get().clinician()) {
            return Optional.of(member.get().displayName() + " is not a therapist.");
        }
        return Optional.empty();
    }

    private Optional<StaffMember> member(UUID staffId) {
        try {
            return Optional.of(directory.get(staffId));
        } catch (NotFoundException | AccessDeniedException | AuthenticationException unknownOrNobodySignedIn) {
            return Optional.empty();
        }
    }

    private static TherapistProfile profile(StaffMember member) {
        return new TherapistProfile(member.id(), member.displayName(),
                member.therapist() == null ? NEUTRAL : member.therapist().calendarColour());
    }
}
