package org.imagoclinic.scheduling.internal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.scheduling.TherapistProfile;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stands in for the staff directory until the staff module is in this branch (ADR 0011): the
 * therapists are those with working hours or couples, and the signed-in clinician; only the signed-in
 * person's name is known, others show as "Therapist" and the start of their id; colours come from a
 * fixed palette by id.
 *
 * <p>Once {@code staff.StaffDirectory} is here, replace this class with one that lists the active
 * staff members holding THERAPIST or SUPERVISOR, with {@code displayName()} and
 * {@code therapist().calendarColour()}, and add {@code staff} to the module's allowed dependencies.
 */
@Service
class InterimTherapistProfiles implements TherapistProfiles {

    private static final List<String> PALETTE = List.of("#7a3e6e", "#2e7d32", "#1565c0", "#c62828", "#ef6c00",
            "#6a1b9a", "#00838f", "#5d4037");

    private final AvailabilityRepository availability;
    private final Couples couples;
    private final CurrentUser currentUser;

    InterimTherapistProfiles(AvailabilityRepository availability, Couples couples, CurrentUser currentUser) {
        this.availability = availability;
        this.couples = couples;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TherapistProfile> therapists() {
        Set<UUID> ids = new LinkedHashSet<>();
        currentUser.get().filter(me -> me.hasRole(Roles.THERAPIST) || me.hasRole(Roles.SUPERVISOR))
                .flatMap(CurrentUser.SignedInAccount::staffId).ifPresent(ids::add);
        ids.addAll(availability.therapistsWithHours());
        if (currentUser.get().isPresent()) {
            ids.addAll(couples.therapistsWithCouples());
        }
        return ids.stream().map(this::of).sorted(Comparator.comparing(TherapistProfile::name)).toList();
    }

    @Override
    public TherapistProfile of(UUID staffId) {
        String name = currentUser.get().filter(me -> me.staffId().filter(staffId::equals).isPresent())
                .map(CurrentUser.SignedInAccount::displayName)
                .orElseGet(() -> "Therapist " + staffId.toString().substring(0, 8));
        return new TherapistProfile(staffId, name, PALETTE.get(Math.floorMod(staffId.hashCode(), PALETTE.size())));
    }
}
