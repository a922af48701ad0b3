package org.imagoclinic.clients.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.imagoclinic.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Stands in for the staff directory until the staff module is merged: it accepts any staff id,
 * knows only the signed-in clinician by name, and shows other staff ids in short form.
 *
 * <p>Once {@code staff.StaffDirectory} is in the branch, replace this class with one that asks it:
 * {@link #checkAssignable} refuses an id that {@code StaffDirectory.get(id)} does not know, or whose
 * staff member is inactive or holds neither the THERAPIST nor the SUPERVISOR role;
 * {@link #assignable} lists the active therapists and supervisors; {@link #nameOf} shows their names.
 * The clients module's charter then adds {@code staff} to its allowed dependencies.
 */
@Component
class InterimTherapistRoster implements TherapistRoster {

    private final CurrentUser currentUser;

    InterimTherapistRoster(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void checkAssignable(UUID staffId, String field) {
        // every staff id is accepted until the staff directory can say who is an active therapist
    }

    @Override
    public List<Therapist> assignable() {
        return signedInClinician().map(me -> List.of(new Therapist(me.staffId().orElseThrow(), me.displayName())))
                .orElse(List.of());
    }

    @Override
    public String nameOf(UUID staffId) {
        return signedInClinician().filter(me -> me.staffId().orElseThrow().equals(staffId))
                .map(SignedInAccount::displayName)
                .orElseGet(() -> "staff member " + staffId.toString().substring(0, 8));
    }

    private Optional<SignedInAccount> signedInClinician() {
        return currentUser.get().filter(me -> me.staffId().isPresent())
                .filter(me -> me.hasRole(Roles.THERAPIST) || me.hasRole(Roles.SUPERVISOR));
    }
}
