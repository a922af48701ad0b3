package org.imagoclinic.staff.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.imagoclinic.staff.Clinician;
import org.imagoclinic.staff.Clinicians;
import org.imagoclinic.staff.ProviderIdentity;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Clinicians} read from the staff directory's own table. */
@Service
@Transactional(readOnly = true)
class DirectoryClinicians implements Clinicians {

    private static final int MAX_CLINICIANS = 500;

    private final StaffRepository staff;

    DirectoryClinicians(StaffRepository staff) {
        this.staff = staff;
    }

    @Override
    public List<Clinician> active() {
        return activeClinicians().map(DirectoryClinicians::clinician).toList();
    }

    @Override
    public List<Clinician> activeSupervisors() {
        return activeClinicians().filter(StaffMember::maySupervise).map(DirectoryClinicians::clinician).toList();
    }

    private Stream<StaffMember> activeClinicians() {
        return staff.find(new StaffQuery(null, true), 0, MAX_CLINICIANS).stream().filter(StaffMember::clinician)
                .sorted(Comparator.comparing(StaffMember::lastName).thenComparing(StaffMember::firstName));
    }

    @Override
    public Optional<Clinician> find(UUID staffId) {
        return staff.findById(staffId).filter(StaffMember::clinician).map(DirectoryClinicians::clinician);
    }

    @Override
    public Optional<String> whyNotAssignable(UUID staffId) {
        Optional<StaffMember> member = staff.findById(staffId);
        if (member.isEmpty()) {
            return Optional.of("There is no staff member with this id.");
        }
        if (!member.get().active()) {
            return Optional.of(member.get().displayName() + " no longer works at the clinic.");
        }
        if (!member.get().clinician()) {
            return Optional.of(member.get().displayName() + " is not a therapist or supervisor.");
        }
        return Optional.empty();
    }

    @Override
    public Optional<ProviderIdentity> providerIdentity(UUID staffId) {
        return staff.findById(staffId).filter(member -> member.clinician() && member.therapist() != null)
                .map(member -> new ProviderIdentity(member.id(), member.displayName(), member.therapist().credentials(),
                        member.therapist().licenceNumber(), member.therapist().npi()));
    }

    @Override
    public String nameOf(UUID staffId) {
        return staff.findById(staffId).map(StaffMember::displayName)
                .orElseGet(() -> "Staff member " + staffId.toString().substring(0, 8));
    }

    private static Clinician clinician(StaffMember member) {
        return new Clinician(member.id(), member.displayName(),
                member.therapist() == null ? null : member.therapist().calendarColour());
    }
}
