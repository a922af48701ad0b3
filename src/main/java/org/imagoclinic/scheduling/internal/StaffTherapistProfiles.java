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
                .orElseGet(() -> new TherapistProfile(staffId, unknownName(staffId), NEUTRAL));
    }

    private static String unknownName(UUID staffId) {
        return "Staff member " + staffId.toString().substring(0, 8);
    }

    @Override
    public Optional<String> whyNotBookable(UUID staffId) {
        return whyNot(member(staffId));
    }

    /** Whether sessions can be booked with a staff member, and the name messages give them. */
    record Bookability(String name, Optional<String> whyNot) {
    }

    /** {@link #whyNotBookable} and the name {@link #of} gives, from one read of the staff directory. */
    Bookability bookability(UUID staffId) {
        Optional<StaffMember> member = member(staffId);
        return new Bookability(member.map(StaffMember::displayName).orElseGet(() -> unknownName(staffId)), whyNot(member));
    }

    @Override
    public void requireTherapist(UUID staffId) {
        if (member(staffId).filter(StaffMember::clinician).isEmpty()) {
            throw new NotFoundException("There is no therapist with this id.");
        }
    }

    private static Optional<String> whyNot(Optional<StaffMember> member) {
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
